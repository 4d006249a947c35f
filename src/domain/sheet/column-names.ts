/**
 * Column names of SPEC §1, Swedish and English, normalised (lower case, single spaces).
 * The first alias of each key is the name the add-in uses when it writes a header.
 */
import type { ColumnKey } from "./types";
import { normalizeLabel } from "./text";

export const COLUMN_ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  level: ["nivå", "typ", "radtyp", "level", "type"],
  name: ["namn", "benämning", "rubrik", "name", "title"],
  perspective: ["perspektiv", "strategi", "perspective"],
  dnr: ["dnr", "diarienummer", "diarienr", "ref"],
  target: ["målvärde", "target"],
  baseline: ["jämförelsevärde", "basvärde", "baseline"],
  direction: ["riktning", "direction"],
  // "status regel" is listed so that it can never be taken for Status: the add-in writes into the Status column.
  rule: ["regel", "statusregel", "status regel", "status-regel", "rule"],
  assessment: ["bedömning", "manuell bedömning", "summering", "assessment"],
  status: ["status", "måluppfyllelse"],
  comment: ["kommentar", "kommentarer", "anmärkning", "analys", "comment"],
  owner: ["ansvarig", "nämnd", "owner"],
};

/** Utfall columns: each one is a period (SPEC §5). */
export const PERIOD_ALIASES: readonly string[] = ["utfall", "resultat", "actual"];

export type HeaderMatch =
  | { readonly kind: "column"; readonly key: ColumnKey; readonly exact: boolean }
  | { readonly kind: "period"; readonly exact: boolean };

interface Alias {
  readonly alias: string;
  readonly match: { readonly kind: "column"; readonly key: ColumnKey } | { readonly kind: "period" };
}

const ALIASES: readonly Alias[] = [
  ...Object.entries(COLUMN_ALIASES).flatMap(([key, aliases]) =>
    aliases.map((alias) => ({ alias, match: { kind: "column" as const, key: key as ColumnKey } })),
  ),
  ...PERIOD_ALIASES.map((alias) => ({ alias, match: { kind: "period" as const } })),
];

// Longest first, so that "manuell bedömning april" is Bedömning and "status regel x" is Regel.
const BY_LENGTH = [...ALIASES].sort((a, b) => b.alias.length - a.alias.length);

function sameColumn(a: Alias["match"], b: Alias["match"]): boolean {
  return a.kind === b.kind && (a.kind === "period" || (b.kind === "column" && a.key === b.key));
}

/** Whether text starts with the name of a column other than `self`. */
function startsWithOtherColumn(text: string, self: Alias["match"]): boolean {
  return ALIASES.some((a) => !sameColumn(a.match, self) && (text === a.alias || text.startsWith(`${a.alias} `)));
}

/**
 * What a header cell names. Exact names first; then "<name> <anything>" ("Utfall 2018-04-30", "Målvärde 2021",
 * "Resultat per augusti"). A prefix match whose rest starts with another column's name ("Status kommentar",
 * "Målvärde utfall") is ambiguous and ignored rather than guessed: guessing Status there would overwrite a column.
 * A name glued to more letters ("Mål", "Statusregel" vs "Status", "Resultatmål") is never a prefix match.
 */
export function matchHeader(text: string): HeaderMatch | null {
  const label = normalizeLabel(text);
  if (label === "") return null;
  const exact = ALIASES.find((a) => a.alias === label);
  if (exact) return { ...exact.match, exact: true };
  const prefix = BY_LENGTH.find((a) => label.startsWith(`${a.alias} `));
  if (!prefix) return null;
  const rest = label.slice(prefix.alias.length + 1);
  if (startsWithOtherColumn(rest, prefix.match)) return null;
  return { ...prefix.match, exact: false };
}

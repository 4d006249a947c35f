/**
 * The words that tell a sheet's own layout apart (SPEC §1a): level words in headers, owner names, perspective
 * headings, plan headings and Dnr. Text carries the decision; these are the texts.
 */
import type { Level } from "../vocabulary";
import { LEVEL_WORDS } from "./levels";
import { displayLabel, normalizeLabel } from "./text";

/** Words that name a level in a column header only (SPEC §1a.1), on top of the Nivå words of SPEC §1. */
const EXTRA_HEADER_WORDS: Readonly<Record<Level, readonly string[]>> = {
  plan: ["planens namn", "handlingsplanens namn", "plannamn"],
  goal: [
    "inriktningsmål",
    "fokusområde",
    "fokusområden",
    "insatsområde",
    "insatsområden",
    "målområde",
    "målområden",
    "effektmål",
    "nämndmål",
    "förvaltningsmål",
    "verksamhetsmål",
    "strategiskt område",
    "strategiska områden",
    "prioriterat område",
    "prioriterade områden",
  ],
  indicator: ["mått/indikator", "indikator/mått", "mätetal/indikator", "resultatindikator", "resultatindikatorer"],
};

/** Longest first, so "strategiskt mål patient" is "strategiskt mål" and not "mål". */
const HEADER_WORDS: readonly { readonly word: string; readonly level: Level }[] = (
  ["plan", "goal", "indicator"] as const
)
  .flatMap((level) => [...LEVEL_WORDS[level], ...EXTRA_HEADER_WORDS[level]].map((word) => ({ word, level })))
  .sort((a, b) => b.word.length - a.word.length);

/** Header words that look like a level but are none (SPEC §1a.1: Aktivitet is not a level and stays ignored). */
const NOT_LEVELS = /^(aktivitet|aktiviteter|åtgärd|åtgärder|insats|insatser)\b/;

/** "Mål 2021", "Mål 90 %": a target for a year, not a goal column. */
const TARGET_LIKE = /^mål(nivå|värde)?\s+(\d{4}|\d+\s*%|för\s+\d{4})/;

/**
 * The level a header cell names and its level word as written (`Strategiskt mål Patient` → goal,
 * "Strategiskt mål"), or null.
 */
export function headerLevelWord(text: string): { level: Level; word: string } | null {
  const label = normalizeLabel(text);
  if (label === "" || NOT_LEVELS.test(label) || TARGET_LIKE.test(label)) return null;
  for (const { word, level } of HEADER_WORDS) {
    // "Strategiskt mål Patient", "Plan/program", "Handlingsplan (namn och dnr)".
    if (
      label === word ||
      label.startsWith(`${word} `) ||
      label.startsWith(`${word}/`) ||
      label.startsWith(`${word}(`)
    ) {
      return { level, word: displayLabel(text).slice(0, word.length) };
    }
  }
  return null;
}

/** Whether a header names a target for a year ("Mål 2021") rather than a goal column. */
export function isTargetLikeHeader(text: string): boolean {
  return TARGET_LIKE.test(normalizeLabel(text));
}

/** A registration number's body: `1841/2018`, `2020/123`, `1234-2019`, `2019-01234`. */
const DNR_BODY = String.raw`\d{1,6}(?:[/-]\d{1,6}){1,2}`;
/** "Dnr", "Dnr.", "Diarienummer:" in any case. */
const DNR_WORD = String.raw`(?:[Dd][Nn][Rr]|[Dd]iarie(?:nr|nummer))[\s.:]*`;
/** An authority's letters, in capitals as they are written: `RS`, `KS`, `RJL`, `HSN`. */
const DNR_PREFIX = String.raw`[A-ZÅÄÖ]{2,8}[\s/-]?`;
/**
 * A whole line that is a registration number: `RS/1841/2018`, `Dnr 1234-2019`, `KS 2020/123`. Without the word
 * Dnr the capitals are required, so `Plan 2019-2022` or a lone year range is not one.
 */
const DNR_LINE = new RegExp(`^(?:${DNR_WORD}(?:${DNR_PREFIX})?${DNR_BODY}|${DNR_PREFIX}${DNR_BODY})$`);
/** A Dnr inside a longer text. */
const DNR_IN_TEXT = new RegExp(
  `(?:${DNR_WORD}(?:${DNR_PREFIX})?${DNR_BODY}|(?:^|${String.raw`[\s(]`})${DNR_PREFIX}${DNR_BODY})`,
);

export function isDnrLine(text: string): boolean {
  return DNR_LINE.test(displayLabel(text));
}

export function containsDnr(text: string): boolean {
  return DNR_IN_TEXT.test(text);
}

/**
 * A name cell holding the name and a Dnr on separate lines (SPEC §1a.4): `{ name, dnr }`; dnr null when no line is
 * a Dnr. The Dnr keeps its letters ("RS/1841/2018"); a "Dnr" prefix is dropped.
 */
export function splitNameAndDnr(text: string): { name: string; dnr: string | null } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length < 2) return { name: displayLabel(text), dnr: null };
  const at = lines.findIndex((l) => isDnrLine(l));
  if (at < 0) return { name: displayLabel(text), dnr: null };
  const dnr = (lines[at] ?? "").replace(new RegExp(`^${DNR_WORD}`), "").trim();
  const name = displayLabel(lines.filter((_, i) => i !== at).join(" "));
  return { name, dnr };
}

const OWNER_ENDINGS =
  /(nämnden|nämnd|styrelsen|styrelse|förvaltningen|förvaltning|fullmäktige|utskottet|beredningen|kontoret|direktören|ledningen)$/;
const OWNER_CONNECTORS = new Set(["och", "för", "&", "i", "-", "–"]);

/**
 * A name of an owner standing alone (`Regionstyrelsen`, `Hälso- och sjukvårdsnämnden`, `Regionservice förvaltning`,
 * `Ansvarig: Vårdvalsnämnden`): at most five words, ending in a nämnd/styrelse/förvaltning word, and no ordinary
 * lower-case words in front of it (`Stärka samverkan med Regionstyrelsen` is a goal, not an owner).
 */
export function ownerName(text: string): string | null {
  let label = displayLabel(text);
  const prefixed = /^(ansvarig|ansvar|nämnd|ägare)\s*:\s*(.+)$/i.exec(label);
  if (prefixed?.[2]) return prefixed[2].trim();
  if (label.endsWith(".")) label = label.slice(0, -1);
  const words = label.split(" ");
  if (words.length === 0 || words.length > 5) return null;
  const last = (words[words.length - 1] ?? "").toLocaleLowerCase("sv");
  if (!OWNER_ENDINGS.test(last) || /\d/.test(label)) return null;
  for (const word of words.slice(0, -1)) {
    const lower = word.toLocaleLowerCase("sv");
    if (OWNER_CONNECTORS.has(lower) || word.endsWith("-")) continue;
    if (word === lower) return null;
  }
  return label;
}

/**
 * Perspectives staff name sheets and sections after, when the Regler sheet lists none: the balanced-scorecard
 * perspectives Swedish regions and municipalities use.
 */
const COMMON_PERSPECTIVES = [
  "patient",
  "invånare",
  "medborgare",
  "brukare",
  "kund",
  "samhälle",
  "medarbetare",
  "ekonomi",
  "verksamhet",
  "process",
  "verksamhetsresultat",
  "utveckling",
  "lärande och förnyelse",
  "hållbarhet",
  "miljö",
  "kvalitet",
  "tillväxt",
];

/** The perspective a heading or title names (`Perspektivet Samhälle` → `Samhälle`; `Strategi för vård` whole). */
export function perspectiveName(text: string, listed: readonly string[]): string | null {
  const label = displayLabel(text);
  const prefixed = /^perspektiv(?:et)?\s*:?\s+(.+)$/i.exec(label);
  if (prefixed?.[1]) return prefixed[1].trim();
  if (/^strategi(?:n)?\s+för\s+\S/i.test(label) && label.split(" ").length <= 6) return label;
  const key = normalizeLabel(label);
  const inList = listed.find((p) => normalizeLabel(p) === key);
  if (inList !== undefined) return inList;
  return COMMON_PERSPECTIVES.includes(key) ? label : null;
}

/** The perspective a sheet's name gives (`Patient`, `Perspektiv Medarbetare`), or null. */
export function sheetPerspective(sheetName: string, listed: readonly string[]): string | null {
  return perspectiveName(sheetName, listed);
}

/** Whether a heading opens a plan (SPEC §1a.2): it starts with a plan word or carries a Dnr. */
export function isPlanHeading(text: string): boolean {
  const label = normalizeLabel(text);
  if (/^(handlingsplan|verksamhetsplan|åtgärdsplan|plan|action plan)\b/.test(label)) return true;
  if (/(handlingsplan|verksamhetsplan|åtgärdsplan)(en)?\b/.test(label) && label.split(" ").length <= 12) return true;
  return containsDnr(text);
}

/** A note under a table (`Källa: SCB`, `* Preliminära siffror`, `Anm.`): neither a heading nor a row to evaluate. */
export function isNote(text: string): boolean {
  return /^(?:källa|källor|not|noter|anm|anmärkning|obs|fotnot)\b[.:]?|^\*/i.test(displayLabel(text));
}

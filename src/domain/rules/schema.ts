/**
 * The zod schema of the rules: `reglerInputSchema` turns what the Regler sheet's cells hold (plain values, one per
 * field) into Rules, with a Swedish message for every entry it cannot use. Issue paths follow the input's shape, so the reader can name the cell of each.
 */
import { z } from "zod";
import { isCellError, type CellError } from "../grid";
import { parseLevel } from "../sheet/levels";
import { compactLabel, normalizeLabel } from "../sheet/text";
import { STATUS_GLYPH, type Status } from "../status/statuses";
import { DEFAULT_INDICATOR_RULE, DEFAULT_ROLLUP, DEFAULT_RULE_NAME, DEFAULT_RULES } from "./defaults";
import { ruleKey } from "./lookup";
import { readNumberText } from "../values/number-text";
import { formatNumberText, formatPercentText, tidy } from "./number-text";
import {
  DIRECTION_WORDS,
  ROLLUP_METHOD_WORDS,
  STATUS_WORDS,
  TOLERANCE_KIND_WORDS,
  type LegendField,
  type RollupField,
  type RuleField,
} from "./regler-layout";
import type { IndicatorRule, RollupRule, Rules } from "./types";

// ---------------------------------------------------------------------------------------------------------------
// From cells.

/** One cell as the reader hands it over: trimmed text, a number, or an error value. null: empty. */
export type CellInput = string | number | boolean | CellError | null;

export type RawIndicatorRule = Readonly<Record<RuleField, CellInput>>;
export type RawRollup = Readonly<Record<RollupField, CellInput>>;
export type RawLegendEntry = Readonly<Record<LegendField, CellInput>>;

/** A null entry is one the reader dropped after reporting it; indices stay those of the sheet's rows. */
export interface RawRules {
  readonly perspectives: readonly CellInput[];
  /** null: the sheet has no Mätetalsregler section (the default rules apply). */
  readonly indicatorRules: readonly (RawIndicatorRule | null)[] | null;
  readonly rollups: readonly (RawRollup | null)[];
  /** null: no Standardregel section (the rule named Standard, or the default one). */
  readonly defaultRule: CellInput;
  readonly legend: readonly (RawLegendEntry | null)[];
  /** "Mått där lägre är bättre": one measure per row; empty when the sheet has no such section. */
  readonly lowerIsBetter: readonly CellInput[];
}

function inputText(v: CellInput): string {
  if (v === null) return "";
  if (typeof v === "number") return formatNumberText(v);
  if (typeof v === "boolean") return v ? "SANT" : "FALSKT";
  if (isCellError(v)) return v.error;
  return v.trim();
}

/** Compares words ignoring case, spaces and hyphens, but keeps a lone "-" (the missing status). */
function wordKey(text: string): string {
  return compactLabel(text) || normalizeLabel(text);
}

function findWord<K extends string>(text: string, words: Readonly<Record<K, readonly string[]>>): K | null {
  const key = wordKey(text);
  for (const [k, list] of Object.entries(words) as [K, readonly string[]][]) {
    if (list.some((w) => wordKey(w) === key)) return k;
  }
  return null;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/**
 * A field read from one cell. Empty cells give null (the default applies) unless the field is required; error
 * values are never usable. Messages are Swedish and quote the cell.
 */
function cellField<T>(parse: (text: string, raw: CellInput) => Parsed<T>, required?: string) {
  return z.custom<CellInput>().transform((raw, ctx): T | null => {
    if (isCellError(raw)) {
      ctx.addIssue({ code: "custom", message: `Cellen innehåller felvärdet ${raw.error}.` });
      return z.NEVER;
    }
    const text = inputText(raw);
    if (text === "") {
      if (required === undefined) return null;
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    const result = parse(text, raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.message });
    return z.NEVER;
  });
}

/** A number that may be typed as "10 %", "0,1" or 10. */
function parseNumber(text: string, raw: CellInput): { value: number; percent: boolean } | null {
  if (typeof raw === "number") return { value: raw, percent: false };
  return readNumberText(text);
}

/** This sheet's convention (SPEC leaves it open): "75 %" and 0,75 are the same, and so is a bare 75 (any number above 1). */
function asFraction(n: { value: number; percent: boolean }): number {
  return tidy(n.percent || n.value > 1 ? n.value / 100 : n.value);
}

const textField = cellField((text) => ok(text));

const nameField = cellField((text) => ok(text), "Regeln saknar namn.");

/** A field that is one of a few words; `unreadable` says what to write instead. */
function wordField<K extends string>(
  words: Readonly<Record<K, readonly string[]>>,
  unreadable: (text: string) => string,
  required?: string,
) {
  return cellField((text) => {
    const found = findWord(text, words);
    return found ? ok(found) : fail(unreadable(text));
  }, required);
}

const directionField = wordField(
  DIRECTION_WORDS,
  (text) => `Riktningen "${text}" går inte att tolka; skriv Högre är bättre, Lägre är bättre eller lämna tomt.`,
);

const toleranceField = cellField((text, raw) => {
  const n = parseNumber(text, raw);
  if (!n) return fail(`Toleransen "${text}" är inget tal.`);
  if (n.value < 0) return fail(`Toleransen "${text}" är negativ; den anger ett avstånd och skrivs utan minustecken.`);
  return ok(n);
});

const toleranceKindField = wordField(
  TOLERANCE_KIND_WORDS,
  (text) => `Toleranstypen "${text}" går inte att tolka; skriv Relativ eller Absolut.`,
);

/** "klart, levererat; i mål" → ["klart", "levererat", "i mål"]: lower case, since matching ignores case anyway. */
const wordsField = cellField((text) => {
  const words = text
    .split(/[,;\n]/)
    .map((w) => normalizeLabel(w))
    .filter((w) => w !== "");
  return ok([...new Set(words)]);
});

function fractionField(what: string) {
  return cellField((text, raw) => {
    const n = parseNumber(text, raw);
    if (!n) return fail(`${what} "${text}" är inget tal.`);
    const value = asFraction(n);
    if (value < 0 || value > 1) return fail(`${what} (${text}) måste ligga mellan 0 % och 100 %.`);
    return ok(value);
  });
}

const rollupLevelField = cellField((text) => {
  const level = parseLevel(text);
  if (level === "goal" || level === "plan") return ok(level);
  return fail(
    `Nivån "${text}" går inte att sammanväga; skriv Mål (mål utifrån mätetal) eller Plan (plan utifrån mål).`,
  );
}, "Raden saknar nivå; skriv Mål eller Plan.");

const methodField = wordField(
  ROLLUP_METHOD_WORDS,
  (text) => `Metoden "${text}" finns inte; skriv andel, medel eller sämsta.`,
);

const statusField = wordField(
  STATUS_WORDS,
  (text) => `Statusen "${text}" går inte att tolka; skriv ↑, →, ↓ eller –.`,
  "Raden saknar status; skriv ↑, →, ↓ eller –.",
);

const ruleInput = z
  .object({
    name: nameField,
    direction: directionField,
    tolerance: toleranceField,
    toleranceKind: toleranceKindField,
    yesWords: wordsField,
    ongoingWords: wordsField,
    noWords: wordsField,
  })
  .transform((r): IndicatorRule => {
    const name = r.name ?? "";
    if (r.tolerance === null) return { ...DEFAULT_INDICATOR_RULE, ...words(r), name, direction: r.direction };
    const toleranceKind = r.toleranceKind ?? DEFAULT_INDICATOR_RULE.toleranceKind;
    // A bare number is a percent for a relative tolerance (10 → 10 %), but a plain amount for an absolute one.
    const tolerance =
      toleranceKind === "relative"
        ? asFraction(r.tolerance)
        : tidy(r.tolerance.percent ? r.tolerance.value / 100 : r.tolerance.value);
    return { name, direction: r.direction, tolerance, toleranceKind, ...words(r) };
  });

function words(r: {
  yesWords: string[] | null;
  ongoingWords: string[] | null;
  noWords: string[] | null;
}): Pick<IndicatorRule, "yesWords" | "ongoingWords" | "noWords"> {
  return { yesWords: r.yesWords ?? [], ongoingWords: r.ongoingWords ?? [], noWords: r.noWords ?? [] };
}

const rollupInput = z
  .object({
    level: rollupLevelField,
    method: methodField,
    green: fractionField("Gränsen för grön"),
    red: fractionField("Gränsen för röd"),
    yellowScore: fractionField("Poängen för gul"),
  })
  .transform((r) => {
    const rule: RollupRule = {
      method: r.method ?? DEFAULT_ROLLUP.method,
      green: r.green ?? DEFAULT_ROLLUP.green,
      red: r.red ?? DEFAULT_ROLLUP.red,
      yellowScore: r.yellowScore ?? DEFAULT_ROLLUP.yellowScore,
    };
    return { level: r.level ?? "goal", rule };
  })
  .superRefine(({ rule }, ctx) => {
    // Both thresholds are on the mean score for medel, so they must not cross; for andel they measure different things.
    if (rule.method === "medel" && rule.red > rule.green) {
      ctx.addIssue({
        code: "custom",
        path: ["red"],
        message: `Med metoden medel får Röd (${formatPercentText(rule.red)}) inte vara högre än Grön (${formatPercentText(rule.green)}).`,
      });
    }
  });

const legendInput = z.object({ status: statusField, text: textField });

const perspectiveField = cellField((text) => ok(text));

/** A measure's name or part of one ("vårdköer", "inhyrd personal"): words, not a number. */
const measureField = cellField((text) =>
  /\p{L}/u.test(text) && !/\d/u.test(text)
    ? ok(text)
    : fail(`"${text}" är inget mått. Skriv ett ord eller en fras ur mätetalets namn, t.ex. vårdköer.`),
);

function duplicates<T>(items: readonly (T | null)[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const dups: number[] = [];
  items.forEach((item, i) => {
    if (item === null) return;
    const k = key(item);
    if (seen.has(k)) dups.push(i);
    seen.add(k);
  });
  return dups;
}

const ROLLUP_LEVEL_NAME = { goal: "Mål", plan: "Plan" } as const;

/** Cells → Rules. Cross-entry checks (duplicates, the default rule) run once every entry reads. */
export const reglerInputSchema = z
  .object({
    perspectives: z.array(perspectiveField.nullable()),
    indicatorRules: z.array(ruleInput.nullable()).nullable(),
    rollups: z.array(rollupInput.nullable()),
    defaultRule: textField,
    legend: z.array(legendInput.nullable()),
    lowerIsBetter: z.array(measureField.nullable()),
  })
  .superRefine((input, ctx) => {
    for (const i of duplicates(input.lowerIsBetter, (m) => ruleKey(m))) {
      ctx.addIssue({
        code: "custom",
        path: ["lowerIsBetter", i],
        message: `Måttet "${input.lowerIsBetter[i] ?? ""}" står flera gånger; bara det första används.`,
      });
    }
    for (const i of duplicates(input.perspectives, (p) => ruleKey(p))) {
      const name = input.perspectives[i] ?? "";
      ctx.addIssue({
        code: "custom",
        path: ["perspectives", i],
        message: `Perspektivet "${name}" står flera gånger; bara det första används.`,
      });
    }
    const rules = input.indicatorRules ?? DEFAULT_RULES.indicatorRules;
    for (const i of duplicates(rules, (r) => ruleKey(r.name))) {
      ctx.addIssue({
        code: "custom",
        path: ["indicatorRules", i, "name"],
        message: `Regeln "${rules[i]?.name ?? ""}" finns redan; bara den första används.`,
      });
    }
    if (
      input.defaultRule !== null &&
      !rules.some((r) => r !== null && ruleKey(r.name) === ruleKey(input.defaultRule ?? ""))
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultRule"],
        message: `Standardregeln "${input.defaultRule}" finns inte bland mätetalsreglerna; regeln ${DEFAULT_RULE_NAME} används.`,
      });
    }
    for (const i of duplicates(input.rollups, (r) => r.level)) {
      const level = input.rollups[i]?.level ?? "goal";
      ctx.addIssue({
        code: "custom",
        path: ["rollups", i, "level"],
        message: `Sammanvägningen för ${ROLLUP_LEVEL_NAME[level]} står flera gånger; bara den första används.`,
      });
    }
    for (const i of duplicates(input.legend, (e) => e.status ?? "")) {
      const status = input.legend[i]?.status;
      ctx.addIssue({
        code: "custom",
        path: ["legend", i, "status"],
        message: `Statusen ${status ? STATUS_GLYPH[status] : ""} står flera gånger i teckenförklaringen; bara den första används.`,
      });
    }
  })
  .transform((input): Rules => {
    const present = <T>(items: readonly (T | null)[]): T[] => items.filter((x): x is T => x !== null);
    const indicatorRules =
      input.indicatorRules === null ? [...DEFAULT_RULES.indicatorRules] : present(input.indicatorRules);
    const wanted = ruleKey(input.defaultRule ?? DEFAULT_RULE_NAME);
    let chosen = indicatorRules.find((r) => ruleKey(r.name) === wanted);
    if (!chosen) {
      // No Standardregel (none given, or an invalid one already reported) and no rule named Standard: the default joins.
      chosen = DEFAULT_INDICATOR_RULE;
      indicatorRules.push(chosen);
    }
    const rollups = present(input.rollups);
    const legend: Record<Status, string> = { ...DEFAULT_RULES.legend };
    for (const entry of present(input.legend))
      if (entry.status !== null && entry.text !== null) legend[entry.status] = entry.text;
    return {
      perspectives: present(input.perspectives),
      defaultRule: chosen.name,
      indicatorRules,
      goalRollup: rollups.find((r) => r.level === "goal")?.rule ?? DEFAULT_RULES.goalRollup,
      planRollup: rollups.find((r) => r.level === "plan")?.rule ?? DEFAULT_RULES.planRollup,
      legend,
      lowerIsBetter: present(input.lowerIsBetter),
    };
  });

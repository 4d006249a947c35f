/**
 * The zod schema of the rules: `reglerInputSchema` turns what the Regler sheet's cells hold (plain values, one per
 * field) into Rules, with a custom issue for every entry it cannot use: its `params` are a ReglerIssue (a code and
 * the facts), worded by i18n/sv|en/regler.ts. Issue paths follow the input's shape, so the reader can name the cell
 * of each.
 */
import { z } from "zod";
import { isCellError, type CellError } from "../grid";
import { parseLevel } from "../sheet/levels";
import { compactLabel, normalizeLabel } from "../sheet/text";
import type { Status } from "../status/statuses";
import { DEFAULT_INDICATOR_RULE, DEFAULT_ROLLUP, DEFAULT_RULE_NAME, DEFAULT_RULES } from "./defaults";
import { ruleKey } from "./lookup";
import { readNumberText } from "../values/number-text";
import { formatNumberText, tidy } from "./number-text";
import type { ReglerIssue, ThresholdField } from "./regler-issues";
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

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: ReglerIssue };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (issue: ReglerIssue): Parsed<never> => ({ ok: false, issue });

/** A zod custom issue carrying a Regler issue; the message is only the code (zod wants one, nobody shows it). */
function addIssue(
  ctx: { addIssue(issue: { code: "custom"; message: string; params: ReglerIssue; path?: PropertyKey[] }): void },
  issue: ReglerIssue,
  path?: PropertyKey[],
): void {
  ctx.addIssue({ code: "custom", message: issue.issue, params: issue, ...(path ? { path } : {}) });
}

/**
 * A field read from one cell. Empty cells give null (the default applies) unless the field is required (`required`
 * is then the issue of an empty cell); error values are never usable. Issues carry the cell's text.
 */
function cellField<T>(parse: (text: string, raw: CellInput) => Parsed<T>, required?: ReglerIssue) {
  return z.custom<CellInput>().transform((raw, ctx): T | null => {
    if (isCellError(raw)) {
      addIssue(ctx, { issue: "cell-error", error: raw.error });
      return z.NEVER;
    }
    const text = inputText(raw);
    if (text === "") {
      if (required === undefined) return null;
      addIssue(ctx, required);
      return z.NEVER;
    }
    const result = parse(text, raw);
    if (result.ok) return result.value;
    addIssue(ctx, result.issue);
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

const nameField = cellField((text) => ok(text), { issue: "rule-without-name" });

/** A field that is one of a few words; `unreadable` is the issue of any other text. */
function wordField<K extends string>(
  words: Readonly<Record<K, readonly string[]>>,
  unreadable: (text: string) => ReglerIssue,
  required?: ReglerIssue,
) {
  return cellField((text) => {
    const found = findWord(text, words);
    return found ? ok(found) : fail(unreadable(text));
  }, required);
}

const directionField = wordField(DIRECTION_WORDS, (text) => ({ issue: "unknown-direction", text }));

const toleranceField = cellField((text, raw) => {
  const n = parseNumber(text, raw);
  if (!n) return fail({ issue: "tolerance-not-number", text });
  if (n.value < 0) return fail({ issue: "tolerance-negative", text });
  return ok(n);
});

const toleranceKindField = wordField(TOLERANCE_KIND_WORDS, (text) => ({ issue: "unknown-tolerance-kind", text }));

/** "klart, levererat; i mål" → ["klart", "levererat", "i mål"]: lower case, since matching ignores case anyway. */
const wordsField = cellField((text) => {
  const words = text
    .split(/[,;\n]/)
    .map((w) => normalizeLabel(w))
    .filter((w) => w !== "");
  return ok([...new Set(words)]);
});

function fractionField(field: ThresholdField) {
  return cellField((text, raw) => {
    const n = parseNumber(text, raw);
    if (!n) return fail({ issue: "threshold-not-number", field, text });
    const value = asFraction(n);
    if (value < 0 || value > 1) return fail({ issue: "threshold-out-of-range", field, text });
    return ok(value);
  });
}

const rollupLevelField = cellField(
  (text) => {
    const level = parseLevel(text);
    if (level === "goal" || level === "plan") return ok(level);
    return fail({ issue: "unknown-rollup-level", text });
  },
  { issue: "rollup-without-level" },
);

const methodField = wordField(ROLLUP_METHOD_WORDS, (text) => ({ issue: "unknown-method", text }));

const statusField = wordField(STATUS_WORDS, (text) => ({ issue: "unknown-status", text }), {
  issue: "legend-without-status",
});

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
    green: fractionField("green"),
    red: fractionField("red"),
    yellowScore: fractionField("yellowScore"),
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
      addIssue(ctx, { issue: "red-above-green", red: rule.red, green: rule.green }, ["red"]);
    }
  });

const legendInput = z.object({ status: statusField, text: textField });

const perspectiveField = cellField((text) => ok(text));

/** A measure's name or part of one ("vårdköer", "inhyrd personal"): words, not a number. */
const measureField = cellField((text) =>
  /\p{L}/u.test(text) && !/\d/u.test(text) ? ok(text) : fail({ issue: "not-a-measure", text }),
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
      addIssue(ctx, { issue: "duplicate-measure", text: input.lowerIsBetter[i] ?? "" }, ["lowerIsBetter", i]);
    }
    for (const i of duplicates(input.perspectives, (p) => ruleKey(p))) {
      addIssue(ctx, { issue: "duplicate-perspective", text: input.perspectives[i] ?? "" }, ["perspectives", i]);
    }
    const rules = input.indicatorRules ?? DEFAULT_RULES.indicatorRules;
    for (const i of duplicates(rules, (r) => ruleKey(r.name))) {
      addIssue(ctx, { issue: "duplicate-rule", text: rules[i]?.name ?? "" }, ["indicatorRules", i, "name"]);
    }
    if (
      input.defaultRule !== null &&
      !rules.some((r) => r !== null && ruleKey(r.name) === ruleKey(input.defaultRule ?? ""))
    ) {
      addIssue(ctx, { issue: "unknown-default-rule", text: input.defaultRule, used: DEFAULT_RULE_NAME }, [
        "defaultRule",
      ]);
    }
    for (const i of duplicates(input.rollups, (r) => r.level)) {
      const level = input.rollups[i]?.level ?? "goal";
      addIssue(ctx, { issue: "duplicate-rollup", level }, ["rollups", i, "level"]);
    }
    for (const i of duplicates(input.legend, (e) => e.status ?? "")) {
      // An entry without a status never gets here: the empty status is reported and the entry dropped first.
      const status = input.legend[i]?.status;
      if (status) addIssue(ctx, { issue: "duplicate-legend-status", status }, ["legend", i, "status"]);
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

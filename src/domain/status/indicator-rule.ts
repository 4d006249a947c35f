/**
 * SPEC §3's indicator rule: one status and one Swedish sentence from a target, an actual and a rule.
 *
 * Decisions beyond the SPEC text:
 * - Comparisons allow a tiny relative epsilon, so that 0.9 − 0.09 counts as exactly on the tolerance edge.
 * - A strict comparator (`< 5`, `> 90 %`) is honoured: being exactly on the target is not green, only yellow
 *   (within the tolerance), or red when the tolerance is zero: a zero tolerance has no yellow band at all.
 * - A yes/no target accepts a numeric actual: a percent of 100 % or more is yes, 0 % no, anything in between
 *   ongoing (partly done); a plain number above 0 is yes, otherwise no.
 * - A target of "no" mirrors the rule (no is green, yes red); a target of "ongoing" is met by ongoing or yes.
 * - Range targets ignore direction: green inside (inclusive), yellow within the tolerance of the nearer bound.
 * - Baseline targets compare the actual with the Jämförelsevärde in the given direction; the relative
 *   tolerance is a share of the baseline. A stated change ("Minska med 10 % jämfört med 2019") moves the
 *   baseline first: a percent change is a share of the baseline, as the value reader defines it.
 * Kinds that cannot be compared (a yes/no actual against a number, a range as an actual…) give missing.
 */
import type { IndicatorRule } from "../rules/types";
import type { Direction, Status } from "../status";
import type { BaselineValue, BooleanValue, RangeValue, ReadValue, YesNoState } from "../values/types";
import { formatNumberSv, formatPercentSv } from "../values/format";
import { formatAmount } from "./format";
import { verdict } from "./words";

export interface IndicatorInput {
  readonly target: ReadValue;
  readonly actual: ReadValue;
  /** The Jämförelsevärde; only used for baseline targets. */
  readonly baseline: ReadValue | null;
  readonly direction: Direction;
  readonly rule: IndicatorRule;
  /** The actual as the user wrote it, when it was converted to the target's unit ("30 000 tkr"). */
  readonly actualAsWritten?: string;
}

export interface IndicatorOutcome {
  readonly status: Status;
  readonly explanation: string;
}

/** A number with the scale it is shown in. */
interface Amount {
  readonly value: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

const EPSILON = 1e-9;

export function evaluateIndicator(input: IndicatorInput): IndicatorOutcome {
  const { target, actual } = input;
  if (target.kind === "unparseable") {
    return missing(`Målvärdet "${target.text}" kan inte tolkas, så status kan inte beräknas.`);
  }
  if (actual.kind === "unparseable") {
    return missing(`Utfallet "${actual.text}" kan inte tolkas, så status kan inte beräknas.`);
  }
  if (target.kind === "not-measured") return missing(`Målvärdet är "${target.text}", så status beräknas inte.`);
  if (actual.kind === "not-measured")
    return missing(`Utfallet är "${actual.text}" (inte mätt), så status beräknas inte.`);
  if (target.kind === "internal-error" || actual.kind === "internal-error") {
    const which = target.kind === "internal-error" ? "Målvärdet" : "Utfallet";
    return missing(`${which} kunde inte läsas på grund av ett internt fel, så status kan inte beräknas.`);
  }
  switch (target.kind) {
    case "boolean":
      return yesNo(target, actual);
    case "range":
      return inRange(target, actual, input.rule, input.actualAsWritten);
    case "baseline":
      return againstBaseline(target, input);
    case "number":
    case "percent": {
      const reference: Amount = { value: target.value, percent: target.kind === "percent", unit: target.unit };
      const strict = target.comparison?.strict ?? false;
      // "Lägre än 2019, dvs under 15 %": the year stays in the sentence as context.
      const context = target.relativeTo === undefined ? null : `målet anges i förhållande till ${target.relativeTo}`;
      return againstThreshold(
        reference,
        `målvärdet ${show(reference)}`,
        context,
        actual,
        input.direction,
        strict,
        input.rule,
        input.actualAsWritten,
      );
    }
  }
}

function againstBaseline(target: BaselineValue, input: IndicatorInput): IndicatorOutcome {
  const { baseline } = input;
  if (baseline === null) {
    return missing(`Målvärdet "${target.text}" jämför med ett tidigare värde, men Jämförelsevärde saknas.`);
  }
  const base = amountOf(baseline, null);
  if (base === null) {
    return missing(`Jämförelsevärdet "${baseline.text}" kan inte tolkas som ett tal, så status kan inte beräknas.`);
  }
  const ref = target.ref.trim();
  const baseText = `jämförelsevärdet ${show(base)}${ref === "" ? "" : ` från ${ref}`}`;
  const strict = target.comparison?.strict ?? false;
  if (target.change === undefined) {
    return againstThreshold(
      base,
      baseText,
      null,
      input.actual,
      input.direction,
      strict,
      input.rule,
      input.actualAsWritten,
    );
  }
  // "Minska med 10 % jämfört med 2019": the target is the baseline moved by the change, the way the text says.
  const towards = target.comparison?.direction ?? input.direction;
  const sign = towards === "lower" ? -1 : 1;
  const step = target.change.percent ? Math.abs(base.value) * target.change.value : target.change.value;
  const reference: Amount = { ...base, value: base.value + sign * step };
  const changeText = target.change.percent
    ? formatPercentSv(target.change.value)
    : formatAmount(target.change.value, base.percent, base.unit);
  const how = `${changeText} ${towards === "lower" ? "under" : "över"} ${baseText}`;
  return againstThreshold(
    reference,
    `målvärdet ${show(reference)}`,
    how,
    input.actual,
    input.direction,
    strict,
    input.rule,
    input.actualAsWritten,
  );
}

function againstThreshold(
  reference: Amount,
  refPhrase: string,
  refNote: string | null,
  actualValue: ReadValue,
  direction: Direction,
  strict: boolean,
  rule: IndicatorRule,
  asWritten: string | undefined,
): IndicatorOutcome {
  const actual = amountOf(actualValue, reference);
  if (actual === null) return incomparable(actualValue, refPhrase);
  const tol = toleranceFor(rule, reference.value);
  const a = `Utfall ${shown(actual, asWritten)}`;
  const note = thresholdNote(refNote, direction);
  // Positive when the actual is on the better side of the reference, whichever way is better.
  const diff = direction === "higher" ? actual.value - reference.value : reference.value - actual.value;
  const eps = epsilonFor(actual.value, reference.value);
  const onEdge = Math.abs(diff) <= eps;
  const better = direction === "higher" ? "över" : "under";
  const worse = direction === "higher" ? "under" : "över";

  if (strict ? diff > eps : diff >= -eps) {
    const verb = strict ? `är ${better}` : direction === "higher" ? "når" : "är högst";
    return outcome("green", `${a} ${verb} ${refPhrase}${note}`);
  }
  if (tol > 0 && diff >= -tol - eps) {
    const where = onEdge ? `är inte ${better}` : `är ${worse}`;
    return outcome("yellow", `${a} ${where} ${refPhrase} men inom toleransen ${toleranceText(rule, reference)}${note}`);
  }
  if (onEdge) return outcome("red", `${a} är inte ${better} ${refPhrase}${note}`);
  if (tol > 0) return outcome("red", `${a} är mer än ${toleranceText(rule, reference)} ${worse} ${refPhrase}${note}`);
  return outcome("red", `${a} är ${worse} ${refPhrase}${note}`);
}

/** " (10 % under jämförelsevärdet …; lägre är bättre)", or "" when there is nothing to add. */
function thresholdNote(refNote: string | null, direction: Direction): string {
  const lower = direction === "lower";
  if (refNote === null) return lower ? " (lägre är bättre)" : "";
  return lower ? ` (${refNote}; lägre är bättre)` : ` (${refNote})`;
}

function inRange(
  target: RangeValue,
  actualValue: ReadValue,
  rule: IndicatorRule,
  asWritten: string | undefined,
): IndicatorOutcome {
  const low = Math.min(target.value, target.high);
  const high = Math.max(target.value, target.high);
  const scale = { percent: target.percent, unit: target.unit };
  const rangeText = target.percent
    ? `${formatNumberSv(low * 100)}–${formatNumberSv(high * 100)} %`
    : `${formatNumberSv(low)}–${formatNumberSv(high)}${target.unit ? ` ${target.unit}` : ""}`;
  const refPhrase = `målintervallet ${rangeText}`;
  const actual = amountOf(actualValue, scale);
  if (actual === null) return incomparable(actualValue, refPhrase);
  const a = `Utfall ${shown(actual, asWritten)} ligger`;
  const below = actual.value < low - epsilonFor(actual.value, low);
  const above = actual.value > high + epsilonFor(actual.value, high);
  if (!below && !above) return outcome("green", `${a} inom ${refPhrase}`);
  const bound = below ? low : high;
  const side = below ? "under" : "över";
  const tol = toleranceFor(rule, bound);
  const gap = Math.abs(actual.value - bound);
  if (tol > 0 && gap <= tol + epsilonFor(actual.value, bound)) {
    return outcome("yellow", `${a} ${side} ${refPhrase} men inom toleransen ${toleranceText(rule, scale)}`);
  }
  if (tol > 0) return outcome("red", `${a} mer än ${toleranceText(rule, scale)} ${side} ${refPhrase}`);
  return outcome("red", `${a} ${side} ${refPhrase}`);
}

function yesNo(target: BooleanValue, actualValue: ReadValue): IndicatorOutcome {
  const refPhrase = `målvärdet "${target.text}"`;
  const state = stateOf(actualValue);
  if (state === null) return incomparable(actualValue, refPhrase);
  const a =
    actualValue.kind === "boolean"
      ? `Utfall "${actualValue.text}"`
      : `Utfall ${actualValue.text} (räknas som ${STATE_WORD[state]})`;
  const status = yesNoStatus(target.state, state);
  const verb = status === "green" ? "uppfyller" : status === "yellow" ? "uppfyller delvis" : "uppfyller inte";
  return outcome(status, `${a} ${verb} ${refPhrase}`);
}

const STATE_WORD: Readonly<Record<YesNoState, string>> = { yes: "ja", ongoing: "pågår", no: "nej" };

function yesNoStatus(wanted: YesNoState, got: YesNoState): Status {
  if (wanted === "no") return got === "no" ? "green" : got === "ongoing" ? "yellow" : "red";
  if (wanted === "ongoing") return got === "no" ? "red" : "green";
  return got === "yes" ? "green" : got === "ongoing" ? "yellow" : "red";
}

function stateOf(v: ReadValue): YesNoState | null {
  switch (v.kind) {
    case "boolean":
      return v.state;
    case "percent":
      if (v.value >= 1 - EPSILON) return "yes";
      return v.value <= EPSILON ? "no" : "ongoing";
    case "number":
      return v.value > 0 ? "yes" : "no";
    default:
      return null;
  }
}

/**
 * A value as a comparable number, shown on the reference's scale: an actual without a unit borrows the
 * target's ("12,4 dagar"), and a bare 0,92 against a percent target is shown as the 92 % it is compared as.
 */
function amountOf(v: ReadValue, like: Pick<Amount, "percent" | "unit"> | null): Amount | null {
  if (v.kind === "percent") return { value: v.value, percent: true, unit: null };
  if (v.kind !== "number") return null;
  if (v.unit === null && like?.percent) return { value: v.value, percent: true, unit: null };
  return { value: v.value, percent: false, unit: v.unit ?? like?.unit ?? null };
}

function toleranceFor(rule: IndicatorRule, reference: number): number {
  const t = Math.abs(rule.tolerance);
  // Relative to |target| so that negative targets work; a zero target therefore has no tolerance.
  return rule.toleranceKind === "relative" ? t * Math.abs(reference) : t;
}

/** The tolerance as the explanation words it; only the reference's scale matters, not its value. */
function toleranceText(rule: IndicatorRule, scale: Pick<Amount, "percent" | "unit">): string {
  const texts = toleranceTexts(rule);
  if (texts.relative !== null) return texts.relative;
  if (scale.percent) return texts.percentagePoints;
  return scale.unit ? `${texts.plain} ${scale.unit}` : texts.plain;
}

/** A rule's tolerance formatted in each way it can be shown. */
interface ToleranceTexts {
  /** "10 %": a relative tolerance reads the same whatever the reference's scale. */
  readonly relative: string | null;
  /** "5 procentenheter", against a percent reference. */
  readonly percentagePoints: string;
  /** "2,5", before the reference's unit if any. */
  readonly plain: string;
}

/**
 * Formatted once per rule: a workbook has a handful of rules but can have 100k rows, and formatting a number
 * the Swedish way is far dearer than a lookup. Keyed weakly so rules from one workbook do not outlive it.
 */
const toleranceTextCache = new WeakMap<IndicatorRule, ToleranceTexts>();

function toleranceTexts(rule: IndicatorRule): ToleranceTexts {
  const cached = toleranceTextCache.get(rule);
  if (cached !== undefined) return cached;
  const t = Math.abs(rule.tolerance);
  const relative = rule.toleranceKind === "relative";
  const texts: ToleranceTexts = {
    relative: relative ? formatPercentSv(t) : null,
    percentagePoints: relative ? "" : `${formatNumberSv(t * 100)} procentenheter`,
    plain: relative ? "" : formatNumberSv(t),
  };
  toleranceTextCache.set(rule, texts);
  return texts;
}

function epsilonFor(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** "30 000 tkr (= 30 mkr)" when the actual was converted to the target's unit, else the amount itself. */
function shown(amount: Amount, asWritten: string | undefined): string {
  return asWritten === undefined ? show(amount) : `${asWritten} (= ${show(amount)})`;
}

function show(amount: Amount): string {
  return formatAmount(amount.value, amount.percent, amount.unit);
}

function incomparable(actual: ReadValue, refPhrase: string): IndicatorOutcome {
  return missing(`Utfallet "${actual.text}" kan inte jämföras med ${refPhrase}, så status kan inte beräknas.`);
}

function outcome(status: Status, sentence: string): IndicatorOutcome {
  return { status, explanation: `${sentence} ${VERDICT[status]}.` };
}

/** The closing "→ gul" for each status, built once rather than for every row. */
const VERDICT: Readonly<Record<Status, string>> = {
  green: verdict("green"),
  yellow: verdict("yellow"),
  red: verdict("red"),
  missing: verdict("missing"),
};

function missing(sentence: string): IndicatorOutcome {
  return { status: "missing", explanation: sentence };
}

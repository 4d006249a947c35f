/**
 * SPEC §3's indicator rule: one status and its explanation (as data, explanation.ts) from a target, an actual and a rule.
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
import type { Status } from "./statuses";
import type { Direction } from "../vocabulary";
import type { BaselineValue, BooleanValue, RangeValue, ReadValue, YesNoState } from "../values/types";
import type {
  Against,
  Amount,
  Explanation,
  MissingExplanation,
  Reference,
  ShownActual,
  TargetRange,
  ThresholdPosition,
  Tolerance,
} from "./explanation";

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
  readonly explanation: Explanation;
}

const EPSILON = 1e-9;

export function evaluateIndicator(input: IndicatorInput): IndicatorOutcome {
  const { target, actual } = input;
  if (target.kind === "unparseable")
    return missing({ kind: "missing", reason: "target-unreadable", text: target.text });
  if (actual.kind === "unparseable")
    return missing({ kind: "missing", reason: "actual-unreadable", text: actual.text });
  if (target.kind === "not-measured") {
    return missing({ kind: "missing", reason: "target-not-measured", text: target.text });
  }
  if (actual.kind === "not-measured") {
    return missing({ kind: "missing", reason: "actual-not-measured", text: actual.text });
  }
  if (target.kind === "internal-error" || actual.kind === "internal-error") {
    const which = target.kind === "internal-error" ? "target" : "actual";
    return missing({ kind: "missing", reason: "internal-error", which });
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
      const amount: Amount = { value: target.value, percent: target.kind === "percent", unit: target.unit };
      const strict = target.comparison?.strict ?? false;
      // "Lägre än 2019, dvs under 15 %": the year stays in the explanation as context.
      const reference: Reference = { kind: "target", amount, relativeTo: target.relativeTo ?? null };
      return againstThreshold(reference, actual, input.direction, strict, input.rule, input.actualAsWritten);
    }
  }
}

function againstBaseline(target: BaselineValue, input: IndicatorInput): IndicatorOutcome {
  const { baseline } = input;
  if (baseline === null) return missing({ kind: "missing", reason: "baseline-missing", target: target.text });
  const base = amountOf(baseline, null);
  if (base === null) return missing({ kind: "missing", reason: "baseline-unreadable", text: baseline.text });
  const ref = target.ref.trim();
  const strict = target.comparison?.strict ?? false;
  if (target.change === undefined) {
    const reference: Reference = { kind: "baseline", amount: base, ref };
    return againstThreshold(reference, input.actual, input.direction, strict, input.rule, input.actualAsWritten);
  }
  // "Minska med 10 % jämfört med 2019": the target is the baseline moved by the change, the way the text says.
  const towards = target.comparison?.direction ?? input.direction;
  const sign = towards === "lower" ? -1 : 1;
  const step = target.change.percent ? Math.abs(base.value) * target.change.value : target.change.value;
  const reference: Reference = {
    kind: "baseline-change",
    amount: { ...base, value: base.value + sign * step },
    change: { value: target.change.value, percent: target.change.percent },
    towards,
    baseline: base,
    ref,
  };
  return againstThreshold(reference, input.actual, input.direction, strict, input.rule, input.actualAsWritten);
}

function againstThreshold(
  reference: Reference,
  actualValue: ReadValue,
  direction: Direction,
  strict: boolean,
  rule: IndicatorRule,
  asWritten: string | undefined,
): IndicatorOutcome {
  const ref = reference.amount;
  const actual = amountOf(actualValue, ref);
  if (actual === null) return incomparable(actualValue, { kind: "reference", reference });
  const tol = toleranceFor(rule, ref.value);
  // Positive when the actual is on the better side of the reference, whichever way is better.
  const diff = direction === "higher" ? actual.value - ref.value : ref.value - actual.value;
  const eps = epsilonFor(actual.value, ref.value);
  const onEdge = Math.abs(diff) <= eps;
  const judged = (status: "green" | "yellow" | "red", position: ThresholdPosition, named: boolean) =>
    threshold(status, shown(actual, asWritten), reference, direction, position, named ? toleranceOf(rule) : null);

  if (strict ? diff > eps : diff >= -eps) return judged("green", strict ? "better" : "meets", false);
  if (tol > 0 && diff >= -tol - eps) return judged("yellow", onEdge ? "on-edge" : "worse", true);
  if (onEdge) return judged("red", "on-edge", false);
  if (tol > 0) return judged("red", "beyond-tolerance", true);
  return judged("red", "worse", false);
}

/**
 * One literal with every field, made by a plain function: a closure's object per row cost an allocation on each of
 * 100k rows.
 */
function threshold(
  status: "green" | "yellow" | "red",
  actual: ShownActual,
  reference: Reference,
  direction: Direction,
  position: ThresholdPosition,
  tolerance: Tolerance | null,
): IndicatorOutcome {
  return {
    status,
    explanation: { kind: "threshold", status, actual, reference, direction, position, tolerance },
  };
}

function inRange(
  target: RangeValue,
  actualValue: ReadValue,
  rule: IndicatorRule,
  asWritten: string | undefined,
): IndicatorOutcome {
  const low = Math.min(target.value, target.high);
  const high = Math.max(target.value, target.high);
  const range: TargetRange = { low, high, percent: target.percent, unit: target.unit };
  const actual = amountOf(actualValue, range);
  if (actual === null) return incomparable(actualValue, { kind: "range", range });
  const a = shown(actual, asWritten);
  const below = actual.value < low - epsilonFor(actual.value, low);
  const above = actual.value > high + epsilonFor(actual.value, high);
  const result = (
    status: "green" | "yellow" | "red",
    beyondTolerance: boolean,
    tolerance: Tolerance | null,
  ): IndicatorOutcome => ({
    status,
    explanation: {
      kind: "range",
      status,
      actual: a,
      range,
      side: below ? "below" : above ? "above" : "inside",
      beyondTolerance,
      tolerance,
    },
  });
  if (!below && !above) return result("green", false, null);
  const bound = below ? low : high;
  const tol = toleranceFor(rule, bound);
  const gap = Math.abs(actual.value - bound);
  if (tol > 0 && gap <= tol + epsilonFor(actual.value, bound)) return result("yellow", false, toleranceOf(rule));
  if (tol > 0) return result("red", true, toleranceOf(rule));
  return result("red", false, null);
}

function yesNo(target: BooleanValue, actualValue: ReadValue): IndicatorOutcome {
  const state = stateOf(actualValue);
  if (state === null) return incomparable(actualValue, { kind: "yesno", target: target.text });
  const status = yesNoStatus(target.state, state);
  return {
    status,
    explanation: {
      kind: "yesno",
      status,
      target: target.text,
      actual: actualValue.text,
      countedAs: actualValue.kind === "boolean" ? null : state,
    },
  };
}

function yesNoStatus(wanted: YesNoState, got: YesNoState): "green" | "yellow" | "red" {
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

/**
 * The rule's tolerance as an explanation names it, one object per rule: a workbook has a handful of rules but can
 * have 100k rows. Keyed weakly so rules from one workbook do not outlive it.
 */
const tolerances = new WeakMap<IndicatorRule, Tolerance>();

function toleranceOf(rule: IndicatorRule): Tolerance {
  let found = tolerances.get(rule);
  if (found === undefined) {
    const t = Math.abs(rule.tolerance);
    found = rule.toleranceKind === "relative" ? { kind: "relative", share: t } : { kind: "absolute", value: t };
    tolerances.set(rule, found);
  }
  return found;
}

function epsilonFor(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

function shown(amount: Amount, asWritten: string | undefined): ShownActual {
  return { amount, asWritten: asWritten ?? null };
}

function incomparable(actual: ReadValue, against: Against): IndicatorOutcome {
  return missing({ kind: "missing", reason: "incomparable", actual: actual.text, against });
}

function missing(explanation: MissingExplanation): IndicatorOutcome {
  return { status: "missing", explanation };
}

/**
 * Status explanations in English, for a task pane whose Office speaks English. Numbers the English way: a decimal
 * point, commas between thousands and "90%" (formatNumberEn); the user's units ("mkr", "dagar"), headers and cell
 * texts stay as written, since they are the workbook's data. The children of a roll-up are called by their level
 * ("indicators", "goals"): the sheet's own Swedish word is only inflected in Swedish.
 */
import { STATUS_NAME_EN, type Status, type StatusCounts } from "../../status/statuses";
import { type Direction, type Level } from "../../vocabulary";
import type {
  Against,
  Amount,
  ExplanationRenderer,
  Reference,
  ShownActual,
  TargetRange,
  Tolerance,
} from "../../status/explanation";
import { formatNumberSv, shiftDecimal } from "../../values/format";
import type { YesNoState } from "../../values/types";

/** "1,600", "203.5", "-0.75": the Swedish digits with the English separators (same rounding, no floating noise). */
export function formatNumberEn(n: number, maxDecimals = 2): string {
  return formatNumberSv(n, maxDecimals).replace(/[ ,]/g, (c) => (c === " " ? "," : "."));
}

/** "61%", "4.5%" for the fractions 0.61, 0.045. */
export function formatPercentEn(fraction: number): string {
  return `${formatNumberEn(Number.isFinite(fraction) ? shiftDecimal(fraction, 2) : fraction)}%`;
}

export const STATUS_WORD_EN: Readonly<Record<Status, string>> = {
  green: "green",
  yellow: "yellow",
  red: "red",
  missing: "not assessed",
};

const verdict = (status: Status): string => `→ ${STATUS_WORD_EN[status]}`;

const STATE_WORD: Readonly<Record<YesNoState, string>> = { yes: "yes", ongoing: "ongoing", no: "no" };

function formatAmountEn(value: number, percent: boolean, unit: string | null): string {
  if (percent) return formatPercentEn(value);
  return unit ? `${formatNumberEn(value)} ${unit}` : formatNumberEn(value);
}

const show = (a: Amount): string => formatAmountEn(a.value, a.percent, a.unit);

const shown = (a: ShownActual): string =>
  a.asWritten === null ? show(a.amount) : `${a.asWritten} (= ${show(a.amount)})`;

const from = (ref: string): string => (ref === "" ? "" : ` from ${ref}`);

function referencePhrase(r: Reference): string {
  return r.kind === "baseline" ? `the baseline ${show(r.amount)}${from(r.ref)}` : `the target ${show(r.amount)}`;
}

function referenceNote(r: Reference): string | null {
  if (r.kind === "target") return r.relativeTo === null ? null : `the target is stated relative to ${r.relativeTo}`;
  if (r.kind === "baseline") return null;
  const change = r.change.percent
    ? formatPercentEn(r.change.value)
    : formatAmountEn(r.change.value, r.baseline.percent, r.baseline.unit);
  const side = r.towards === "lower" ? "below" : "above";
  return `${change} ${side} the baseline ${show(r.baseline)}${from(r.ref)}`;
}

function thresholdNote(r: Reference, direction: Direction): string {
  const note = referenceNote(r);
  const lower = direction === "lower";
  if (note === null) return lower ? " (lower is better)" : "";
  return lower ? ` (${note}; lower is better)` : ` (${note})`;
}

function toleranceText(t: Tolerance, scale: Pick<Amount, "percent" | "unit">): string {
  if (t.kind === "relative") return formatPercentEn(t.share);
  if (scale.percent) {
    const points = formatNumberEn(t.value * 100);
    return `${points} ${points === "1" ? "percentage point" : "percentage points"}`;
  }
  return scale.unit ? `${formatNumberEn(t.value)} ${scale.unit}` : formatNumberEn(t.value);
}

const withinTolerance = (t: Tolerance | null, scale: Pick<Amount, "percent" | "unit">): string =>
  t === null ? "" : ` but within the tolerance of ${toleranceText(t, scale)}`;

function rangeText(r: TargetRange): string {
  return r.percent
    ? `${formatNumberEn(r.low * 100)}–${formatNumberEn(r.high * 100)}%`
    : `${formatNumberEn(r.low)}–${formatNumberEn(r.high)}${r.unit ? ` ${r.unit}` : ""}`;
}

function againstPhrase(a: Against): string {
  switch (a.kind) {
    case "reference":
      return referencePhrase(a.reference);
    case "range":
      return `the target range ${rangeText(a.range)}`;
    case "yesno":
      return `the target "${a.target}"`;
  }
}

const NOUN: Readonly<Record<Level, readonly [string, string]>> = {
  plan: ["plan", "plans"],
  goal: ["goal", "goals"],
  indicator: ["indicator", "indicators"],
};

const noun = (level: Level, count: number): string => NOUN[level][count === 1 ? 0 : 1];

/** "2 of 5 goals met, 1 partly met, 3 not met". */
function describeCounts(counts: StatusCounts, level: Level): string {
  const counted = counts.green + counts.yellow + counts.red;
  const parts = [`${counts.green} of ${counted} ${noun(level, counted)} met`];
  if (counts.yellow > 0) parts.push(`${counts.yellow} partly met`);
  if (counts.red > 0) parts.push(`${counts.red} not met`);
  const text = parts.join(", ");
  if (counts.missing === 0) return text;
  const lack = counts.missing === 1 ? "lacks an assessment and is" : "lack an assessment and are";
  return `${text}; ${counts.missing} ${lack} not counted`;
}

const CANNOT = "so no status can be computed.";

export const explanationsEn: ExplanationRenderer = {
  threshold: (e) => {
    const a = `Actual ${shown(e.actual)}`;
    const ref = referencePhrase(e.reference);
    const note = thresholdNote(e.reference, e.direction);
    const better = e.direction === "higher" ? "above" : "below";
    const worse = e.direction === "higher" ? "below" : "above";
    const within = e.status === "yellow" ? withinTolerance(e.tolerance, e.reference.amount) : "";
    let sentence: string;
    switch (e.position) {
      case "meets":
        sentence = `${a} ${e.direction === "higher" ? "reaches" : "is at most"} ${ref}`;
        break;
      case "better":
        sentence = `${a} is ${better} ${ref}`;
        break;
      case "on-edge":
        sentence = `${a} is not ${better} ${ref}${within}`;
        break;
      case "worse":
        sentence = `${a} is ${worse} ${ref}${within}`;
        break;
      case "beyond-tolerance": {
        const tolerance = e.tolerance === null ? "" : ` ${toleranceText(e.tolerance, e.reference.amount)}`;
        sentence = `${a} is more than${tolerance} ${worse} ${ref}`;
        break;
      }
    }
    return `${sentence}${note} ${verdict(e.status)}.`;
  },
  range: (e) => {
    const a = `Actual ${shown(e.actual)} lies`;
    const ref = `the target range ${rangeText(e.range)}`;
    if (e.side === "inside") return `${a} within ${ref} ${verdict(e.status)}.`;
    const side = e.side === "below" ? "below" : "above";
    if (e.beyondTolerance && e.tolerance !== null) {
      return `${a} more than ${toleranceText(e.tolerance, e.range)} ${side} ${ref} ${verdict(e.status)}.`;
    }
    const within = e.status === "yellow" ? withinTolerance(e.tolerance, e.range) : "";
    return `${a} ${side} ${ref}${within} ${verdict(e.status)}.`;
  },
  yesno: (e) => {
    const a =
      e.countedAs === null ? `Actual "${e.actual}"` : `Actual ${e.actual} (counted as ${STATE_WORD[e.countedAs]})`;
    const verb = e.status === "green" ? "meets" : e.status === "yellow" ? "partly meets" : "does not meet";
    return `${a} ${verb} the target "${e.target}" ${verdict(e.status)}.`;
  },
  manual: (e) => {
    const note = e.computed === null ? "" : ` (computed: ${STATUS_NAME_EN[e.computed]})`;
    return `Manual assessment: ${STATUS_NAME_EN[e.status]}${note}.`;
  },
  rollup: (e) => {
    const reason =
      e.decision.by === "worst"
        ? `worst assessment: ${STATUS_NAME_EN[e.status]}`
        : e.decision.by === "share"
          ? `at least ${formatPercentEn(e.decision.share)} are met`
          : `mean score ${e.decision.mean.toFixed(2)}`;
    return `${describeCounts(e.counts, e.childLevel)}; ${reason} ${verdict(e.status)}.`;
  },
  "empty-plan": () => `The plan has no goals to follow up ${verdict("red")}.`,
  missing: {
    "target-unreadable": (e) => `The target "${e.text}" cannot be read, ${CANNOT}`,
    "actual-unreadable": (e) => `The actual "${e.text}" cannot be read, ${CANNOT}`,
    "target-not-measured": (e) => `The target is "${e.text}", so no status is computed.`,
    "actual-not-measured": (e) => `The actual is "${e.text}" (not measured), so no status is computed.`,
    "internal-error": (e) => `The ${e.which} could not be read because of an internal error, ${CANNOT}`,
    "baseline-missing": (e) => `The target "${e.target}" compares with an earlier value, but the baseline is missing.`,
    "baseline-unreadable": (e) => `The baseline "${e.text}" cannot be read as a number, ${CANNOT}`,
    incomparable: (e) => `The actual "${e.actual}" cannot be compared with ${againstPhrase(e.against)}, ${CANNOT}`,
    "no-actual-column": () => "The sheet has no column for actuals.",
    "no-actual": (e) => `No actual in the column ${e.column}.`,
    "no-target": () => `The target is missing, ${CANNOT}`,
    "unit-mismatch": (e) =>
      `The actual's unit (${e.actualUnit}) cannot be converted to the ${e.against}'s (${e.targetUnit}), ` +
      "so no status is computed.",
    "goal-without-measures": () => "The goal has neither indicators nor a target and actual of its own.",
    "plan-judged-by-hand": () => "The plan is assessed by hand.",
    "plan-not-assessed": () => "The plan has no assessment yet.",
    "no-children": (e) => `No ${noun(e.childLevel, 2)} to roll up.`,
    "children-missing": (e) =>
      e.count === 1
        ? `1 ${noun(e.childLevel, 1)} lacks an assessment.`
        : `All ${e.count} ${noun(e.childLevel, e.count)} lack an assessment.`,
  },
};

/** ReadValues written the way the reader would return them for a typed cell, so rule tests read like the sheet. */
import type { IndicatorRule, RollupRule } from "../../../src/domain/rules/types";
import type { BaselineChange, Comparison, ReadValue, YesNoState } from "../../../src/domain/values/types";

export function num(value: number, unit: string | null = null, comparison: Comparison | null = null): ReadValue {
  return { kind: "number", value, unit, text: `${value}${unit ? ` ${unit}` : ""}`, comparison };
}

export function pct(fraction: number, comparison: Comparison | null = null): ReadValue {
  return { kind: "percent", value: fraction, unit: null, text: `${fraction * 100} %`, comparison };
}

export function yesno(text: string, state: YesNoState): ReadValue {
  return {
    kind: "boolean",
    value: state === "yes" ? true : state === "no" ? false : null,
    state,
    unit: null,
    text,
    comparison: null,
  };
}

export function baseline(
  text: string,
  ref: string,
  direction: "higher" | "lower",
  strict: boolean,
  change?: BaselineChange,
): ReadValue {
  const value: ReadValue = { kind: "baseline", value: null, ref, unit: null, text, comparison: { direction, strict } };
  return change ? { ...value, change } : value;
}

export function range(low: number, high: number, percent: boolean, unit: string | null = null): ReadValue {
  return { kind: "range", value: low, high, percent, unit, text: `${low}–${high}`, comparison: null };
}

export function unreadable(text: string): ReadValue {
  return { kind: "unparseable", value: null, unit: null, reason: "text", text, comparison: null };
}

export const lowerStrict: Comparison = { direction: "lower", strict: true };
export const lowerOrEqual: Comparison = { direction: "lower", strict: false };
export const higherStrict: Comparison = { direction: "higher", strict: true };

export const standardRule: IndicatorRule = {
  name: "Standard",
  direction: null,
  tolerance: 0.1,
  toleranceKind: "relative",
  yesWords: [],
  ongoingWords: [],
  noWords: [],
};

export function absoluteRule(tolerance: number): IndicatorRule {
  return { ...standardRule, name: "Absolut", tolerance, toleranceKind: "absolute" };
}

export const andel: RollupRule = { method: "andel", green: 0.75, red: 0.25, yellowScore: 0.5 };

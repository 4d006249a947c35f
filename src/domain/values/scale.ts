/**
 * SPEC §2's scale rule: a percent target with an actual typed as a plain 61 means 61 %, and a plain target of
 * 90 with an actual of 61 % means 61. The caller reports SCALE_MISMATCH when `reinterpreted` is true.
 */
import { shiftDecimal } from "./format";
import type { NumberValue, PercentValue, ReadValue } from "./types";

export function reconcileScale(target: ReadValue, actual: ReadValue): { actual: ReadValue; reinterpreted: boolean } {
  if (isPercentTarget(target) && isPlainPercentLike(actual)) {
    const asPercent: PercentValue = {
      kind: "percent",
      value: shiftDecimal(actual.value, -2),
      unit: null,
      text: actual.text,
      comparison: actual.comparison,
    };
    return { actual: asPercent, reinterpreted: true };
  }
  // A percent so large that its points overflow (a cell holding 1.8e308 formatted as %) stays as it was read.
  const points = actual.kind === "percent" ? shiftDecimal(actual.value, 2) : NaN;
  if (isPlainTarget(target) && actual.kind === "percent" && Number.isFinite(points)) {
    const asNumber: NumberValue = {
      kind: "number",
      value: points,
      unit: null,
      text: actual.text,
      comparison: actual.comparison,
    };
    return { actual: asNumber, reinterpreted: true };
  }
  return { actual, reinterpreted: false };
}

function isPercentTarget(target: ReadValue): boolean {
  return target.kind === "percent" || (target.kind === "range" && target.percent);
}

/** 1–100 inclusive: below 1 a plain actual may already be a fraction (0.61), above 100 it is no percent. */
function inPercentSpan(n: number): boolean {
  return n >= 1 && n <= 100;
}

function isPlainPercentLike(v: ReadValue): v is NumberValue {
  return v.kind === "number" && v.unit === null && inPercentSpan(v.value);
}

function isPlainTarget(target: ReadValue): boolean {
  if (target.kind === "number") return target.unit === null && inPercentSpan(target.value);
  if (target.kind === "range") {
    return !target.percent && target.unit === null && inPercentSpan(target.value) && inPercentSpan(target.high);
  }
  return false;
}

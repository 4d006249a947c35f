import { readValue } from "../../../src/domain/values/read-value";
import { reconcileScale } from "../../../src/domain/values/scale";
import type { ReadValue } from "../../../src/domain/values/types";

/** Reads a cell the way a sheet has it: text as typed, or a number with its format. */
function read(value: string | number, format: string | null = null): ReadValue {
  const v = readValue({ value, format });
  if (v === null) throw new Error(`empty: ${String(value)}`);
  return v;
}

describe("reconcileScale", () => {
  it.each<[ReadValue, ReadValue, Partial<ReadValue>]>([
    [read("90 %"), read(61), { kind: "percent", value: 0.61 }],
    [read(0.9, "0%"), read("61"), { kind: "percent", value: 0.61 }],
    [read("90 %"), read(1), { kind: "percent", value: 0.01 }],
    [read("90 %"), read(100), { kind: "percent", value: 1 }],
    [read("80–90 %"), read(85), { kind: "percent", value: 0.85 }],
    [read(90), read("61 %"), { kind: "number", value: 61, unit: null }],
    [read("Minst 90"), read(0.61, "0%"), { kind: "number", value: 61 }],
    [read("mellan 5 och 10"), read("7 %"), { kind: "number", value: 7 }],
  ])("target %j with actual %j is read as %j", (target, actual, expected) => {
    const result = reconcileScale(target, actual);
    expect(result.reinterpreted).toBe(true);
    expect(result.actual).toMatchObject(expected);
    expect(result.actual.text).toBe(actual.text);
  });

  it.each<[string, ReadValue, ReadValue]>([
    ["both percents", read("90 %"), read("61 %")],
    ["both plain", read(90), read(61)],
    ["an actual below 1 may already be a fraction", read("90 %"), read(0.61)],
    ["an actual above 100 is no percent", read("90 %"), read(250)],
    ["an actual with a unit", read("90 %"), read("61 st")],
    ["a target with a unit", read("90 dagar"), read("61 %")],
    ["a target above 100", read(250), read("61 %")],
    ["a yes/no target", read("Ja"), read(61)],
    ["a baseline target", read("Lägre än 2020"), read("61 %")],
    ["an unreadable actual", read("90 %"), read("se kommentar")],
    // Found by the property test (seed -296297514): ×100 would overflow to Infinity.
    ["a percent whose points overflow", read(90), read(1.7976931348623157e308, "0%")],
  ])("%s: unchanged", (_why, target, actual) => {
    const result = reconcileScale(target, actual);
    expect(result).toEqual({ actual, reinterpreted: false });
  });
});

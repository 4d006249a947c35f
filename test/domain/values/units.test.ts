import { readValue } from "../../../src/domain/values/read-value";
import type { ReadValue } from "../../../src/domain/values/types";
import { knownUnit, normalizeUnit, reconcileUnits } from "../../../src/domain/values/units";

const read = (text: string): ReadValue => {
  const v = readValue({ value: text, format: null });
  if (v === null) throw new Error(`empty: ${text}`);
  return v;
};

describe("reconcileUnits: one family is converted to the target's unit", () => {
  it.each<[string, string, number, string | null]>([
    ["37,8 mkr", "30 000 tkr", 30, "mkr"],
    ["37,8 mkr", "37 800 000 kr", 37.8, "mkr"],
    ["2 mdkr", "1 500 mkr", 1.5, "mdkr"],
    ["500 tkr", "0,4 mkr", 400, "tkr"],
    ["37,8 mkr", "30 tusen kr", 0.03, "mkr"],
    ["4 Mkr", "3 900 TKR", 3.9, "Mkr"],
    ["1,2 tusen", "1 300 st", 1.3, "tusen"],
    ["3 veckor", "20 dagar", 20 / 7, "veckor"],
    ["2 månader", "60 dagar", 2, "månader"],
    ["14 dagar", "2 veckor", 14, "dagar"],
    ["1 månad", "30 dygn", 1, "månad"],
    ["2 ton", "1 800 kg", 1.8, "ton"],
    ["120 MWh", "118 000 kWh", 118, "MWh"],
    ["2 procentenheter", "1,5 %", 1.5, "procentenheter"],
  ])("target %j, actual %j: %d %s", (target, actual, value, unit) => {
    const out = reconcileUnits(read(target), read(actual));
    expect(out.kind).toBe("converted");
    if (out.kind !== "converted") return;
    expect(out.actual.value).toBeCloseTo(value, 9);
    expect(out.actual.unit).toBe(unit);
    expect(out.actual.text).toBe(actual);
  });

  it("percentage points against a percent target become a percent", () => {
    const out = reconcileUnits(read("90 %"), read("2 procentenheter"));
    expect(out).toMatchObject({ kind: "converted", actual: { kind: "percent", value: 0.02 } });
  });

  it("a month is 30 days, exactly on the edge", () => {
    const out = reconcileUnits(read("högst 2 månader"), read("60 dagar"));
    expect(out).toMatchObject({ kind: "converted", actual: { value: 2 } });
  });

  it("says what the user wrote, the Swedish way", () => {
    expect(reconcileUnits(read("37,8 mkr"), read("30 000 tkr"))).toMatchObject({ from: "30 000 tkr" });
  });
});

describe("reconcileUnits: units that cannot be converted", () => {
  it.each<[string, string, string, string]>([
    ["12 dagar", "85 %", "%", "dagar"],
    ["85 %", "12 dagar", "dagar", "%"],
    ["5 mkr", "12 dagar", "dagar", "mkr"],
    ["5 mkr", "300 st", "st", "mkr"],
    ["800 ton", "700 kWh", "kWh", "ton"],
    ["90 %", "85 patienter", "patienter", "%"],
    ["203,5 kWh/m2", "190 kWh", "kWh", "kWh/m2"],
    ["10 besök", "8 patienter", "patienter", "besök"],
    ["80–90 %", "12 dagar", "dagar", "%"],
  ])("target %j, actual %j: mismatch naming both units", (target, actual, actualUnit, targetUnit) => {
    expect(reconcileUnits(read(target), read(actual))).toEqual({ kind: "mismatch", actualUnit, targetUnit });
  });
});

describe("reconcileUnits: nothing to convert", () => {
  it.each<[string, string]>([
    ["203,5 kWh/m2", "199 kWh/m2"],
    ["203,5 kWh/m2", "199 kWh/m²"],
    ["203,5 kWh/m2", "199 KWH/M2"],
    ["37,8 mkr", "30 mkr"],
    // A unit on one side only: the other side's is taken for it.
    ["högst 14 dagar", "12,4"],
    ["37,8", "30 mkr"],
    ["90 %", "0,85"],
    // A count noun is a count.
    ["minst 500 st", "480 besök"],
    ["500 besök", "480 st"],
    ["90 %", "85 %"],
    ["Ja", "85 %"],
  ])("target %j, actual %j", (target, actual) => {
    const a = read(actual);
    expect(reconcileUnits(read(target), a)).toEqual({ kind: "same", actual: a });
  });
});

describe("unit names", () => {
  it.each([
    ["Tkr", "tkr"],
    ["tkr.", "tkr"],
    ["kWh/m²", "kwh/m2"],
    ["milj. kr", "milj kr"],
    ["mn  kr", "mn kr"],
  ])("%j is compared as %j", (unit, normal) => {
    expect(normalizeUnit(unit)).toBe(normal);
  });

  it("knows the SPEC's families and not arbitrary words", () => {
    expect(knownUnit("mdkr")).toEqual({ family: "money", factor: 1e9 });
    expect(knownUnit("Månader")).toEqual({ family: "time", factor: 30 });
    expect(knownUnit("procentenheter")).toEqual({ family: "percent", factor: 0.01 });
    expect(knownUnit("tusen")).toEqual({ family: "count", factor: 1e3 });
    expect(knownUnit("patienter")).toBeNull();
  });
});

describe("units written in words", () => {
  it.each<[string, number, string]>([
    ["30 tusen kr", 30, "tusen kr"],
    ["4 milj. kr", 4, "milj. kr"],
    ["1,2 miljoner kronor", 1.2, "miljoner kronor"],
    ["30 tusen besök", 30, "tusen"],
  ])("%j is %d %s", (text, value, unit) => {
    expect(read(text)).toMatchObject({ kind: "number", value, unit });
  });
});

/**
 * Units of one family are converted before comparing (SPEC §2): `kr`/`tkr`/`mkr`/`mdkr`, `st`/`tusen`,
 * `dagar`/`veckor`/`månader` (a month is 30 days), `%`/`procentenheter`, and a few more a controller meets
 * (`kg`/`ton`, `kWh`/`MWh`). Units that cannot be converted give no comparison at all: a wrong arrow is worse
 * than none.
 *
 * Decisions beyond the SPEC text:
 * - A unit on one side only is read as the other side's: "12,4" against "högst 14 dagar" is 12,4 dagar, and a
 *   target "37,8" against "30 mkr" compares 30 with 37,8. People leave the unit out where the row's name
 *   or the column header gives it.
 * - Units the product does not know compare as equal when written alike (case, spaces, dots and "²" aside:
 *   `kWh/m2` and `kWh/m²`), and as a mismatch otherwise.
 * - A count noun after a number ("480 besök", "12 patienter") is a count: it compares with `st` and with itself.
 */
import { formatValueSv } from "./format";
import type { NumberValue, PercentValue, ReadValue } from "./types";

type Family = "money" | "count" | "time" | "percent" | "mass" | "energy";

interface KnownUnit {
  readonly family: Family;
  /** How many of the family's base unit one of this unit is (kr, st, dagar, fractions, g, kWh). */
  readonly factor: number;
}

const UNITS: ReadonlyMap<string, KnownUnit> = new Map<string, KnownUnit>([
  ...names("money", 1, ["kr", "kronor", "krona", "sek"]),
  ...names("money", 1e3, ["tkr", "tsek", "ksek", "tusen kr", "tusen kronor", "tkronor"]),
  ...names("money", 1e6, [
    "mkr",
    "mnkr",
    "msek",
    "mn kr",
    "milj kr",
    "miljoner kr",
    "miljoner kronor",
    "miljon kr",
    "miljon kronor",
    "mkronor",
  ]),
  ...names("money", 1e9, ["mdkr", "mdr", "mdr kr", "mdsek", "miljarder kr", "miljarder kronor", "miljard kr"]),
  ...names("count", 1, ["st", "stycken", "styck", "stk"]),
  ...names("count", 1e3, ["tusen", "tusental"]),
  ...names("count", 1e6, ["miljoner", "miljon", "milj", "mn"]),
  ...names("time", 1 / 1440, ["min", "minut", "minuter"]),
  ...names("time", 1 / 24, ["h", "tim", "timme", "timmar"]),
  ...names("time", 1, ["d", "dag", "dagar", "dygn"]),
  ...names("time", 7, ["v", "vecka", "veckor", "veckan", "veckorna"]),
  ...names("time", 30, ["mån", "månad", "månader", "månaden", "månaderna"]),
  ...names("percent", 1, ["%"]),
  ...names("percent", 0.01, ["procentenheter", "procentenhet", "p.e", "pe", "%-enheter", "procentenh"]),
  ...names("mass", 1, ["g", "gram"]),
  ...names("mass", 1e3, ["kg", "kilo"]),
  ...names("mass", 1e6, ["ton"]),
  ...names("energy", 1, ["kwh"]),
  ...names("energy", 1e3, ["mwh"]),
  ...names("energy", 1e6, ["gwh"]),
]);

function names(family: Family, factor: number, list: readonly string[]): [string, KnownUnit][] {
  return list.map((n) => [n, { family, factor }]);
}

/** "Tkr", "tkr.", "MWh", "kWh/m²" -> "tkr", "tkr", "mwh", "kwh/m2": how units are compared. */
export function normalizeUnit(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/²/g, "2")
    .replace(/³/g, "3")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.+$/u, "")
    .replace(/\. /g, " ");
}

export function knownUnit(unit: string): KnownUnit | null {
  return UNITS.get(normalizeUnit(unit)) ?? null;
}

export type UnitOutcome =
  /** Nothing to convert: the actual as it was. */
  | { readonly kind: "same"; readonly actual: ReadValue }
  /** Converted to the reference's unit; `from` is what the user wrote ("30 000 tkr"). */
  | { readonly kind: "converted"; readonly actual: NumberValue | PercentValue; readonly from: string }
  | { readonly kind: "mismatch"; readonly actualUnit: string; readonly targetUnit: string };

/**
 * The actual on the reference's unit. The reference is the target (number, percent or range) or, for a baseline
 * target, the Jämförelsevärde. Yes/no and other kinds are left to the rule.
 */
export function reconcileUnits(reference: ReadValue, actual: ReadValue): UnitOutcome {
  const same = { kind: "same", actual } as const;
  const refUnit = unitOf(reference);
  const actualUnit = unitOf(actual);
  if (refUnit === null || actualUnit === null) return same;
  const r = normalizeUnit(refUnit);
  const a = normalizeUnit(actualUnit);
  if (r === a) return same;
  const knownR = UNITS.get(r);
  const knownA = UNITS.get(a);
  if (knownR !== undefined && knownA !== undefined && knownR.family === knownA.family) {
    return converted(reference, actual, knownA.factor / knownR.factor, refUnit);
  }
  // "480 besök" against "500 st": a count noun is a count.
  const countNoun = (k: KnownUnit | undefined, other: KnownUnit | undefined): boolean =>
    k?.family === "count" && k.factor === 1 && other === undefined;
  if (countNoun(knownR, knownA) || countNoun(knownA, knownR)) return same;
  return { kind: "mismatch", actualUnit, targetUnit: refUnit };
}

/** The unit a value is stated in: "%" for percents, null for none (a plain number) or where units play no part. */
function unitOf(v: ReadValue): string | null {
  switch (v.kind) {
    case "percent":
      return "%";
    case "number":
      return v.unit;
    case "range":
      return v.percent ? "%" : v.unit;
    default:
      return null;
  }
}

function converted(reference: ReadValue, actual: ReadValue, ratio: number, refUnit: string): UnitOutcome {
  if (actual.kind !== "number" && actual.kind !== "percent") return { kind: "same", actual };
  const value = tidy(actual.value * ratio);
  const from = formatValueSv(actual);
  const common = { text: actual.text, comparison: actual.comparison };
  const toPercent = reference.kind === "percent" || (reference.kind === "range" && reference.percent);
  const result: NumberValue | PercentValue = toPercent
    ? { kind: "percent", value, unit: null, ...common }
    : { kind: "number", value, unit: refUnit, ...common };
  return { kind: "converted", actual: result, from };
}

/** 30000 × 0.001 is 30.000000000000004 in binary: 12 significant digits are more than any cell shows. */
function tidy(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  return Number(n.toPrecision(12));
}

/** The explanation is data: each rule and roll-up says which kind of sentence applies and with which facts. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { GENERIC_WORDS } from "../../../src/domain/level-words";
import { evaluateIndicator } from "../../../src/domain/status/indicator-rule";
import { rollup } from "../../../src/domain/status/rollup";
import type { Direction } from "../../../src/domain/vocabulary";
import type { IndicatorRule, RollupRule } from "../../../src/domain/rules/types";
import type { ReadValue } from "../../../src/domain/values/types";
import { row, sheet, workbook } from "../evaluate/sheets";
import {
  absoluteRule,
  andel,
  baseline,
  higherStrict,
  lowerOrEqual,
  lowerStrict,
  num,
  pct,
  range,
  standardRule,
  unreadable,
  yesno,
} from "./values";

function explain(
  target: ReadValue,
  actual: ReadValue,
  direction: Direction = "higher",
  rule: IndicatorRule = standardRule,
  base: ReadValue | null = null,
) {
  return evaluateIndicator({ target, actual, baseline: base, direction, rule }).explanation;
}

const percent = (value: number) => ({ value, percent: true, unit: null });
const amount = (value: number, unit: string | null = null) => ({ value, percent: false, unit });
const relative = { kind: "relative", share: 0.1 } as const;

describe("threshold explanations", () => {
  it("a met target: the actual, the target and the direction; no tolerance", () => {
    expect(explain(pct(0.9), pct(0.92))).toEqual({
      kind: "threshold",
      status: "green",
      actual: { amount: percent(0.92), asWritten: null },
      reference: { kind: "target", amount: percent(0.9), relativeTo: null },
      direction: "higher",
      position: "meets",
      tolerance: null,
    });
  });

  it("yellow names the tolerance it is within; red beyond it names it too", () => {
    expect(explain(pct(0.9), pct(0.85))).toMatchObject({ status: "yellow", position: "worse", tolerance: relative });
    expect(explain(pct(0.9), pct(0.61))).toMatchObject({
      status: "red",
      position: "beyond-tolerance",
      tolerance: relative,
    });
    expect(explain(pct(0.9), pct(0.8), "higher", absoluteRule(0.05))).toMatchObject({
      position: "beyond-tolerance",
      tolerance: { kind: "absolute", value: 0.05 },
    });
  });

  it("a zero tolerance gives red on the worse side without naming one", () => {
    expect(explain(num(0), num(0.01), "lower")).toMatchObject({ status: "red", position: "worse", tolerance: null });
  });

  it("strict targets: better when beyond, on-edge when exactly on it", () => {
    expect(explain(num(5, null, lowerStrict), num(4.99), "lower")).toMatchObject({
      status: "green",
      position: "better",
      direction: "lower",
    });
    expect(explain(num(5, null, lowerStrict), num(5), "lower")).toMatchObject({
      status: "yellow",
      position: "on-edge",
    });
    expect(explain(num(0, null, higherStrict), num(0))).toMatchObject({ status: "red", position: "on-edge" });
  });

  it("a bare actual borrows the target's unit; a converted one keeps what was written", () => {
    expect(explain(num(14, "dagar", lowerOrEqual), num(12.4), "lower")).toMatchObject({
      actual: { amount: amount(12.4, "dagar"), asWritten: null },
    });
    const converted = evaluateIndicator({
      target: num(37.8, "mkr"),
      actual: num(30, "mkr"),
      baseline: null,
      direction: "higher",
      rule: standardRule,
      actualAsWritten: "30 000 tkr",
    }).explanation;
    expect(converted).toMatchObject({ actual: { amount: amount(30, "mkr"), asWritten: "30 000 tkr" } });
  });

  it("a baseline target compares with the Jämförelsevärde and its year", () => {
    const target = baseline("Lägre än 2020", "2020", "lower", true);
    expect(explain(target, num(12), "lower", standardRule, num(14))).toMatchObject({
      status: "green",
      reference: { kind: "baseline", amount: amount(14), ref: "2020" },
    });
  });

  it("a stated change moves the baseline: the moved target, the change, the side and the baseline", () => {
    const change = baseline("Minska med 10 % jämfört med 2019", "2019", "lower", false, { value: 0.1, percent: true });
    expect(explain(change, num(199), "lower", standardRule, num(200))).toMatchObject({
      status: "red",
      reference: {
        kind: "baseline-change",
        amount: amount(180),
        change: { value: 0.1, percent: true },
        towards: "lower",
        baseline: amount(200),
        ref: "2019",
      },
    });
  });
});

describe("range, yes/no and missing explanations", () => {
  it("a range: the side and whether the tolerance was passed", () => {
    const target = range(0.8, 0.9, true);
    const r = { low: 0.8, high: 0.9, percent: true, unit: null };
    expect(explain(target, pct(0.85))).toMatchObject({ kind: "range", status: "green", side: "inside", range: r });
    expect(explain(target, pct(0.75))).toMatchObject({
      status: "yellow",
      side: "below",
      beyondTolerance: false,
      tolerance: relative,
    });
    expect(explain(target, pct(0.995))).toMatchObject({ status: "red", side: "above", beyondTolerance: true });
  });

  it("yes/no: both texts, and how a number was counted", () => {
    const target = yesno("Genomfört ja/nej", "yes");
    expect(explain(target, yesno("Pågår", "ongoing"))).toEqual({
      kind: "yesno",
      status: "yellow",
      target: "Genomfört ja/nej",
      actual: "Pågår",
      countedAs: null,
    });
    expect(explain(target, num(0))).toMatchObject({ status: "red", actual: "0", countedAs: "no" });
  });

  it("missing: the reason and the text that caused it", () => {
    expect(explain(pct(0.5), unreadable("ca hälften"))).toEqual({
      kind: "missing",
      reason: "actual-unreadable",
      text: "ca hälften",
    });
    expect(explain(unreadable("se bilaga"), pct(0.5))).toEqual({
      kind: "missing",
      reason: "target-unreadable",
      text: "se bilaga",
    });
    expect(explain(baseline("Lägre än 2020", "2020", "lower", true), num(12), "lower")).toEqual({
      kind: "missing",
      reason: "baseline-missing",
      target: "Lägre än 2020",
    });
    expect(explain(pct(0.9), yesno("Ja", "yes"))).toEqual({
      kind: "missing",
      reason: "incomparable",
      actual: "Ja",
      against: { kind: "reference", reference: { kind: "target", amount: percent(0.9), relativeTo: null } },
    });
  });
});

describe("roll-up explanations", () => {
  const medel: RollupRule = { method: "medel", green: 0.75, red: 0.25, yellowScore: 0.5 };
  const sämsta: RollupRule = { ...medel, method: "sämsta" };
  const MÅL = GENERIC_WORDS.goal;

  it("counts, the children's level and word, and what decided", () => {
    expect(rollup(["green", "green", "red", "red", "red"], andel, MÅL, "goal").explanation).toEqual({
      kind: "rollup",
      status: "yellow",
      method: "andel",
      counts: { green: 2, yellow: 0, red: 3, missing: 0 },
      childLevel: "goal",
      childWord: MÅL,
      decision: { by: "mean", mean: 0.4 },
    });
    expect(rollup(["green", "green", "green", "red"], andel, MÅL, "goal").explanation).toMatchObject({
      status: "green",
      decision: { by: "share", share: 0.75 },
    });
    expect(rollup(["green", "yellow"], sämsta, MÅL, "goal").explanation).toMatchObject({
      status: "yellow",
      method: "sämsta",
      decision: { by: "worst" },
    });
  });

  it("no children, or none assessed: missing with the count", () => {
    expect(rollup([], andel, MÅL, "goal").explanation).toEqual({
      kind: "missing",
      reason: "no-children",
      childLevel: "goal",
      childWord: MÅL,
    });
    expect(rollup(["missing", "missing"], andel, MÅL, "goal").explanation).toMatchObject({
      reason: "children-missing",
      count: 2,
    });
  });
});

describe("explanations the evaluation adds", () => {
  const evaluation = evaluateWorkbook(
    workbook(
      sheet("Plan", [
        ["Nivå", "Namn", "Målvärde", "Utfall augusti", "Bedömning", "Status"],
        ["Plan", "Tom plan", null, null, null, null],
        ["Plan", "Planen", null, null, null, null],
        ["Mål", "Trygg vård", null, null, null, null],
        ["Mätetal", "Andel nöjda", "90 %", "61 %", "Grön", null],
        ["Mätetal", "Inget utfall", "90 %", null, null, null],
        ["Mätetal", "Utan målvärde", null, "5", null, null],
        ["Mätetal", "Ledtid", "14 dagar", "80 %", null, null],
        ["Mål", "Tomt mål", null, null, null, null],
      ]),
    ),
    { period: null },
  );

  it("a manual assessment, with what the data says when it differs", () => {
    expect(row(evaluation, "Andel nöjda").explanation).toEqual({ kind: "manual", status: "green", computed: "red" });
  });

  it("what a measured row lacks", () => {
    expect(row(evaluation, "Inget utfall").explanation).toEqual({
      kind: "missing",
      reason: "no-actual",
      column: "Utfall augusti",
    });
    expect(row(evaluation, "Utan målvärde").explanation).toEqual({ kind: "missing", reason: "no-target" });
    expect(row(evaluation, "Ledtid").explanation).toEqual({
      kind: "missing",
      reason: "unit-mismatch",
      actualUnit: "%",
      targetUnit: "dagar",
      against: "target",
    });
    expect(row(evaluation, "Tomt mål").explanation).toEqual({ kind: "missing", reason: "goal-without-measures" });
  });

  it("a plan without goals is red, said as such", () => {
    expect(evaluation.plans.find((p) => p.name === "Tom plan")?.explanation).toEqual({
      kind: "empty-plan",
      status: "red",
    });
  });
});

import { GENERIC_WORDS, levelWord, type LevelWord } from "../../../src/domain/level-words";
import { renderExplanation } from "../../../src/domain/i18n/explanations";
import { rollup as rollupData } from "../../../src/domain/status/rollup";
import type { RollupRule } from "../../../src/domain/rules/types";
import type { Status } from "../../../src/domain/status/statuses";
import { andel } from "./values";

const medel: RollupRule = { method: "medel", green: 0.75, red: 0.25, yellowScore: 0.5 };
const sämsta: RollupRule = { method: "sämsta", green: 0.75, red: 0.25, yellowScore: 0.5 };

const MÅL = GENERIC_WORDS.goal;
const MÄTETAL = GENERIC_WORDS.indicator;
const FRAMGÅNGSFAKTOR = levelWord("Framgångsfaktor") as LevelWord;
const INDIKATOR = levelWord("Indikator") as LevelWord;

/** The roll-up with its explanation in the JSON report's Swedish words; explanation.test.ts asserts the data. */
function rollup(children: readonly Status[], rule: RollupRule, word: LevelWord) {
  const outcome = rollupData(children, rule, word, word === MÅL ? "goal" : "indicator");
  return { ...outcome, explanation: renderExplanation(outcome.explanation, "sv") };
}

function of(spec: string): Status[] {
  const map: Record<string, Status> = { G: "green", Y: "yellow", R: "red", M: "missing" };
  return [...spec].map((c) => map[c] ?? "missing");
}

describe("andel (the default)", () => {
  it("2 of 5 goals met, 3 not → yellow", () => {
    const result = rollup(of("GGRRR"), andel, MÅL);
    expect(result.status).toBe("yellow");
    expect(result.explanation).toBe("2 av 5 mål uppfyllda, 3 ej uppfyllda; medelpoäng 0,40 → gul.");
  });

  it("all children yellow → yellow", () => {
    expect(rollup(of("YYYY"), andel, MÄTETAL).status).toBe("yellow");
  });

  it("exactly 75 % green → green", () => {
    const result = rollup(of("GGGR"), andel, MÄTETAL);
    expect(result.status).toBe("green");
    expect(result.explanation).toBe("3 av 4 mätetal uppfyllda, 1 ej uppfyllt; minst 75 % är uppfyllda → grön.");
  });

  it("just under 75 % green is not green", () => {
    expect(rollup(of("GGGGGGGGGGGRRRR"), andel, MÄTETAL).status).toBe("yellow");
  });

  it("mean exactly 0.25 → yellow", () => {
    expect(rollup(of("YR"), andel, MÄTETAL).status).toBe("yellow");
    expect(rollup(of("GRRR"), andel, MÄTETAL).status).toBe("yellow");
  });

  it("mean below 0.25 → red", () => {
    const result = rollup(of("YRRRR"), andel, FRAMGÅNGSFAKTOR);
    expect(result.status).toBe("red");
    expect(result.explanation).toBe(
      "0 av 5 framgångsfaktorer uppfyllda, 1 delvis uppfylld, 4 ej uppfyllda; medelpoäng 0,10 → röd.",
    );
  });

  it("leaves missing children out but counts them", () => {
    const result = rollup(of("GGGMM"), andel, MÄTETAL);
    expect(result.status).toBe("green");
    expect(result.counts).toEqual({ green: 3, yellow: 0, red: 0, missing: 2 });
    expect(result.explanation).toBe(
      "3 av 3 mätetal uppfyllda; 2 saknar bedömning och räknas inte; minst 75 % är uppfyllda → grön.",
    );
  });

  it("all missing → missing", () => {
    const result = rollup(of("MMM"), andel, MÄTETAL);
    expect(result.status).toBe("missing");
    expect(result.explanation).toBe("Alla 3 mätetal saknar bedömning.");
  });

  it("no children → missing", () => {
    expect(rollup([], andel, MÅL)).toEqual({
      status: "missing",
      counts: { green: 0, yellow: 0, red: 0, missing: 0 },
      explanation: "Inga mål att väga samman.",
    });
  });

  it("uses the rule's yellow score", () => {
    const harsh: RollupRule = { ...andel, yellowScore: 0.1 };
    expect(rollup(of("YYYY"), harsh, MÅL).status).toBe("red");
  });
});

describe("medel", () => {
  it.each([
    ["GGGY", "green"], // 0.875
    ["GGYY", "green"], // 0.75, exactly on the threshold
    ["GYYR", "yellow"], // 0.5
    ["GRRR", "yellow"], // 0.25, exactly on the red threshold
    ["YRRRR", "red"], // 0.1
  ] as const)("%s → %s", (children, status) => {
    expect(rollup(of(children), medel, MÅL).status).toBe(status);
  });

  it("differs from andel where the share of greens is low but the mean high", () => {
    expect(rollup(of("GGYY"), andel, MÅL).status).toBe("yellow");
    expect(rollup(of("GGYY"), medel, MÅL).status).toBe("green");
  });
});

describe("sämsta", () => {
  it.each([
    ["GGGG", "green"],
    ["GGGY", "yellow"],
    ["GGYR", "red"],
    ["GGMM", "green"],
    ["MM", "missing"],
  ] as const)("%s → %s", (children, status) => {
    expect(rollup(of(children), sämsta, MÅL).status).toBe(status);
  });

  it("explains", () => {
    expect(rollup(of("GY"), sämsta, MÅL).explanation).toBe(
      "1 av 2 mål uppfyllt, 1 delvis uppfyllt; sämsta bedömning: delvis uppfyllt → gul.",
    );
  });
});

describe("Swedish agreement in the explanation", () => {
  it("agrees with one en-word and with the count of all", () => {
    expect(rollup(of("GR"), andel, INDIKATOR).explanation).toBe(
      "1 av 2 indikatorer uppfylld, 1 ej uppfylld; medelpoäng 0,50 → gul.",
    );
  });

  it("uses the singular for a single child", () => {
    expect(rollup(of("G"), andel, INDIKATOR).explanation).toBe(
      "1 av 1 indikator uppfylld; minst 75 % är uppfyllda → grön.",
    );
    expect(rollup(of("M"), andel, INDIKATOR).explanation).toBe("1 indikator saknar bedömning.");
  });
});

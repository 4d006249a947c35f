import fc from "fast-check";
import type { StatusCounts } from "../../../src/domain/status/statuses";
import { GENERIC_WORDS, levelWord, type LevelWord } from "../../../src/domain/level-words";
import { summarySentence } from "../../../src/domain/summary/sentence";

const counts = (green: number, yellow: number, red: number, missing: number): StatusCounts => ({
  green,
  yellow,
  red,
  missing,
});
const w = (text: string): LevelWord => {
  const found = levelWord(text);
  if (!found) throw new Error(`no word ${text}`);
  return found;
};

describe("the one-sentence summary", () => {
  it("reads like the seeds for the whole workbook", () => {
    expect(summarySentence(counts(7, 29, 4, 1), w("Framgångsfaktor"), { definite: true })).toBe(
      "Av de 41 framgångsfaktorerna är 7 uppfyllda, 29 delvis uppfyllda och 4 ej uppfyllda; 1 saknar bedömning.",
    );
  });

  it("is indefinite for a part of the workbook", () => {
    expect(summarySentence(counts(7, 29, 4, 1), w("Framgångsfaktor"), { definite: false })).toBe(
      "Av 41 framgångsfaktorer är 7 uppfyllda, 29 delvis uppfyllda och 4 ej uppfyllda; 1 saknar bedömning.",
    );
  });

  it("agrees a single count with an ett-word", () => {
    expect(summarySentence(counts(1, 1, 1, 0), GENERIC_WORDS.goal, { definite: false })).toBe(
      "Av 3 mål är 1 uppfyllt, 1 delvis uppfyllt och 1 ej uppfyllt.",
    );
  });

  it("agrees a single count with an en-word", () => {
    expect(summarySentence(counts(1, 2, 1, 0), w("Indikator"), { definite: false })).toBe(
      "Av 4 indikatorer är 1 uppfylld, 2 delvis uppfyllda och 1 ej uppfylld.",
    );
  });

  it("leaves out statuses nobody has", () => {
    expect(summarySentence(counts(5, 0, 2, 0), GENERIC_WORDS.indicator, { definite: false })).toBe(
      "Av 7 mätetal är 5 uppfyllda och 2 ej uppfyllda.",
    );
    expect(summarySentence(counts(4, 0, 0, 1), GENERIC_WORDS.indicator, { definite: false })).toBe(
      "Av 5 mätetal är 4 uppfyllda; 1 saknar bedömning.",
    );
  });

  it("speaks of the only one when there is one", () => {
    expect(summarySentence(counts(1, 0, 0, 0), w("Framgångsfaktor"), { definite: false })).toBe(
      "Den enda framgångsfaktorn är uppfylld.",
    );
    expect(summarySentence(counts(0, 0, 0, 1), GENERIC_WORDS.indicator, { definite: true })).toBe(
      "Det enda mätetalet saknar bedömning.",
    );
    expect(summarySentence(counts(0, 1, 0, 0), w("Aktivt mål"), { definite: false })).toBe(
      "Det enda aktiva målet är delvis uppfyllt.",
    );
  });

  it("says both for two alike", () => {
    expect(summarySentence(counts(0, 0, 2, 0), w("Indikator"), { definite: false })).toBe(
      "Båda indikatorerna är ej uppfyllda.",
    );
  });

  it("says all when every one is alike", () => {
    expect(summarySentence(counts(8, 0, 0, 0), w("Aktivt mål"), { definite: false })).toBe(
      "Alla 8 aktiva mål är uppfyllda.",
    );
    expect(summarySentence(counts(8, 0, 0, 0), w("Aktivt mål"), { definite: true })).toBe(
      "Alla de 8 aktiva målen är uppfyllda.",
    );
    expect(summarySentence(counts(0, 0, 0, 4), GENERIC_WORDS.indicator, { definite: false })).toBe(
      "Alla 4 mätetal saknar bedömning.",
    );
  });

  it("says so when there is nothing to count", () => {
    expect(summarySentence(counts(0, 0, 0, 0), GENERIC_WORDS.indicator, { definite: true })).toBe(
      "Det finns inga mätetal att redovisa.",
    );
  });

  it("mentions every non-zero count once, never a zero, and adds up", () => {
    const n = fc.nat({ max: 60 });
    fc.assert(
      fc.property(n, n, n, n, fc.boolean(), (g, y, r, m, definite) => {
        const sentence = summarySentence(counts(g, y, r, m), w("Framgångsfaktor"), { definite });
        expect(sentence).toMatch(/^[A-ZÅÄÖ].*\.$/);
        expect(sentence).not.toMatch(/\b0 /);
        const total = g + y + r + m;
        if (sentence.startsWith("Av ")) {
          const numbers = [...sentence.matchAll(/\d+/g)].map((x) => Number(x[0]));
          expect(numbers[0]).toBe(total);
          expect(numbers.slice(1).reduce((a, b) => a + b, 0)).toBe(total);
        }
      }),
    );
  });
});

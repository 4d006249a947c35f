/**
 * The value reader's patterns carry no lookbehind (WebKit before 16.4, the engine of Excel on older Macs, cannot parse a
 * bundle holding one); their left edges are checked in code instead. These tests hold the code to the lookbehind
 * patterns it replaced, which Node still runs: the same matches on every string.
 */
import fc from "fast-check";
import { DATE, dateEndAt, NUMBER, numberLengthAt } from "../../../src/domain/values/number-tokens";
import { replaceTargetForms, YES_IS_TARGET } from "../../../src/domain/values/yes-no";
import { readValue } from "../../../src/domain/values/read-value";

const OLD_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}_])${NUMBER.source}`, "uy");
const OLD_DATE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE.source}`, "uy");
const OLD_YES_IS_TARGET = new RegExp(`(?<![\\p{L}\\p{N}])${YES_IS_TARGET.source}`, "gu");

function oldLength(pattern: RegExp, text: string, i: number): number {
  pattern.lastIndex = i;
  const m = pattern.exec(text);
  return m === null ? 0 : m[0].length;
}

/** Strings made of the pieces where the left edge matters: letters (also å, ö and beyond the BMP), digits, "_", separators. */
const PIECES = "1 2 5 90 2021 - / . , _ m x T CO å ö ² ٣ 𝟘 𝐀 noll ja yes nej no eller maj april % kr".split(" ");
const piece = fc.constantFrom(...PIECES, " ");
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("patterns without lookbehind", () => {
  it("contain no lookbehind", () => {
    for (const pattern of [NUMBER, DATE, YES_IS_TARGET]) expect(pattern.source).not.toMatch(/\(\?<[=!]/);
  });

  it("find the same numbers as the lookbehind pattern at every position", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i < s.length; i++) {
          const code = s.charCodeAt(i);
          const isDigit = code >= 0x30 && code <= 0x39;
          if (!isDigit && !s.startsWith("noll", i)) continue;
          expect([s, i, numberLengthAt(s, i, code)]).toEqual([s, i, oldLength(OLD_NUMBER, s, i)]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("find the same dates as the lookbehind pattern at every digit", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let i = 0; i < s.length; i++) {
          const code = s.charCodeAt(i);
          if (code < 0x30 || code > 0x39) continue;
          expect([s, i, dateEndAt(s, i) - i]).toEqual([s, i, oldLength(OLD_DATE, s, i)]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("replace the same yes/no target forms as the lookbehind pattern", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(replaceTargetForms(s)).toBe(s.replace(OLD_YES_IS_TARGET, " "));
      }),
      { numRuns: 3000 },
    );
    expect(replaceTargetForms("genomfört ja/nej")).toBe("genomfört  ");
    expect(replaceTargetForms("xja/nej ja/nej")).toBe("xja/nej  ");
    expect(replaceTargetForms("𝐀ja/nej")).toBe("𝐀ja/nej");
  });

  it("read cells as before where a letter or numeral touches a number or a date", () => {
    const cell = (t: string) => readValue({ value: t, format: null });
    expect(cell("CO2 under 5 ton")).toMatchObject({ kind: "number", value: 5 });
    expect(cell("Minst 90 %")).toMatchObject({ kind: "percent", value: 0.9 });
    expect(cell("Ja/Nej")).toMatchObject({ kind: "boolean" });
  });
});

/**
 * The reader's and formatters' fast paths must give exactly what the plain definitions give: these pin the
 * shapes they take over (plain numbers, "1 600", "4,65", phrase matching, folding, shifting decimals) and the
 * edges where they must hand over (numerals beyond ASCII, irregular digit groups, ties at the 15th digit).
 */
import fc from "fast-check";
import type { RawCell } from "../../../src/domain/grid";
import { formatNumberSv, formatPercentSv, shiftDecimal } from "../../../src/domain/values/format";
import { readValue } from "../../../src/domain/values/read-value";
import { foldForMatching, PhraseFinder } from "../../../src/domain/values/text-match";
import type { ReadValue, YesNoWords } from "../../../src/domain/values/types";

/** shiftDecimal as defined: through the 15-significant-digit decimal text. */
function shiftByText(n: number, places: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  const [mantissa = "0", exponent = "0"] = n.toPrecision(15).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** formatNumberSv as defined: digits as text, then zeros trimmed and thousands grouped by pattern. */
function formatByText(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const decimals = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const scaled = Math.round(shiftByText(Math.abs(n), decimals));
  if (!Number.isSafeInteger(scaled)) return String(n).replace(".", ",");
  const digits = String(scaled);
  if (/^0*$/.test(digits)) return "0";
  const padded = digits.padStart(decimals + 1, "0");
  const intPart = padded.slice(0, padded.length - decimals);
  const fraction = padded.slice(padded.length - decimals).replace(/0+$/, "");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 ? "-" : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/** Doubles a few steps away from x. */
function neighbours(x: number, steps: number): number[] {
  const buffer = new Float64Array(1);
  const bits = new BigInt64Array(buffer.buffer);
  const out: number[] = [];
  for (let d = -steps; d <= steps; d++) {
    buffer[0] = x;
    bits[0] = (bits[0] ?? 0n) + BigInt(d);
    out.push(buffer[0] ?? x);
  }
  return out;
}

const awkward: number[] = [
  ...[-8, -7, -6, -2, -1, 0, 1, 2, 14, 15, 16].flatMap((e) => neighbours(10 ** e, 3)),
  0.1 + 0.2,
  0.07,
  1.005,
  2.675,
  0.615,
  4.35,
  8.345,
  1 - 2 ** -53, // the double below 1
  10 - 2 ** -49, // the double below 10
  123456789012345,
  Number.MAX_SAFE_INTEGER,
  Number.EPSILON,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
];

describe("shiftDecimal is the decimal-text shift", () => {
  it.each(awkward.flatMap((n) => [n, -n]))("%p", (n) => {
    for (const places of [-4, -2, 0, 2, 4, 14, 23]) expect(shiftDecimal(n, places)).toBe(shiftByText(n, places));
  });

  it("for any double and any whole number of places", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: -25, max: 25 }), (n, places) => {
        expect(Object.is(shiftDecimal(n, places), shiftByText(n, places))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("for decimals with a 5 in the 15th digit, where rounding is closest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1e13, max: 1e14 - 1 }), fc.integer({ min: 0, max: 20 }), (m, k) => {
        const n = (m * 10 + 5) / 10 ** k;
        for (const x of neighbours(n, 1)) expect(shiftDecimal(x, 2)).toBe(shiftByText(x, 2));
      }),
    );
  });
});

describe("formatNumberSv and formatPercentSv are their text definitions", () => {
  it.each(awkward.flatMap((n) => [n, -n]))("%p", (n) => {
    for (const decimals of [0, 1, 2, 3, 6, 20]) expect(formatNumberSv(n, decimals)).toBe(formatByText(n, decimals));
    expect(formatPercentSv(n)).toBe(`${formatByText(shiftByText(n, 2))} %`);
  });

  it("for any double", () => {
    const decimals = fc.oneof(fc.integer({ min: -2, max: 22 }), fc.constantFrom(0.5, 2.7, Number.NaN));
    fc.assert(
      fc.property(fc.double(), decimals, (n, d) => {
        expect(formatNumberSv(n, d)).toBe(formatByText(n, d));
        expect(formatPercentSv(n)).toBe(
          Number.isFinite(n) ? `${formatByText(shiftByText(n, 2))} %` : `${formatByText(n)} %`,
        );
      }),
      { numRuns: 5000 },
    );
  });
});

function text(value: RawCell, words?: YesNoWords): ReadValue | null {
  return readValue({ value, format: null }, words);
}

describe("number shapes", () => {
  it.each<[string, Partial<ReadValue>]>([
    ["1 600 000,5", { kind: "number", value: 1600000.5, unit: null }],
    ["12 345,5 mkr", { kind: "number", value: 12345.5, unit: "mkr" }],
    ["1 600 kr", { kind: "number", value: 1600, unit: "kr" }],
    ["1 6000", { kind: "unparseable", reason: "several-numbers" }],
    ["1 600  000", { kind: "unparseable", reason: "several-numbers" }],
    ["1.600", { kind: "number", value: 1.6 }],
    ["1.600.000", { kind: "number", value: 1600000 }],
    ["1,600.5", { kind: "number", value: 1600.5 }],
    ["37.8", { kind: "number", value: 37.8 }],
    ["5.", { kind: "number", value: 5 }],
    ["3, 4", { kind: "unparseable", reason: "several-numbers" }],
    ["2 020", { kind: "number", value: 2020 }],
    ["noll", { kind: "number", value: 0 }],
    ["nollan", { kind: "unparseable", reason: "text" }],
    ["minus 2,5%", { kind: "percent", value: -0.025 }],
    ["- 5", { kind: "number", value: -5 }],
    ["a - 5", { kind: "number", value: 5 }],
    ["x-5", { kind: "number", value: 5 }],
    ["5 procent", { kind: "percent", value: 0.05 }],
    ["5 procenten", { kind: "number", value: 5, unit: "procenten" }],
    ["5 kr/", { kind: "number", value: 5, unit: "kr" }],
    ["5 st.", { kind: "number", value: 5, unit: "st" }],
    ["kr/år 5", { kind: "number", value: 5, unit: null }],
  ])("%j", (value, expected) => {
    expect(text(value)).toMatchObject(expected);
  });

  it("numerals beyond ASCII stop a number as the pattern does", () => {
    // U+1D7CE is a mathematical digit zero: a numeral, though not a \d.
    expect(text("3\u{1D7CE}5")).toMatchObject({ kind: "unparseable", reason: "text" });
    expect(text("5²")).toMatchObject({ kind: "unparseable", reason: "text" });
    expect(text("4,65²")).toMatchObject({ kind: "number", value: 4 });
  });

  it("a year written with a thousands space is still a year", () => {
    expect(text("Lägre än 2 020")).toMatchObject({ kind: "baseline", ref: "2020" });
    expect(text("Jämfört med år 2019")).toMatchObject({ kind: "baseline", ref: "2019" });
  });

  it("dates are found wherever they begin", () => {
    expect(text("_2021-03-31")).toMatchObject({ kind: "unparseable", reason: "date" });
    expect(text("30 april 2021")).toMatchObject({ kind: "unparseable", reason: "date" });
    expect(text("2021-03 %")).toMatchObject({ kind: "percent", value: 0.03 });
  });
});

describe("phrases", () => {
  it("a phrase that runs on into a word gives up its place", () => {
    expect(text("Minskar")).toMatchObject({ kind: "baseline", comparison: { direction: "lower", strict: true } });
    expect(text("minskarna 5")).toMatchObject({ kind: "number", value: 5, comparison: null });
  });

  it("spaces in a phrase match any run of whitespace, and the longest phrase wins", () => {
    expect(text("13 % eller\u00a0 lägre")).toMatchObject({ comparison: { direction: "lower", strict: false } });
    expect(text("13 % eller lägre än så")).toMatchObject({ comparison: { direction: "lower", strict: false } });
    expect(text("lägre än fg. år")).toMatchObject({ kind: "baseline", ref: "föregående år" });
  });

  it("prefers the longest phrase, then the first listed, and never starts inside a word", () => {
    const finder = new PhraseFinder<string>([
      ["ab", "first ab"],
      ["AB", "second ab"],
      ["ab cd", "ab cd"],
      ["b", "b"],
      ["<", "lt"],
      ["<=", "le"],
    ]);
    expect(finder.findAll("ab  cd ab xab b <= <")).toEqual([
      { start: 0, end: 6, entry: "ab cd" },
      { start: 7, end: 9, entry: "first ab" },
      { start: 14, end: 15, entry: "b" },
      { start: 16, end: 18, entry: "le" },
      { start: 19, end: 20, entry: "lt" },
    ]);
  });
});

describe("foldForMatching", () => {
  it.each<[string, string]>([
    ["Högst 5 %", "högst 5 %"],
    ["90\u00a0%", "90 %"],
    ["80\u201390", "80-90"],
    ["≦ \u2264 5", "≦ ≤ 5"],
    ["İ", "İ"],
    ["ΣΑ", "σα"],
    ["\u{10400}x", "\u{10428}x"],
    ["a\ud800b", "a\ud800b"],
  ])("%j keeps its length and folds to %j", (raw, folded) => {
    expect(foldForMatching(raw)).toBe(folded);
    expect(foldForMatching(raw)).toHaveLength(raw.length);
  });

  it("returns an already folded text as it is", () => {
    const raw = "minst 90 %";
    expect(foldForMatching(raw)).toBe(raw);
  });
});

describe("rule words", () => {
  it("the same words in new lists read the same", () => {
    expect(text("fixat", { yes: ["fixat"], ongoing: [], no: [] })).toMatchObject({ kind: "boolean", state: "yes" });
    expect(text("fixat", { yes: ["fixat"], ongoing: [], no: [] })).toMatchObject({ kind: "boolean", state: "yes" });
    expect(text("fixat", { yes: [], ongoing: ["fixat"], no: [] })).toMatchObject({ state: "ongoing" });
  });

  it("a list changed between cells is read as it now stands", () => {
    const yes = ["fixat"];
    const words: YesNoWords = { yes, ongoing: [], no: [] };
    expect(text("fixat", words)).toMatchObject({ kind: "boolean", state: "yes" });
    yes[0] = "gjort";
    expect(text("fixat", words)).toMatchObject({ kind: "unparseable", reason: "text" });
    expect(text("gjort", words)).toMatchObject({ kind: "boolean", state: "yes" });
  });
});

import fc from "fast-check";
import type { CellContent, RawCell } from "../../../src/domain/grid";
import { directionFromName, parseDirectionCell } from "../../../src/domain/values/direction";
import { formatNumberSv, formatPercentSv } from "../../../src/domain/values/format";
import { readValue } from "../../../src/domain/values/read-value";
import { reconcileScale } from "../../../src/domain/values/scale";
import { READ_VALUE_KINDS, type ReadValue } from "../../../src/domain/values/types";

/** Everything a ReadValue promises, checked without trusting the reader's own types. */
function isWellFormed(v: ReadValue | null): boolean {
  if (v === null) return true;
  if (!(READ_VALUE_KINDS as readonly string[]).includes(v.kind)) return false;
  if (typeof v.text !== "string") return false;
  switch (v.kind) {
    case "number":
    case "percent":
      return Number.isFinite(v.value) && !Object.is(v.value, -0);
    case "range":
      return Number.isFinite(v.value) && Number.isFinite(v.high) && v.value <= v.high;
    case "boolean":
      return v.value === (v.state === "yes" ? true : v.state === "no" ? false : null);
    case "baseline":
      return v.value === null && typeof v.ref === "string";
    case "unparseable":
    case "not-measured":
      return v.value === null;
    // A crash inside the reader is a bug: no input may cause one.
    case "internal-error":
      return false;
  }
}

/** Words and signs the reader looks for, so that random text often hits its interesting paths. */
const vocabulary = fc.constantFrom(
  "90",
  "1 600",
  "4,65",
  "1.600.000",
  "2020",
  "%",
  "-",
  "–",
  "−",
  "minus",
  "<",
  "≥",
  "<=",
  "minst",
  "högst",
  "under",
  "eller lägre",
  "lägre än",
  "jämfört med",
  "fg år",
  "till",
  "mellan",
  "och",
  "inom",
  "dagar",
  "mkr",
  "tkr",
  "tusen",
  "kr",
  "veckor",
  "procentenheter",
  "ej mätt",
  "saknas",
  "n/a",
  "ja/nej",
  "Ej",
  "genomförd",
  "pågår",
  "x",
  "öka",
  "inte minska",
  "noll",
  "2021-03-31",
  " ",
  "\u00a0",
  "\u202f",
);
const sentence = fc.array(vocabulary, { maxLength: 8 }).map((words) => words.join(" "));

const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  sentence,
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.boolean(),
  fc.constant(null),
  fc.string().map((error) => ({ error })),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }),
);

const formatString: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("General", "0%", "yyyy-mm-dd", '# ##0 "mkr"', "[$kr-41D]", "[h]:mm", '0.0" dagar"', '"', "[", "\\"),
);

describe("readValue never throws", () => {
  it("on arbitrary cells and formats", () => {
    fc.assert(
      fc.property(rawCell, formatString, (value, format) => {
        expect(isWellFormed(readValue({ value, format }))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("on arbitrary text with arbitrary rule words", () => {
    const words = fc.array(fc.string({ unit: "binary" }), { maxLength: 3 });
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ unit: "binary" })), words, words, words, (text, yes, ongoing, no) => {
        expect(isWellFormed(readValue({ value: text, format: null }, { yes, ongoing, no }))).toBe(true);
      }),
    );
  });

  it("on things that are not cells at all", () => {
    const junk = [undefined, {}, [], { value: {} }, { value: [] }, { value: Symbol("x") }, { value: 1n }];
    for (const cell of junk) {
      expect(isWellFormed(readValue(cell as unknown as CellContent))).toBe(true);
    }
  });

  it("an internal failure is its own loud result, not unreadable text", () => {
    // A cell whose value cannot even be looked at stands in for a bug inside the reader.
    const broken = {
      get value(): never {
        throw new Error("kaputt");
      },
    } as unknown as CellContent;
    expect(readValue(broken)).toEqual({
      kind: "internal-error",
      value: null,
      unit: null,
      text: "",
      message: "kaputt",
      comparison: null,
    });
    expect(isWellFormed(readValue(broken))).toBe(false);
  });

  it("reads date serials with date formats as dates", () => {
    const dateFormat = fc.constantFrom("yyyy-mm-dd", "d/m/yyyy", "dd mmm yyyy", "[$-41D]d mmmm yyyy", "h:mm", "m/d/yy");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2_958_465, noNaN: true }), dateFormat, (serial, format) => {
        expect(readValue({ value: serial, format })).toMatchObject({ kind: "unparseable", reason: "date" });
      }),
    );
  });

  it("reads cell errors as cell errors", () => {
    fc.assert(
      fc.property(fc.string(), (error) => {
        expect(readValue({ value: { error }, format: null })).toMatchObject({
          kind: "unparseable",
          reason: "cell-error",
        });
      }),
    );
  });
});

describe("round trips through Swedish text", () => {
  it("formatNumberSv of an integer reads back as that integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(readValue({ value: formatNumberSv(n), format: null })).toMatchObject({ kind: "number", value: n });
      }),
    );
  });

  it("formatNumberSv of a decimal reads back within its rounding", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const back = readValue({ value: formatNumberSv(n), format: null });
        expect(back?.kind).toBe("number");
        expect(Math.abs((back?.value as number) - n)).toBeLessThanOrEqual(0.005 + Math.abs(n) * 1e-12);
      }),
    );
  });

  it("formatPercentSv of a fraction reads back as that fraction within its rounding", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (fraction) => {
        const back = readValue({ value: formatPercentSv(fraction), format: null });
        expect(back?.kind).toBe("percent");
        expect(Math.abs((back?.value as number) - fraction)).toBeLessThanOrEqual(0.00005 + Math.abs(fraction) * 1e-12);
      }),
    );
  });

  it("a numeric cell's text reads back as its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(null, "General", "# ##0"), (n, format) => {
        const first = readValue({ value: n, format });
        expect(readValue({ value: first?.text ?? "", format: null })).toMatchObject({ kind: "number", value: n });
      }),
    );
  });

  it("whole percents read back exactly, with or without a space", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom("", " ", "\u00a0"), (p, space) => {
        expect(readValue({ value: `${p}${space}%`, format: null })).toMatchObject({
          kind: "percent",
          value: p / 100,
        });
      }),
    );
  });
});

describe("direction and scale never throw", () => {
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ unit: "binary" })), (text) => {
        expect([null, "higher", "lower"]).toContain(directionFromName(text));
        expect([null, "higher", "lower", "yesno"]).toContain(parseDirectionCell(text));
      }),
    );
  });

  it("reconciling two arbitrary values keeps the value well formed", () => {
    const value = fc.tuple(rawCell, formatString).map(([v, f]) => readValue({ value: v, format: f }));
    fc.assert(
      fc.property(value, value, (target, actual) => {
        if (target === null || actual === null) return;
        const result = reconcileScale(target, actual);
        expect(isWellFormed(result.actual)).toBe(true);
        if (!result.reinterpreted) expect(result.actual).toBe(actual);
      }),
    );
  });
});

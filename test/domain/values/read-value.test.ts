import type { CellContent, RawCell } from "../../../src/domain/grid";
import { readValue } from "../../../src/domain/values/read-value";
import type { Comparison, ReadValue } from "../../../src/domain/values/types";

/** A cell as a spreadsheet holds it: a value and, for numbers, the number format Excel shows it with. */
function cell(value: RawCell, format: string | null = null): CellContent {
  return { value, format };
}

const lower = (strict: boolean): Comparison => ({ direction: "lower", strict });
const higher = (strict: boolean): Comparison => ({ direction: "higher", strict });

describe("empty cells", () => {
  it.each<[RawCell]>([[null], [""], ["   "], ["\u00a0"], ["\t\n"], ["-"], ["–"]])("%j is empty", (value) => {
    expect(readValue(cell(value))).toBeNull();
  });
});

describe("Excel numbers", () => {
  it.each<[number, string | null, Partial<ReadValue>]>([
    [42, null, { kind: "number", value: 42, unit: null, text: "42" }],
    [203.5, "General", { kind: "number", value: 203.5, unit: null, text: "203,5" }],
    [1600, "# ##0", { kind: "number", value: 1600, unit: null, text: "1 600" }],
    [-0, null, { kind: "number", value: 0, text: "0" }],
    [0.9, "0%", { kind: "percent", value: 0.9, unit: null, text: "90 %" }],
    [0.045, "0.0 %", { kind: "percent", value: 0.045, text: "4,5 %" }],
    [-0.007, "0.0%;-0.0%", { kind: "percent", value: -0.007, text: "-0,7 %" }],
    [37.8, '# ##0,0 "mkr"', { kind: "number", value: 37.8, unit: "mkr", text: "37,8 mkr" }],
    [12.4, '0.0" dagar"', { kind: "number", value: 12.4, unit: "dagar", text: "12,4 dagar" }],
    [1600, "[$kr-41D] #,##0", { kind: "number", value: 1600, unit: "kr", text: "1 600 kr" }],
    [90, '0 "%"', { kind: "percent", value: 0.9, text: "90 %" }],
    // fast-check found it: a literal-percent cell holding the smallest negative double shifts to -0, not 0.
    [-5e-324, "\\%", { kind: "percent", value: 0, text: "0 %" }],
    [5, "0.00E+00", { kind: "number", value: 5 }],
  ])("%p formatted %p", (value, format, expected) => {
    expect(readValue(cell(value, format))).toMatchObject(expected);
  });

  it.each<[number, string, string]>([
    [44286, "yyyy-mm-dd", "2021-03-31"],
    [44286, "d/m/yyyy", "2021-03-31"],
    [44286, "[$-41D]d mmmm yyyy", "2021-03-31"],
    [44286, "ÅÅÅÅ-MM-DD", "2021-03-31"],
    [44286.5, "yyyy-mm-dd hh:mm", "2021-03-31 12:00"],
    [0.25, "h:mm", "06:00"],
  ])("serial %p with the date format %p is a date, not a number", (value, format, text) => {
    expect(readValue(cell(value, format))).toEqual({
      kind: "unparseable",
      reason: "date",
      value: null,
      unit: null,
      text,
      comparison: null,
    });
  });

  it("shows small numbers with enough decimals to see them", () => {
    expect(readValue(cell(0.0123))).toMatchObject({ value: 0.0123, text: "0,0123" });
  });

  it.each<[number]>([[NaN], [Infinity], [-Infinity]])("%p cannot be read", (value) => {
    expect(readValue(cell(value))).toMatchObject({ kind: "unparseable", reason: "text" });
  });
});

describe("text numbers (SPEC §2)", () => {
  it.each<[string, Partial<ReadValue>]>([
    // decimal comma and point
    ["203,5", { kind: "number", value: 203.5, unit: null }],
    ["4,65", { kind: "number", value: 4.65 }],
    ["4.6", { kind: "number", value: 4.6 }],
    // thousands: space, no-break space, narrow no-break space
    ["1 600", { kind: "number", value: 1600 }],
    ["30 000", { kind: "number", value: 30000 }],
    ["30\u00a0000", { kind: "number", value: 30000 }],
    ["1\u202f600", { kind: "number", value: 1600 }],
    ["1 600,5", { kind: "number", value: 1600.5 }],
    // a single point is a decimal point; repeated groups are thousands
    ["1.600", { kind: "number", value: 1.6 }],
    ["1.600.000", { kind: "number", value: 1600000 }],
    ["1.600,5", { kind: "number", value: 1600.5 }],
    ["1,600,000", { kind: "number", value: 1600000 }],
    // a decimal separator with nothing before it, as on the Regler sheet (values/number-text.ts)
    [",5", { kind: "number", value: 0.5 }],
    [".5", { kind: "number", value: 0.5 }],
    ["0,1", { kind: "number", value: 0.1 }],
    ["Minst ,5", { kind: "number", value: 0.5 }],
    // ... but not a page or list number after a letter or digit
    ["s.5", { kind: "number", value: 5 }],
    // the text field keeps what was typed
    ["  203,5 ", { text: "203,5" }],
  ])("%j", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });
});

describe("percent and minus", () => {
  it.each<[string, number]>([
    ["90 %", 0.9],
    ["90%", 0.9],
    ["90\u00a0%", 0.9],
    ["-0,7 %", -0.007],
    ["−0,7 %", -0.007],
    ["–0,7 %", -0.007],
    ["Minus 2,5%", -0.025],
    ["minus 2,5 %", -0.025],
    ["5,8 % helår", 0.058],
    ["90 % inom 30 dagar", 0.9],
    ["Minst 90 procent", 0.9],
    ["10 procent", 0.1],
    ["10 %", 0.1],
    [",5 %", 0.005],
    ["Ligga på 90 %", 0.9],
  ])("%j is the fraction %p", (text, fraction) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "percent", value: fraction, unit: null });
  });

  it.each<[string, number]>([
    ["-5", -5],
    ["−5", -5],
    ["– 5", -5],
    ["< -5", -5],
  ])("%j is negative", (text, value) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "number", value });
  });
});

describe("units after the number", () => {
  it.each<[string, number, string]>([
    ["37,8 mkr", 37.8, "mkr"],
    ["203,5 kWh/m2", 203.5, "kWh/m2"],
    ["12,4 dagar", 12.4, "dagar"],
    ["867 ton", 867, "ton"],
    ["15 st", 15, "st"],
    ["2 500 kr", 2500, "kr"],
    ["37,8mkr", 37.8, "mkr"],
    ["Max 30 dagar", 30, "dagar"],
  ])("%j is %p %s", (text, value, unit) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "number", value, unit });
  });

  it.each<[string]>([["5 eller lägre"], ["45 inom 30 dagar"], ["Minst 5 och mer"]])(
    "%j has no unit: the word after the number is not one",
    (text) => {
      expect(readValue(cell(text))).toMatchObject({ unit: null });
    },
  );
});

describe("comparators give a direction", () => {
  it.each<[string, number, Comparison]>([
    ["<5", 5, lower(true)],
    ["< 5", 5, lower(true)],
    ["≤ 5", 5, lower(false)],
    ["<= 5", 5, lower(false)],
    ["Högst 5", 5, lower(false)],
    ["max 5", 5, lower(false)],
    ["Maximalt 5", 5, lower(false)],
    ["Under 5", 5, lower(true)],
    ["Lägre än 5", 5, lower(true)],
    ["Mindre än 5", 5, lower(true)],
    ["5 eller lägre", 5, lower(false)],
    ["5 eller mindre", 5, lower(false)],
    ["Ej över 5", 5, lower(false)],
    [">5", 5, higher(true)],
    ["≥ 5", 5, higher(false)],
    [">= 5", 5, higher(false)],
    ["Minst 5", 5, higher(false)],
    ["Över 5", 5, higher(true)],
    ["Högre än 5", 5, higher(true)],
    ["Mer än 5", 5, higher(true)],
    ["5 eller högre", 5, higher(false)],
    ["5 eller mer", 5, higher(false)],
    ["Lägst 5", 5, higher(false)],
  ])("%j", (text, value, comparison) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "number", value, comparison });
  });

  it.each<[string, Partial<ReadValue>]>([
    ["Minska till 13 % eller lägre", { kind: "percent", value: 0.13, comparison: lower(false) }],
    ["Öka till 80 %", { kind: "percent", value: 0.8, comparison: higher(false) }],
    ["Öka från 60 % till 70 %", { kind: "percent", value: 0.7, comparison: higher(false) }],
    ["Minska från 20 till 15 dagar", { kind: "number", value: 15, unit: "dagar", comparison: lower(false) }],
    ["Minst 80 % under 2022", { kind: "percent", value: 0.8, comparison: higher(false) }],
  ])("%j", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });

  it("a plain number has no comparison", () => {
    expect(readValue(cell("90 %"))).toMatchObject({ comparison: null });
  });
});

describe("ranges", () => {
  it.each<[string, Partial<ReadValue>]>([
    ["80–90 %", { kind: "range", value: 0.8, high: 0.9, percent: true, unit: null }],
    ["80-90%", { kind: "range", value: 0.8, high: 0.9, percent: true }],
    ["80 % – 90 %", { kind: "range", value: 0.8, high: 0.9, percent: true }],
    ["mellan 5 och 10", { kind: "range", value: 5, high: 10, percent: false, unit: null }],
    ["5 till 10 dagar", { kind: "range", value: 5, high: 10, unit: "dagar" }],
    ["Minst 80 % och högst 90 %", { kind: "range", value: 0.8, high: 0.9, percent: true }],
    ["80–90 % inom 30 dagar", { kind: "range", value: 0.8, high: 0.9 }],
  ])("%j", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });

  it.each<[string]>([["-0,7 %"], ["Minus 2,5%"], ["– 5"]])("%j is a negative number, not a range", (text) => {
    expect(readValue(cell(text))?.kind).not.toBe("range");
  });
});

describe("yes/no", () => {
  it.each<[RawCell, "yes" | "ongoing" | "no"]>([
    ["Ja", "yes"],
    ["ja", "yes"],
    ["JA", "yes"],
    ["Genomfört", "yes"],
    ["Genomförd", "yes"],
    ["Klar", "yes"],
    ["Klart", "yes"],
    ["Uppfyllt", "yes"],
    ["x", "yes"],
    ["X", "yes"],
    ["TRUE", "yes"],
    ["SANT", "yes"],
    [true, "yes"],
    ["Genomfört ja/nej", "yes"],
    ["Ja/Nej", "yes"],
    ["Ja-nej", "yes"],
    ["Klart 2021-06-30", "yes"],
    ["Pågår", "ongoing"],
    ["Påbörjad", "ongoing"],
    ["Delvis", "ongoing"],
    ["Pågående", "ongoing"],
    ["Delvis genomfört", "ongoing"],
    ["Nej", "no"],
    ["Ej genomförd", "no"],
    ["Ej genomfört", "no"],
    ["Inte genomförd", "no"],
    ["Ej klar", "no"],
    ["Ej", "no"],
    ["FALSE", "no"],
    ["FALSKT", "no"],
    [false, "no"],
  ])("%j is %s", (value, state) => {
    const expected = state === "yes" ? true : state === "no" ? false : null;
    expect(readValue(cell(value))).toMatchObject({ kind: "boolean", state, value: expected, unit: null });
  });

  it("takes extra words from a rule", () => {
    const words = { yes: ["levererad"], ongoing: ["på gång"], no: ["stoppad"] };
    expect(readValue(cell("Levererad"), words)).toMatchObject({ kind: "boolean", state: "yes" });
    expect(readValue(cell("På gång"), words)).toMatchObject({ kind: "boolean", state: "ongoing" });
    expect(readValue(cell("Stoppad"), words)).toMatchObject({ kind: "boolean", state: "no" });
    expect(readValue(cell("Levererad"))).toMatchObject({ kind: "unparseable", reason: "text" });
  });

  it("keeps the built-in words when a rule adds its own", () => {
    expect(readValue(cell("Ja"), { yes: ["levererad"] })).toMatchObject({ kind: "boolean", state: "yes" });
  });

  it("yes against no cannot be read", () => {
    expect(readValue(cell("Ja, nej"))).toMatchObject({ kind: "unparseable", reason: "ambiguous" });
  });

  it("a negation alone is no answer", () => {
    expect(readValue(cell("Inte bra"))).toMatchObject({ kind: "unparseable", reason: "text" });
  });

  it("an x inside a sentence is no mark", () => {
    expect(readValue(cell("x-axeln"))).toMatchObject({ kind: "unparseable" });
  });

  // Staff write sentences where the result goes. A sentence that says "done" about only part of the work is a
  // partial result, never ↑: a wrong arrow is worse than a → or none.
  it.each<[string, "ongoing" | "no"]>([
    ["Majoriteten av aktiviteterna har genomförts", "ongoing"],
    ["De flesta aktiviteter är genomförda", "ongoing"],
    ["Flertalet åtgärder är klara", "ongoing"],
    ["Merparten av enheterna har infört rutinen", "ongoing"],
    ["Nästan klar", "ongoing"],
    ["Klart i tid, men inte alla enheter", "ongoing"],
    ["Inte helt klar", "ongoing"],
    ["Till stor del genomfört", "ongoing"],
    ["Hälften av utbildningarna är genomförda", "ongoing"],
    ["Aktiviteterna har inte genomförts", "no"],
    ["Har inte påbörjats", "no"],
  ])("the sentence %j is %s", (value, state) => {
    expect(readValue(cell(value))).toMatchObject({ kind: "boolean", state });
  });

  it("a none-word beside a done word cannot be read; alone it is no answer", () => {
    expect(readValue(cell("Ingen av aktiviteterna har genomförts"))).toMatchObject({
      kind: "unparseable",
      reason: "ambiguous",
    });
    expect(readValue(cell("Inga avvikelser"))).toMatchObject({ kind: "unparseable", reason: "text" });
  });
});

describe("not measured (SPEC §2)", () => {
  it.each([
    "Ej mätt",
    "ej mätt",
    "EJ MÄTT",
    "Inte mätt.",
    "Ej mätt ännu",
    "Ej mätt 2024",
    "Mäts ej",
    "Mäts inte",
    "Ej aktuellt",
    "Ej aktuell",
    "Uppgift saknas",
    "Uppgifter saknas",
    "Saknas",
    "Saknas.",
    "Ej tillgängligt",
    "Ej tillgänglig",
    "n/a",
    "N/A",
    "n.a.",
    "NA",
    "Ej tillämpligt",
    "Ej redovisat",
    "Uppgift saknas (ny enkät i höst)",
    "Ej mätt, förra året 85 %",
  ])("%j is not measured", (text) => {
    expect(readValue(cell(text))).toEqual({ kind: "not-measured", value: null, unit: null, text, comparison: null });
  });

  it.each<[string, Partial<ReadValue>]>([
    // A yes/no word outranks it: "Nej, saknas" answers no.
    ["Nej, saknas", { kind: "boolean", state: "no" }],
    ["Ej genomförd", { kind: "boolean", state: "no" }],
    // A value before the phrase is the value.
    ["85 % (uppgift saknas för april)", { kind: "percent", value: 0.85 }],
    // Only whole words: "nationell" holds "na", "saknaden" holds no "saknas".
    ["Nationell", { kind: "unparseable" }],
    ["Saknaden", { kind: "unparseable" }],
  ])("%j is no not-measured word", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });

  it("a lone dash stays an empty cell for the reader (the row reports it)", () => {
    expect(readValue(cell("–"))).toBeNull();
  });
});

describe("baselines", () => {
  it.each<[string, string, Comparison | null]>([
    ["Lägre än 2020", "2020", lower(true)],
    ["Högre än 2019", "2019", higher(true)],
    ["Ska öka jämfört med 2020", "2020", higher(true)],
    ["Minska jämfört med föregående år", "föregående år", lower(true)],
    ["Bättre än fg år", "föregående år", null],
    ["Lägre än förra året", "föregående år", lower(true)],
    ["Öka i förhållande till 2018", "2018", higher(true)],
    ["Minska från 2020 års nivå", "2020", lower(true)],
    ["Lägre än år 2019", "2019", lower(true)],
    ["Ska minska", "", lower(true)],
    ["Ska öka", "", higher(true)],
    ["Ska inte öka", "", lower(true)],
  ])("%j refers to %j", (text, ref, comparison) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "baseline", value: null, ref, comparison });
  });

  it("keeps a stated change", () => {
    expect(readValue(cell("Minska med 10 % jämfört med 2019"))).toMatchObject({
      kind: "baseline",
      ref: "2019",
      comparison: lower(true),
      change: { value: 0.1, percent: true },
    });
  });

  it.each<[string, Partial<ReadValue>]>([
    [
      "Lägre än 2019, dvs under 15 %",
      { kind: "percent", value: 0.15, comparison: lower(true), relativeTo: "2019" } as Partial<ReadValue>,
    ],
    [
      "Ska öka jämfört med 2020 – minst 1 600",
      { kind: "number", value: 1600, comparison: higher(false), relativeTo: "2020" } as Partial<ReadValue>,
    ],
    // Without a comparator of its own, the number takes the reference's direction, not its strictness.
    ["Lägre än 2019, dvs 15 %", { kind: "percent", value: 0.15, comparison: lower(false) } as Partial<ReadValue>],
    [
      "Lägre än föregående år, dvs högst 15 %",
      { kind: "percent", value: 0.15, relativeTo: "föregående år" } as Partial<ReadValue>,
    ],
    ["Högre än 2020 (minst 80 %)", { kind: "percent", value: 0.8, comparison: higher(false) }],
    ["Minska jämfört med 2019 till högst 12 %", { kind: "percent", value: 0.12, comparison: lower(false) }],
  ])("%j is read by its number, the year kept as context", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });

  it.each([
    ["Minska med 10 % jämfört med 2019", 0.1],
    ["Minska med minst 10 % jämfört med 2019", 0.1],
    ["10 % lägre än 2019", 0.1],
  ])("%j is still a change from the baseline", (text, change) => {
    expect(readValue(cell(text))).toMatchObject({ kind: "baseline", ref: "2019", change: { value: change } });
  });

  it.each<[string, Partial<ReadValue>]>([
    ["Lägre än 2020 kr", { kind: "number", value: 2020, unit: "kr", comparison: lower(true) }],
    ["Lägre än 1 500", { kind: "number", value: 1500 }],
    ["Högst 2000", { kind: "number", value: 2000, comparison: lower(false) }],
    ["2020", { kind: "number", value: 2020 }],
  ])("%j is a number, not a year", (text, expected) => {
    expect(readValue(cell(text))).toMatchObject(expected);
  });
});

describe("what cannot be read", () => {
  it.each<[RawCell, string, string]>([
    [{ error: "#N/A" }, "cell-error", "#N/A"],
    [{ error: "#DIV/0!" }, "cell-error", "#DIV/0!"],
    ["45 eller 50", "several-numbers", "45 eller 50"],
    ["10 20 30", "several-numbers", "10 20 30"],
    ["Se kommentar", "text", "Se kommentar"],
    ["2021-03-31", "date", "2021-03-31"],
    ["Senast 30 april 2021", "date", "Senast 30 april 2021"],
  ])("%j: %s", (value, reason, text) => {
    expect(readValue(cell(value))).toEqual({
      kind: "unparseable",
      reason,
      value: null,
      unit: null,
      text,
      comparison: null,
    });
  });

  it("keeps a direction word even when the value is unreadable", () => {
    expect(readValue(cell("Öka 45 eller 50"))).toMatchObject({
      kind: "unparseable",
      comparison: higher(false),
    });
  });

  it("does not read digits glued to a word as numbers", () => {
    expect(readValue(cell("Utsläpp CO2"))).toMatchObject({ kind: "unparseable", reason: "text" });
    expect(readValue(cell("Utfall T1: 85 %"))).toMatchObject({ kind: "percent", value: 0.85 });
  });
});

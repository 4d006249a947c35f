import fc from "fast-check";
import type { RawCell } from "../../../src/domain/grid";
import { localizeProblem } from "../../../src/domain/problems";
import { DEFAULT_INDICATOR_RULE, DEFAULT_RULES } from "../../../src/domain/rules/defaults";
import { buildReglerSheet, parseReglerSheet, REGLER_SHEET_NAME } from "../../../src/domain/rules/regler-sheet";
import type { IndicatorRule, Rules } from "../../../src/domain/rules/types";
import { sheet } from "../sheet/fixture";
import { adr } from "../../support/adr";

function parse(rows: RawCell[][], numberFormats: (string | null)[][] = []) {
  return parseReglerSheet(sheet(REGLER_SHEET_NAME, rows, { numberFormats }));
}

/** Problems as [cell, issue]: what a controller needs to find and fix each one (the issue's code and its facts). */
function where(problems: ReturnType<typeof parse>["problems"]) {
  return problems.map((p) => [p.cell, p.params]);
}

const RULES_HEADER: RawCell[] = ["Namn", "Riktning", "Tolerans", "Toleranstyp", "Ja-ord", "Pågår-ord", "Nej-ord"];
const ROLLUP_HEADER: RawCell[] = ["Nivå", "Metod", "Grön", "Röd", "Poäng gul"];

const standard: IndicatorRule = DEFAULT_INDICATOR_RULE;

describe("reading the Regler sheet", () => {
  it("gives the defaults for an empty sheet", () => {
    expect(parse([])).toEqual({ rules: DEFAULT_RULES, problems: [] });
  });

  it("reads sections in any order, with any case, colons and blank rows", () => {
    const { rules, problems } = parse([
      ["Regler för statusberäkning"],
      ["Ändra värdena nedan."],
      [],
      ["standardregel:"],
      [],
      ["Väntetid"],
      ["MÄTETALSREGLER"],
      RULES_HEADER,
      ["Standard", null, "10 %", "Relativ"],
      [],
      ["Väntetid", "Lägre är bättre", "5 %", "Absolut", "klart, levererat", "Påbörjad;  i gång", "Avbrutet"],
      ["Perspektiv", "(ett per rad)"],
      ["Patient"],
      [],
      ["Medarbetare"],
    ]);
    expect(problems).toEqual([]);
    expect(rules).toEqual({
      ...DEFAULT_RULES,
      perspectives: ["Patient", "Medarbetare"],
      defaultRule: "Väntetid",
      indicatorRules: [
        standard,
        {
          name: "Väntetid",
          direction: "lower",
          tolerance: 0.05,
          toleranceKind: "absolute",
          yesWords: ["klart", "levererat"],
          ongoingWords: ["påbörjad", "i gång"],
          noWords: ["avbrutet"],
        },
      ],
    });
  });

  it("reports every invalid entry with its cell and keeps the rest", () => {
    const { rules, problems } = parse([
      ["Regler för statusberäkning"],
      [],
      ["Mätetalsregler"],
      RULES_HEADER,
      ["Standard", null, "10 %", "Relativ"],
      ["Väntetid", "Lägre är bättre", "tio", "Relativ"],
      ["Budget", "Uppåt", 2, "Absolut"],
      ["Projekt", null, "-5 %", "Halv"],
      ["väntetid", "Högre är bättre", "1 %", "Relativ"],
      [null, "Högre är bättre", "1 %"],
      [],
      ["Sammanvägning"],
      ROLLUP_HEADER,
      ["Mål", "snitt", "75 %", "25 %", 0.5],
      ["Plan", "medel", "150 %", "30 %", "hälften"],
      ["Mätetal", "andel", "75 %", "25 %", 0.5],
      [],
      ["Standardregel"],
      ["Strikt"],
      ["Perspektiv"],
      ["Patient"],
      ["Medarbetare"],
      ["patient"],
      [],
      ["Teckenförklaring"],
      ["Status", "Text"],
      ["Blå", "Okänt"],
      ["↑", "Målet är nått"],
      ["Grön", "Två gånger"],
    ]);
    expect(where(problems)).toEqual([
      [adr("C6"), { issue: "tolerance-not-number", text: "tio" }],
      [adr("B7"), { issue: "unknown-direction", text: "Uppåt" }],
      [adr("C8"), { issue: "tolerance-negative", text: "-5 %" }],
      [adr("D8"), { issue: "unknown-tolerance-kind", text: "Halv" }],
      [adr("A10"), { issue: "rule-without-name" }],
      [adr("B14"), { issue: "unknown-method", text: "snitt" }],
      [adr("C15"), { issue: "threshold-out-of-range", field: "green", text: "150 %" }],
      [adr("E15"), { issue: "threshold-not-number", field: "yellowScore", text: "hälften" }],
      [adr("A16"), { issue: "unknown-rollup-level", text: "Mätetal" }],
      [adr("A27"), { issue: "unknown-status", text: "Blå" }],
      [adr("A23"), { issue: "duplicate-perspective", text: "patient" }],
      [adr("A9"), { issue: "duplicate-rule", text: "väntetid" }],
      [adr("A19"), { issue: "unknown-default-rule", text: "Strikt", used: "Standard" }],
      [adr("A29"), { issue: "duplicate-legend-status", status: "green" }],
    ]);
    expect(problems.every((p) => p.code === "RULES_INVALID" && p.severity === "error" && p.sheet === "Regler")).toBe(
      true,
    );
    expect(problems[0]?.message).toBe('Ogiltig inställning på bladet Regler: Toleransen "tio" är inget tal.');
    expect(problems[0] && localizeProblem(problems[0], "en").message).toBe(
      'Invalid setting on the Regler sheet: The tolerance "tio" is not a number.',
    );

    expect(rules.perspectives).toEqual(["Patient", "Medarbetare"]);
    expect(rules.defaultRule).toBe("Standard");
    expect(rules.indicatorRules).toEqual([
      standard,
      { ...standard, name: "Väntetid", direction: "lower" },
      { ...standard, name: "Budget", tolerance: 2, toleranceKind: "absolute" },
      { ...standard, name: "Projekt" },
    ]);
    expect(rules.goalRollup).toEqual(DEFAULT_RULES.goalRollup);
    expect(rules.planRollup).toEqual({ method: "medel", green: 0.75, red: 0.3, yellowScore: 0.5 });
    expect(rules.legend).toEqual({ ...DEFAULT_RULES.legend, green: "Målet är nått" });
  });

  it("reads percents typed as text, as percent-formatted numbers and as plain numbers", () => {
    const { rules, problems } = parse(
      [
        ["Mätetalsregler"],
        RULES_HEADER,
        ["Standard", null, 10, "Relativ"],
        ["Formaterad", null, 0.05, "Relativ"],
        ["Bråkdel", null, "0,2", "relativ"],
        ["Enheter", null, 3, "Absolut"],
        ["Procentenheter", null, "5 %", "absolut"],
        ["Tom", null, null, null],
        ["Sammanvägning"],
        ROLLUP_HEADER,
        ["Mål", "Sämsta", 0.8, 20, "50 %"],
      ],
      [[], [], [], [null, null, "0%"]],
    );
    expect(problems).toEqual([]);
    expect(rules.indicatorRules.map((r) => [r.name, r.tolerance, r.toleranceKind])).toEqual([
      ["Standard", 0.1, "relative"],
      ["Formaterad", 0.05, "relative"],
      ["Bråkdel", 0.2, "relative"],
      ["Enheter", 3, "absolute"],
      ["Procentenheter", 0.05, "absolute"],
      ["Tom", 0.1, "relative"],
    ]);
    expect(rules.goalRollup).toEqual({ method: "sämsta", green: 0.8, red: 0.2, yellowScore: 0.5 });
  });

  it("reads numbers as the value reader does: ,5 and 10 procent; a bare number above 1 is a percent", () => {
    const { rules, problems } = parse([
      ["Mätetalsregler"],
      RULES_HEADER,
      ["Procent i ord", null, "10 procent", "Relativ"],
      ["Procenttecken", null, "10 %", "Relativ"],
      ["Bråkdel", null, "0,1", "Relativ"],
      ["Utan nolla", null, ",5", "Absolut"],
      ["Procentenheter i ord", null, "2 procent", "Absolut"],
      ["Sammanvägning"],
      ROLLUP_HEADER,
      ["Mål", "andel", "75", "25 procent", ",5"],
    ]);
    expect(problems).toEqual([]);
    expect(rules.indicatorRules.map((r) => [r.name, r.tolerance, r.toleranceKind])).toEqual([
      ["Procent i ord", 0.1, "relative"],
      ["Procenttecken", 0.1, "relative"],
      ["Bråkdel", 0.1, "relative"],
      ["Utan nolla", 0.5, "absolute"],
      ["Procentenheter i ord", 0.02, "absolute"],
      ["Standard", 0.1, "relative"],
    ]);
    // Grön 75 is 75 % (the sheet's convention: any number above 1 is a percent); ,5 is a half.
    expect(rules.goalRollup).toEqual({ method: "andel", green: 0.75, red: 0.25, yellowScore: 0.5 });
  });

  it("finds table columns by their header, in any order", () => {
    const { rules, problems } = parse([
      ["Mätetalsregler"],
      ["Toleranstyp", "Namn", "Tolerans"],
      ["Absolut", "Standard", 2],
    ]);
    expect(problems).toEqual([]);
    expect(rules.indicatorRules).toEqual([{ ...standard, tolerance: 2, toleranceKind: "absolute" }]);
  });

  it("reads a table whose header row was deleted in the builder's column order", () => {
    const { rules } = parse([["Sammanvägning"], ["Plan", "sämsta"]]);
    expect(rules.planRollup.method).toBe("sämsta");
  });

  it("reports a table without its name column and keeps the defaults", () => {
    const { rules, problems } = parse([["Mätetalsregler"], ["Regelnamn", "Riktning"], ["Lös", "Högre är bättre"]]);
    expect(rules).toEqual(DEFAULT_RULES);
    expect(where(problems)).toEqual([
      [adr("A2"), { issue: "table-without-key-column", section: "indicatorRules", column: "Namn" }],
    ]);
  });

  it("reports a section that appears twice and reads the first", () => {
    const { rules, problems } = parse([["Perspektiv"], ["Patient"], ["Perspektiv"], ["Ekonomi"]]);
    expect(rules.perspectives).toEqual(["Patient"]);
    expect(where(problems)).toEqual([[adr("A3"), { issue: "duplicate-section", section: "perspectives" }]]);
  });

  it("reports error values", () => {
    const { rules, problems } = parse([["Mätetalsregler"], RULES_HEADER, ["Standard", null, { error: "#REF!" }]]);
    expect(where(problems)).toEqual([[adr("C3"), { issue: "cell-error", error: "#REF!" }]]);
    expect(rules.indicatorRules).toEqual([standard]);
  });

  it("rejects crossing thresholds for the mean method", () => {
    const { rules, problems } = parse([["Sammanvägning"], ROLLUP_HEADER, ["Mål", "medel", "40 %", "60 %", 0.5]]);
    expect(where(problems)).toEqual([[adr("D3"), { issue: "red-above-green", red: 0.6, green: 0.4 }]]);
    expect(rules.goalRollup).toEqual({ method: "medel", green: 0.4, red: 0.25, yellowScore: 0.5 });
  });

  it("drops a rollup row whose thresholds still cross after the default", () => {
    const { rules, problems } = parse([["Sammanvägning"], ROLLUP_HEADER, ["Plan", "medel", "10 %", "60 %", 0.5]]);
    expect(where(problems)).toEqual([
      [adr("D3"), { issue: "red-above-green", red: 0.6, green: 0.1 }],
      [adr("D3"), { issue: "red-above-green", red: 0.25, green: 0.1 }],
    ]);
    expect(rules.planRollup).toEqual(DEFAULT_RULES.planRollup);
  });

  it("keeps the default rule when the table has none named Standard and no default is named", () => {
    const { rules, problems } = parse([["Mätetalsregler"], RULES_HEADER, ["Strikt", null, "0 %", "Relativ"]]);
    expect(problems).toEqual([]);
    expect(rules.defaultRule).toBe("Standard");
    expect(rules.indicatorRules.map((r) => r.name)).toEqual(["Strikt", "Standard"]);
  });

  it("names the default rule as the table spells it", () => {
    const { rules } = parse([["Mätetalsregler"], RULES_HEADER, ["Strikt", null, "0 %"], ["Standardregel"], ["STRIKT"]]);
    expect(rules.defaultRule).toBe("Strikt");
  });
});

describe("writing the Regler sheet", () => {
  it("starts with a title and a Swedish explanation, and sets widths for its columns", () => {
    const { values, columnWidths } = buildReglerSheet();
    expect(values[0]).toEqual(["Regler för statusberäkning"]);
    const intro = values
      .slice(1, 12)
      .map((row) => String(row[0] ?? ""))
      .join(" ");
    expect(intro).toContain("Beräkna status");
    expect(intro).toContain("Tolerans");
    expect(columnWidths).toHaveLength(7);
    expect(values.every((row) => row.length <= columnWidths.length)).toBe(true);
  });

  it("wraps its explanations within the printed width and prints fitted to one page wide", () => {
    const content = buildReglerSheet();
    const introRows = content.wrapped.filter((w) => w.left === 0).map((w) => w.row);
    // Every line between the title and the first blank row is explanation.
    const firstBlank = content.values.findIndex((row, i) => i > 0 && row.length === 0);
    expect(introRows).toEqual(Array.from({ length: firstBlank - 1 }, (_, i) => 1 + i));
    expect(content.wrapped.every((w) => w.right === content.columnWidths.length - 1)).toBe(true);
    const hintRows = content.wrapped.filter((w) => w.left === 1).map((w) => content.values[w.row]?.[0]);
    // Every section heading's hint, each in column B.
    expect(hintRows).toEqual(
      expect.arrayContaining(["Perspektiv", "Mätetalsregler", "Sammanvägning", "Standardregel", "Teckenförklaring"]),
    );
    for (const w of content.wrapped.filter((x) => x.left === 1)) {
      expect(typeof content.values[w.row]?.[1]).toBe("string");
    }
    expect(content.print).toEqual({ paperSize: "A4", orientation: "landscape", fitToPagesWide: 1 });
  });

  it("shows an absolute tolerance of percentage points as a percent, and reads it back", () => {
    const points: IndicatorRule = { ...standard, name: "Absolut 2 p.e.", tolerance: 0.02, toleranceKind: "absolute" };
    const days: IndicatorRule = { ...standard, name: "Absolut 5 dagar", tolerance: 5, toleranceKind: "absolute" };
    const rules: Rules = { ...DEFAULT_RULES, indicatorRules: [standard, points, days] };
    const { values } = buildReglerSheet(rules);
    expect(values.find((r) => r[0] === "Absolut 2 p.e.")?.[2]).toBe("2 %");
    expect(values.find((r) => r[0] === "Absolut 5 dagar")?.[2]).toBe(5);
    expect(parseReglerSheet(sheet(REGLER_SHEET_NAME, values)).rules.indicatorRules).toEqual(rules.indicatorRules);
  });

  it("has the sections of SPEC §4 in column A", () => {
    const headings = buildReglerSheet().values.map((row) => row[0]);
    for (const heading of ["Perspektiv", "Mätetalsregler", "Sammanvägning", "Standardregel", "Teckenförklaring"]) {
      expect(headings).toContain(heading);
    }
  });

  it("reads back the default rules unchanged", () => {
    expect(parseReglerSheet(sheet(REGLER_SHEET_NAME, buildReglerSheet(DEFAULT_RULES).values))).toEqual({
      rules: DEFAULT_RULES,
      problems: [],
    });
  });

  it("reads back rules of its own unchanged", () => {
    const rules: Rules = {
      perspectives: ["Patient", "Medarbetare", "Ekonomi", "Hållbarhet"],
      defaultRule: "Strikt",
      indicatorRules: [
        standard,
        {
          name: "Strikt",
          direction: "higher",
          tolerance: 0.125,
          toleranceKind: "relative",
          yesWords: ["levererat"],
          ongoingWords: [],
          noWords: ["avbrutet", "ej påbörjat"],
        },
        { ...standard, name: "Kostnad", direction: "lower", tolerance: 1600, toleranceKind: "absolute" },
        { ...standard, name: "Andel", tolerance: 0.05, toleranceKind: "absolute" },
      ],
      goalRollup: { method: "medel", green: 0.8, red: 0.4, yellowScore: 0.6 },
      planRollup: { method: "sämsta", green: 0.75, red: 0.25, yellowScore: 0.5 },
      legend: { green: "Målet nått", yellow: "På väg", red: "Inte nått", missing: "Ingen uppgift" },
      lowerIsBetter: ["Vårdköer", "inhyrd personal"],
    };
    expect(parseReglerSheet(sheet(REGLER_SHEET_NAME, buildReglerSheet(rules).values))).toEqual({ rules, problems: [] });
  });

  it("reads back any rules it writes", () => {
    const name = fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{2,10}( [a-zåäö]{2,8})?$/);
    const word = fc.stringMatching(/^[a-zåäö]{2,8}( [a-zåäö]{2,8})?$/);
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const indicatorRule = fc.record({
      name,
      direction: fc.constantFrom("higher" as const, "lower" as const, null),
      tolerance: fc.integer({ min: 0, max: 10000 }),
      toleranceKind: fc.constantFrom("relative" as const, "absolute" as const),
      yesWords: fc.uniqueArray(word, { maxLength: 3 }),
      ongoingWords: fc.uniqueArray(word, { maxLength: 3 }),
      noWords: fc.uniqueArray(word, { maxLength: 3 }),
    });
    const rollup = fc
      .tuple(fc.constantFrom("andel" as const, "medel" as const, "sämsta" as const), share, share, share)
      .map(([method, a, b, yellowScore]) => ({ method, green: Math.max(a, b), red: Math.min(a, b), yellowScore }));
    const rules = fc
      .record({
        perspectives: fc.uniqueArray(name, { maxLength: 5, selector: (p) => p.toLowerCase() }),
        indicatorRules: fc
          .uniqueArray(indicatorRule, { minLength: 1, maxLength: 4, selector: (r) => r.name.toLowerCase() })
          // A relative tolerance to a tenth of a percent, an absolute one to a hundredth of the unit.
          .map((list) =>
            list.map((r) => ({ ...r, tolerance: r.tolerance / (r.toleranceKind === "relative" ? 1000 : 100) })),
          ),
        goalRollup: rollup,
        planRollup: rollup,
        legend: fc.record({ green: name, yellow: name, red: name, missing: name }),
        // "…tid" never spells a section heading, which a measure in column A must not.
        lowerIsBetter: fc.uniqueArray(
          word.map((w) => `${w}tid`),
          { maxLength: 4, selector: (m) => m.toLowerCase() },
        ),
        pick: fc.nat(),
      })
      .map(({ pick, ...r }): Rules => ({
        ...r,
        defaultRule: r.indicatorRules[pick % r.indicatorRules.length]?.name ?? "",
      }));
    fc.assert(
      fc.property(rules, (r) => {
        expect(parseReglerSheet(sheet(REGLER_SHEET_NAME, buildReglerSheet(r).values))).toEqual({
          rules: r,
          problems: [],
        });
      }),
    );
  });
});

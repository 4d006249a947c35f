/** SPEC §1a: a sheet that looks like a table but cannot be read is told why; a plan sheet with nothing read is an error. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import { hasErrors, localizeProblem } from "../../../src/domain/problems";
import { diagnoseSheet } from "../../../src/domain/sheet/diagnose";
import { places, problems, sheet, workbook } from "./sheets";
import { adr } from "../../support/adr";

const evaluate = (...sheets: Parameters<typeof workbook>) => evaluateWorkbook(workbook(...sheets), { period: null });

// prettier-ignore
const NO_LEVELS = sheet("Uppföljning", [
  ["Uppföljning av verksamhetsplan 2025", null,       null,        null],
  [null,                                   null,       null,        null],
  ["Beskrivning",                          "Målvärde", "Utfall augusti", "Kommentar"],
  ["Andel nöjda patienter",                "90 %",     "83 %",      null],
  ["Väntetid till första besök",           "30 dagar", "41 dagar",  "Personalbrist"],
]);

// prettier-ignore
const BUDGET = sheet("Budget", [
  ["Konto", "Budget 2025", "Utfall"],
  ["Lön",    1200000,      1150000],
  ["Lokaler", 300000,       310000],
]);

// prettier-ignore
const PLAN = sheet("Plan", [
  ["Nivå",    "Namn",               "Målvärde", "Utfall"],
  ["Mål",     "God tillgänglighet", null,       null],
  ["Mätetal", "Besök inom 30 dagar", "90 %",    "93 %"],
]);

describe("diagnoseSheet", () => {
  it("takes the row with the most recognised columns as the header and lists them with what is missing", () => {
    const d = diagnoseSheet(NO_LEVELS);
    expect(d).toMatchObject({ sheet: "Uppföljning", headerRow: 2, missing: ["level", "name"] });
    expect(d?.recognised.map((c) => [c.col, c.header, c.role])).toEqual([
      [1, "Målvärde", "target"],
      [2, "Utfall augusti", "period"],
      [3, "Kommentar", "comment"],
    ]);
  });

  it("counts columns named with a level word as levels, so nothing is missing there", () => {
    // prettier-ignore
    const d = diagnoseSheet(sheet("Patient", [
      ["Strategiskt mål Patient", "Framgångsfaktor", "Resultat per augusti"],
      ["Vården ska vara tillgänglig", "Korta väntetiderna", "➔"],
    ]));
    expect(d?.recognised.map((c) => c.role)).toEqual(["levels:goal", "levels:indicator", "period"]);
    expect(d?.missing).toEqual([]);
  });

  it("takes a table without any known column by its widest text row", () => {
    const d = diagnoseSheet(BUDGET);
    expect(d).toMatchObject({ headerRow: 0, missing: ["level", "name"] });
    expect(d?.recognised.map((c) => c.header)).toEqual(["Utfall"]);
  });

  it("does not take a title, a single column of notes or an empty sheet for a table", () => {
    expect(diagnoseSheet(sheet("Tom", []))).toBeNull();
    expect(diagnoseSheet(sheet("Anteckningar", [["Att göra"], ["Ringa ekonomi"], ["Boka möte"]]))).toBeNull();
    expect(diagnoseSheet(sheet("Försättsblad", [["Region Exempel", "Verksamhetsplan 2025"]]))).toBeNull();
  });
});

describe("NO_PLAN_SHEET", () => {
  it("without a plan sheet, names each table-like sheet, its header row, its known columns and what is missing", () => {
    const evaluation = evaluate(NO_LEVELS, BUDGET, sheet("Anteckningar", [["Att göra"]]));
    expect(places(evaluation, "NO_PLAN_SHEET")).toEqual([adr("Uppföljning!A3"), adr("Budget!A1")]);
    const [first] = problems(evaluation, "NO_PLAN_SHEET");
    expect(first?.severity).toBe("error");
    expect(first?.message).toBe(
      'Bladet kunde inte läsas som planblad. Rad 3 togs som rubrikrad; kända kolumner: B "Målvärde", ' +
        'C "Utfall augusti", D "Kommentar". Det saknas kolumnen Nivå (Plan, Mål eller Mätetal på varje rad) och ' +
        "kolumnen Namn (planens, målets eller mätetalets namn). Exempel på ett blad som fungerar: rubrikraden " +
        "Nivå | Namn | Målvärde | Utfall och under den raderna Plan | Handlingsplan 2025, Mål | God tillgänglighet, " +
        "Mätetal | Besök inom 30 dagar | 90 % | 83 %. Eller beskriv bladet i tabellen Bladtolkning på bladet Regler.",
    );
    expect(hasErrors(evaluation.problems)).toBe(true);
  });

  it("the example sheet the message gives is read", () => {
    // prettier-ignore
    const evaluation = evaluate(sheet("Exempel", [
      ["Nivå",    "Namn",                "Målvärde", "Utfall"],
      ["Plan",    "Handlingsplan 2025",  null,       null],
      ["Mål",     "God tillgänglighet",  null,       null],
      ["Mätetal", "Besök inom 30 dagar", "90 %",     "83 %"],
    ]));
    expect(problems(evaluation, "NO_PLAN_SHEET")).toEqual([]);
    expect(evaluation.rows.map((r) => r.level)).toEqual(["plan", "goal", "indicator"]);
  });

  it("keeps the workbook-level message when no sheet looks like a table", () => {
    const evaluation = evaluate(sheet("Anteckningar", [["Att göra"], ["Ringa ekonomi"]]));
    expect(places(evaluation, "NO_PLAN_SHEET")).toEqual([{ sheet: null }]);
    expect(problems(evaluation, "NO_PLAN_SHEET")[0]?.message).toMatch(/^Arbetsboken har inget planblad/);
  });

  it("beside a plan sheet, warns only about a table with a Målvärde column, and a budget is left alone", () => {
    const evaluation = evaluate(PLAN, NO_LEVELS, BUDGET);
    expect(places(evaluation, "NO_PLAN_SHEET")).toEqual([adr("Uppföljning!A3")]);
    expect(problems(evaluation, "NO_PLAN_SHEET")[0]?.severity).toBe("warning");
    expect(hasErrors(evaluation.problems)).toBe(false);
  });

  it("the English message says the same", () => {
    const [p] = problems(evaluate(NO_LEVELS), "NO_PLAN_SHEET");
    expect(p && localizeProblem(p, "en").message).toMatch(
      /^The sheet could not be read as a plan sheet\. Row 3 was taken as its header row; recognised columns: B "Målvärde"/,
    );
  });
});

describe("NOTHING_EVALUATED", () => {
  it("is an error on a plan sheet with a header and no rows", () => {
    const evaluation = evaluate(sheet("Mall", [["Titel"], ["Nivå", "Namn", "Målvärde", "Utfall"]]));
    expect(places(evaluation, "NOTHING_EVALUATED")).toEqual([adr("Mall!A2")]);
    expect(problems(evaluation, "NOTHING_EVALUATED")[0]?.message).toMatch(
      /^Bladet lästes som planblad med rubrikrad 2, men ingen rad under den kunde bedömas/,
    );
    expect(hasErrors(evaluation.problems)).toBe(true);
  });

  it("says how many rows were skipped when every row was", () => {
    // prettier-ignore
    const evaluation = evaluate(sheet("Plan", [
      ["Nivå",  "Namn",            "Målvärde"],
      ["Åtgärd", "Ringa ekonomi",  null],
      [null,     "En anteckning",  null],
    ]));
    expect(problems(evaluation, "NOTHING_EVALUATED")[0]?.message).toContain("(2 rader hoppades över");
  });

  it("is not raised on a sheet with rows", () => {
    expect(problems(evaluate(PLAN), "NOTHING_EVALUATED")).toEqual([]);
  });
});

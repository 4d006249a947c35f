/** SPEC §1a: the user corrects how a sheet is read with a Bladtolkning table on Regler; errors name their cells. */
import { rowNumber } from "../../../src/domain/address/a1";
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { parseBladtolkning, parseRole } from "../../../src/domain/rules/bladtolkning";
import { bladtolkningRows } from "../../../src/domain/rules/bladtolkning-build";
import { parseReglerSheet } from "../../../src/domain/rules/regler-sheet";
import { sheet, workbook } from "../evaluate/sheets";
import { adr } from "../../support/adr";

// A sheet the recognition cannot read: its name column is called "Beskrivning" and its goals are heading rows.
// prettier-ignore
const UPPFOLJNING = sheet("Uppföljning", [
  ["Uppföljning av verksamhetsplan 2025", null,       null,             null],
  [null,                                   null,       null,             null],
  ["Beskrivning",                          "Målvärde", "Utfall augusti", "Kommentar"],
  ["Tillgänglig vård",                     null,       null,             null],
  ["Andel besök inom 30 dagar",            "90 %",     "83 %",           null],
  ["Telefontillgänglighet",                "95 %",     "97 %",           null],
  ["Nöjda medarbetare",                    null,       null,             null],
  ["Medarbetarindex",                      "75",       "79",             "Enkät i maj"],
]);

const regler = (rows: RawCell[][]) => sheet("Regler", [["Bladtolkning"], ...rows]);

// prettier-ignore
const BLADTOLKNING: RawCell[][] = [
  ["Blad",        "Rubrikrad", "Kolumn", "Roll",      "Rad", "Nivå"],
  ["Uppföljning", 3,           "A",      "Namn",      4,     "Mål"],
  ["Uppföljning", null,        "B",      "Målvärde",  7,     "Mål"],
  ["Uppföljning", null,        "C",      "Utfall",    null,  null],
  ["Uppföljning", null,        "D",      "Kommentar", null,  null],
];

describe("Bladtolkning", () => {
  it("without it, the sheet is not read and the run says why", () => {
    const e = evaluateWorkbook(workbook(UPPFOLJNING), { period: null });
    expect(e.rows).toEqual([]);
    expect(e.problems.map((p) => [p.code, { sheet: p.sheet, ...p.cell }])).toEqual([
      ["NO_PLAN_SHEET", adr("Uppföljning!A3")],
    ]);
  });

  it("overrides the reading: header row, column roles and heading rows, with the goals and indicators it gives", () => {
    const e = evaluateWorkbook(workbook(UPPFOLJNING, regler(BLADTOLKNING)), { period: null });
    expect(e.rows.map((r) => [rowNumber(r.row), r.level, r.name, r.goal, r.status])).toEqual([
      [4, "goal", "Tillgänglig vård", null, "yellow"],
      [5, "indicator", "Andel besök inom 30 dagar", "Tillgänglig vård", "yellow"],
      [6, "indicator", "Telefontillgänglighet", "Tillgänglig vård", "green"],
      [7, "goal", "Nöjda medarbetare", null, "green"],
      [8, "indicator", "Medarbetarindex", "Nöjda medarbetare", "green"],
    ]);
    expect(e.layouts.map((l) => [l.sheet, l.origin, l.headerRow])).toEqual([["Uppföljning", "override", 2]]);
    const said = e.problems.find((p) => p.code === "LAYOUT_INFERRED");
    expect(said?.message).toBe(
      "Bladet Uppföljning (enligt Bladtolkning på bladet Regler): rubrikrad 3; mätetal (Beskrivning) under " +
        "rubrikrader i kolumn A; mål-rubriker i kolumn A (på rad 4, 7); målvärde i kolumn B, utfall i kolumn C " +
        "(Utfall augusti), kommentar i kolumn D; inget perspektiv.",
    );
    expect(e.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("overrides a sheet that recognition reads, and its level columns give the outline", () => {
    // prettier-ignore
    const patient = sheet("Patient", [
      ["Område",               "Insats",                 "Resultat per augusti"],
      ["Tillgänglig vård",     "Korta väntetiderna",     "➔"],
      [null,                   "Digitala vårdmöten",     "↑"],
    ]);
    // prettier-ignore
    const e = evaluateWorkbook(workbook(patient, regler([
      ["Blad",    "Rubrikrad", "Kolumn", "Roll"],
      ["Patient", 1,           "A",      "Mål"],
      ["Patient", null,        "B",      "Mätetal"],
      ["Patient", null,        "C",      "Pilar"],
    ])), { period: null });
    expect(e.rows.map((r) => [r.level, r.name, r.status, r.source])).toEqual([
      ["goal", "Tillgänglig vård", "yellow", "rollup"],
      ["indicator", "Korta väntetiderna", "yellow", "manual"],
      ["indicator", "Digitala vårdmöten", "green", "manual"],
    ]);
  });

  it("reports every unusable entry at its cell, in Swedish, and keeps the automatic reading", () => {
    // prettier-ignore
    const grid = regler([
      ["Blad",        "Rubrikrad", "Kolumn", "Roll",      "Rad", "Nivå"],
      ["Uppföljning", "tre",       "A",      "Namn",      null,  null],
      ["Uppföljning", 3,           "2",      "Målvärde",  null,  null],
      ["Uppföljning", null,        "C",      "Resultatet", null, null],
      ["Uppföljning", null,        "D",      null,        null,  null],
      ["Uppföljning", null,        null,     null,        4,     "Kapitel"],
      ["Budget",      1,           "A",      "Namn",      null,  null],
      ["Ekonomi",     1,           "A",      "Namn",      null,  null],
    ]);
    const { overrides, problems } = parseBladtolkning(grid, ["Uppföljning", "Ekonomi", "Regler"]);
    expect(problems.map((p) => [p.code, p.cell, p.params])).toEqual([
      ["RULES_INVALID", adr("B3"), { issue: "bladtolkning-not-a-row", field: "headerRow" }],
      ["RULES_INVALID", adr("C4"), { issue: "bladtolkning-not-a-column" }],
      ["RULES_INVALID", adr("D5"), { issue: "bladtolkning-unknown-role" }],
      ["RULES_INVALID", adr("D6"), { issue: "bladtolkning-column-without-role" }],
      ["RULES_INVALID", adr("F7"), { issue: "bladtolkning-unknown-heading-level" }],
      ["RULES_INVALID", adr("A8"), { issue: "bladtolkning-unknown-sheet", text: "Budget" }],
    ]);
    expect(overrides.map((o) => o.sheet)).toEqual(["Ekonomi"]);
  });

  it("an override without a name or level column is reported and the sheet is read automatically", () => {
    // prettier-ignore
    const e = evaluateWorkbook(workbook(UPPFOLJNING, regler([
      ["Blad",        "Rubrikrad", "Kolumn", "Roll"],
      ["Uppföljning", 3,           "B",      "Målvärde"],
    ])), { period: null });
    expect(e.problems.map((p) => [p.code, p.cell])).toContainEqual(["RULES_INVALID", adr("A3")]);
    expect(e.problems.find((p) => p.code === "RULES_INVALID")?.params).toEqual({
      issue: "bladtolkning-no-name-column",
      sheet: "Uppföljning",
    });
    expect(e.layouts).toEqual([]);
  });

  it("leaves the rest of Regler alone: the section ends the one above it", () => {
    // prettier-ignore
    const grid = sheet("Regler", [
      ["Perspektiv"],
      ["Patient"],
      ["Bladtolkning"],
      ["Blad", "Rubrikrad", "Kolumn", "Roll"],
      ["Plan", 1, "A", "Namn"],
    ]);
    const parsed = parseReglerSheet(grid);
    expect(parsed.rules.perspectives).toEqual(["Patient"]);
    expect(parsed.problems).toEqual([]);
  });

  it("knows the roles a controller types", () => {
    expect(parseRole("Strategiskt mål")).toEqual({ kind: "level", level: "goal", word: "Strategiskt mål" });
    expect(parseRole("Framgångsfaktor")).toMatchObject({ kind: "level", level: "indicator" });
    expect(parseRole("nivå")).toEqual({ kind: "level-column" });
    expect(parseRole("Resultat")).toEqual({ kind: "period" });
    expect(parseRole("Nämnd")).toEqual({ kind: "column", key: "owner" });
    expect(parseRole("pilar")).toEqual({ kind: "typed" });
    expect(parseRole("Ignorera")).toEqual({ kind: "ignore" });
    expect(parseRole("Budget")).toBeNull();
  });
});

describe("Spara tolkningen: the current reading written as Bladtolkning rows", () => {
  // prettier-ignore
  const PATIENT = sheet("Patient", [
    ["Strategiskt mål Patient",     "Framgångsfaktor",                      "Resultat per augusti", "Kommentar"],
    ["Vården ska vara tillgänglig", "Regionstyrelsen",                      null,                   null],
    [null,                          "Korta väntetiderna till första besök", "➔",                    "Arbetet pågår"],
    [null,                          "Införa digitala vårdmöten",            "↑",                    null],
    [null,                          "Vårdvalsnämnden",                      null,                   null],
    [null,                          "Utveckla uppföljningen av hälsovalet", null,                   "Ej påbörjat"],
  ]);

  it("writes rows a controller can read, which read back give the same outline and statuses", () => {
    const inferred = evaluateWorkbook(workbook(PATIENT), { period: null });
    const rows = bladtolkningRows(inferred.layouts);
    expect(rows.slice(0, 3)).toEqual([
      ["Blad", "Rubrikrad", "Kolumn", "Roll", "Rad", "Nivå"],
      ["Patient", 1, "A", "Strategiskt mål", 2, "Ansvarig"],
      ["Patient", null, "B", "Framgångsfaktor", 5, "Ansvarig"],
    ]);
    const overridden = evaluateWorkbook(workbook(PATIENT, regler(rows)), { period: null });
    expect(overridden.layouts.map((l) => l.origin)).toEqual(["override"]);
    expect(overridden.problems.filter((p) => p.code === "RULES_INVALID")).toEqual([]);
    const outline = (e: typeof inferred) =>
      e.rows.map((r) => [rowNumber(r.row), r.level, r.name, r.goal, r.owner, r.status, r.source]);
    expect(outline(overridden)).toEqual(outline(inferred));
  });
});

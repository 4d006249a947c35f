import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { isKeptSummarySheet } from "../../../src/domain/sheet/kept-summary";
import { runLine } from "../../../src/domain/summary/heading-section";
import { describeSummarySheets } from "../../../src/domain/summary/describe-summary-sheets";
import { generatedSheetNames, REGISTRY_SHEET_NAME } from "../../../src/domain/summary/registry";
import { applyToGrid } from "../summary/read-description";
import { sheet, workbook } from "./sheets";

// Last tertial's summaries, kept by renaming them: a normal habit. Their tables have plan-like columns
// (Plan | Mål | Mätetal | … | Status), so only the run line under the title tells them from a plan sheet.
const plan = sheet("Plan 2021", [
  ["Nivå", "Perspektiv", "Namn", "Målvärde", "Utfall april", "Kommentar"],
  ["Handlingsplan", null, "Hållbar vård", null, null, null],
  ["Mål", "Patient", "Korta väntetider", null, null, null],
  ["Mätetal", null, "Andel besök inom 30 dagar", "minst 90 %", "92 %", null],
  ["Mätetal", null, "Väntetid till operation", "högst 14 dagar", "15 dagar", "Bättre än i fjol"],
]);

function afterFirstRun(): WorkbookGrid {
  const grid = workbook(plan);
  const evaluation = evaluateWorkbook(grid, { period: null, generatedSheets: generatedSheetNames(grid) });
  return applyToGrid(grid, describeSummarySheets(evaluation, grid, { runDate: "2026-04-30" }));
}

const renamed = (grid: WorkbookGrid, from: string, to: string): WorkbookGrid => ({
  sheets: grid.sheets.map((s): SheetGrid => (s.name === from ? { ...s, name: to } : s)),
});

describe("a summary sheet the user renamed to keep it", () => {
  const first = afterFirstRun();
  const generated = first.sheets.map((s) => s.name).filter((n) => n !== "Plan 2021" && n !== REGISTRY_SHEET_NAME);

  it("is every generated sheet of the first run", () => {
    expect(generated).toEqual(expect.arrayContaining(["Översikt", "Patient", "Hållbar vård"]));
  });

  it.each(generated)("%s, renamed, is not read as a plan sheet and gets no Status cell", (name) => {
    const grid = renamed(first, name, `${name} T1`);
    const evaluation = evaluateWorkbook(grid, { period: null, generatedSheets: generatedSheetNames(grid) });
    expect(evaluation.layouts.map((l) => l.sheet)).toEqual(["Plan 2021"]);
    expect(evaluation.statusWrites.map((w) => w.sheet)).toEqual(["Plan 2021"]);
    expect(evaluation.rows.every((r) => r.sheet === "Plan 2021")).toBe(true);
    expect(evaluation.problems.filter((p) => p.code === "KEPT_SUMMARY_SHEET")).toEqual([
      expect.objectContaining({ severity: "info", sheet: `${name} T1`, cell: null }),
    ]);
  });
});

describe("isKeptSummarySheet", () => {
  const withLine = (line: string, at = 1): SheetGrid => ({
    name: "X",
    values: [...Array.from({ length: at }, () => ["Rubrik"]), [line]],
    numberFormats: [],
    merges: [],
  });

  it("knows every run line the summaries write", () => {
    expect(isKeptSummarySheet(withLine(runLine({ period: "Utfall augusti", runDate: "2026-08-31" })))).toBe(true);
    expect(isKeptSummarySheet(withLine(runLine({ period: null, runDate: "2026-08-31" }, ["Dnr RS/1/2026"])))).toBe(
      true,
    );
  });

  it("does not take a plan sheet's own title rows for one", () => {
    expect(isKeptSummarySheet(withLine("Period: tertial 1, sammanställt av controller"))).toBe(false);
    expect(isKeptSummarySheet(withLine("Handlingsplan 2026 · Period: helår"))).toBe(false);
    expect(isKeptSummarySheet(withLine(runLine({ period: "april", runDate: "2026-04-30" }), 5))).toBe(false);
  });
});

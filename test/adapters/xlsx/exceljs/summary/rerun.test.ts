import type ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeSummarySheets } from "../../../../../src/adapters/xlsx/exceljs/summary/write-summary-sheets";
import type { Evaluation } from "../../../../../src/domain/evaluation";
import { describeSummarySheets } from "../../../../../src/domain/summary/describe-summary-sheets";
import { generatedSheetNames } from "../../../../../src/domain/summary/registry";
import type { SummarySheetsChange } from "../../../../../src/domain/summary/types";
import { buildEvaluation, type PlanSpec } from "../../../../domain/summary/model";
import { parts, roundTrip, save, sheet, sheetNames, userWorkbook } from "./helpers";

const vard: PlanSpec = {
  name: "Vårdplan 2021",
  status: "green",
  goals: [{ name: "Korta väntetider", perspective: "Patient", status: "green" }],
};
const miljo: PlanSpec = {
  name: "Miljöplan",
  status: "red",
  goals: [{ name: "Mindre avfall", perspective: "Patient", status: "red" }],
};
const both = buildEvaluation([{ sheet: "Plan 2021", plans: [vard, miljo] }]);
const onlyVard = buildEvaluation([{ sheet: "Plan 2021", plans: [vard] }]);

async function run(
  workbook: ExcelJS.Workbook,
  evaluation: Evaluation,
  runDate = "2024-05-02",
): Promise<{ workbook: ExcelJS.Workbook; plan: SummarySheetsChange }> {
  const plan = describeSummarySheets(evaluation, readWorkbookGrid(workbook), { runDate });
  writeSummarySheets(workbook, plan);
  return { workbook: await roundTrip(workbook), plan };
}

/** Every cell value of every sheet, by sheet and address. */
function contents(workbook: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of workbook.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = cell.value)));
    out[ws.name] = cells;
  }
  return out;
}

describe("running the summaries again on a saved workbook", () => {
  it("produces the same sheets when nothing changed", async () => {
    const first = await run(userWorkbook(), both);
    const second = await run(first.workbook, both);
    expect(sheetNames(second.workbook)).toEqual(sheetNames(first.workbook));
    expect(contents(second.workbook)).toEqual(contents(first.workbook));
  });

  it("differs only in the date on another day", async () => {
    const first = await run(userWorkbook(), both);
    const second = await run(first.workbook, both, "2024-08-31");
    const undated = (wb: ExcelJS.Workbook): string =>
      JSON.stringify(contents(wb)).replace(/Sammanställt \d{4}-\d\d-\d\d/g, "Sammanställt");
    expect(JSON.stringify(contents(second.workbook))).toContain("Sammanställt 2024-08-31");
    expect(undated(second.workbook)).toEqual(undated(first.workbook));
  });

  it("replaces exactly its own sheets and removes the sheet of a vanished plan", async () => {
    const first = await run(userWorkbook(), both);
    expect(sheetNames(first.workbook)).toContain("Miljöplan");
    const second = await run(first.workbook, onlyVard);
    expect(second.plan.remove).toEqual(["Miljöplan"]);
    expect(sheetNames(second.workbook)).toEqual(["Plan 2021", "Översikt", "Patient", "Vårdplan 2021", "_Målstyrning"]);
    expect(sheet(second.workbook, "_Målstyrning").getCell("A5").value).toBeNull();
  });

  it("never touches a user's sheet that has a generated name", async () => {
    const workbook = userWorkbook({ name: "Översikt", cells: { A1: "Mina anteckningar", C3: "=inte en formel" } });
    const first = await run(workbook, both);
    const second = await run(first.workbook, both);
    for (const wb of [first.workbook, second.workbook]) {
      expect(contents(wb)["Översikt"]).toEqual({ A1: "Mina anteckningar", C3: "=inte en formel" });
      expect(sheet(wb, "Översikt (2)").getCell("A1").value).toBe("Översikt över måluppfyllelse");
    }
    expect(second.plan.problems.map((p) => [p.code, p.params])).toEqual([
      ["GENERATED_NAME_TAKEN", { name: "Översikt", used: "Översikt (2)" }],
    ]);
    expect(sheetNames(second.workbook).indexOf("Översikt")).toBe(1);
  });

  it("tells the evaluation which sheets to skip after a save and reload", async () => {
    const { workbook } = await run(userWorkbook(), both);
    expect([...generatedSheetNames(readWorkbookGrid(workbook))].sort()).toEqual(
      ["_Målstyrning", "Patient", "Miljöplan", "Vårdplan 2021", "Översikt"].sort(),
    );
  });

  it("leaves one table per generated sheet, with unique names", async () => {
    const first = await run(userWorkbook(), both);
    const second = await run(first.workbook, onlyVard);
    const tables = await parts(await save(second.workbook), /^xl\/tables\/.*\.xml$/);
    const names = [...tables.values()].map((xml) => /name="([^"]+)"/.exec(xml)?.[1]);
    expect(names.sort()).toEqual(["Malstyrning_1", "Malstyrning_2"]);
  });

  it("keeps the user on the summary they were reading, in its new version", async () => {
    const first = await run(userWorkbook(), both);
    // A sheet the user adds later goes before the generated ones next run, so Översikt moves one tab right.
    first.workbook.addWorksheet("Ny");
    const overviewTab = sheetNames(first.workbook).indexOf("Översikt");
    first.workbook.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: overviewTab, visibility: "visible" },
    ];
    const second = await run(first.workbook, onlyVard);
    const active = second.workbook.views[0]?.activeTab ?? -1;
    expect(sheetNames(second.workbook).indexOf("Översikt")).toBe(overviewTab + 1);
    expect(second.workbook.worksheets[active]?.name).toBe("Översikt");
  });
});

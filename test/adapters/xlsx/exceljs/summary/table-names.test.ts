/** The ExcelJS fallback names generated tables as the package writer does: unique against kept tables and names. */
import { readWorkbookGrid } from "../../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeSummarySheets } from "../../../../../src/adapters/xlsx/exceljs/summary/write-summary-sheets";
import { describeSummarySheets } from "../../../../../src/domain/summary/describe-summary-sheets";
import { buildEvaluation } from "../../../../domain/summary/model";
import { roundTrip, sheet, userWorkbook } from "./helpers";

it("gives a generated table a free name when a kept sheet's table or a defined name has the planned one", async () => {
  const evaluation = buildEvaluation([
    {
      sheet: "Plan 2021",
      plans: [
        {
          name: "Vårdplan 2021",
          status: "green",
          goals: [
            { name: "Korta väntetider", perspective: "Patient", status: "green" },
            { name: "Budget i balans", perspective: "Ekonomi", status: "red" },
          ],
        },
      ],
    },
  ]);
  const workbook = userWorkbook({ name: "Patient T1", cells: { A1: "Plan", B1: "Mål", A2: "x", B2: "y" } });
  sheet(workbook, "Patient T1").addTable({
    name: "Malstyrning_1",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Plan" }, { name: "Mål" }],
    rows: [["x", "y"]],
  });
  workbook.definedNames.add("'Plan 2021'!$A$1", "Malstyrning_2");

  const plan = describeSummarySheets(evaluation, readWorkbookGrid(workbook), { runDate: "2024-05-02" });
  writeSummarySheets(workbook, plan);
  const saved = await roundTrip(workbook);
  const names = saved.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
  expect(names).toEqual(expect.arrayContaining(["Malstyrning_1", "Malstyrning_1_2", "Malstyrning_2_2"]));
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
});

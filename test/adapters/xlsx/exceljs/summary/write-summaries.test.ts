import { readWorkbookGrid } from "../../../../../src/adapters/xlsx/exceljs/read-grid";
import { writeSummarySheets } from "../../../../../src/adapters/xlsx/exceljs/summary/write-summary-sheets";
import { isoDate, writeSummaries, type GeneratedSheetsPort } from "../../../../../src/app/summaries";
import type { SummarySheetsChange } from "../../../../../src/domain/summary/types";
import { buildEvaluation } from "../../../../domain/summary/model";
import { sheet, sheetNames, userWorkbook } from "./helpers";

const evaluation = buildEvaluation([
  {
    sheet: "Plan 2021",
    plans: [{ name: "Vårdplan", status: "green", goals: [{ name: "Mål", perspective: "Patient", status: "green" }] }],
  },
]);

describe("writeSummaries over an ExcelJS workbook", () => {
  it("plans, hands the plan to the port once and reports the sheets written and the problems", async () => {
    const workbook = userWorkbook({ name: "Översikt", cells: { A1: "Eget" } });
    const applied: SummarySheetsChange[] = [];
    const port: GeneratedSheetsPort = {
      writeSummarySheets: (plan) => {
        applied.push(plan);
        writeSummarySheets(workbook, plan);
        return Promise.resolve();
      },
    };
    const result = await writeSummaries(port, evaluation, readWorkbookGrid(workbook), {
      runDate: new Date(2024, 4, 2, 23, 59),
    });
    expect(applied).toHaveLength(1);
    expect(result.sheets).toEqual(["Översikt (2)", "Patient", "Vårdplan"]);
    expect(result.problems.map((p) => p.code)).toEqual(["GENERATED_NAME_TAKEN"]);
    expect(sheetNames(workbook).slice(-4)).toEqual([...result.sheets, "_Målstyrning"]);
    expect(sheet(workbook, "Översikt (2)").getCell("A2").value).toBe("Period: Utfall april · Sammanställt 2024-05-02");
  });

  it("takes the run date as given when it is already a date string", async () => {
    const workbook = userWorkbook();
    const port: GeneratedSheetsPort = {
      writeSummarySheets: (plan) => Promise.resolve(writeSummarySheets(workbook, plan)),
    };
    await writeSummaries(port, evaluation, readWorkbookGrid(workbook), { runDate: "2024-12-31" });
    expect(sheet(workbook, "Översikt").getCell("A2").value).toBe("Period: Utfall april · Sammanställt 2024-12-31");
  });
});

describe("isoDate", () => {
  it("writes the local calendar day with leading zeros", () => {
    expect(isoDate(new Date(2024, 0, 5, 0, 0))).toBe("2024-01-05");
    expect(isoDate(new Date(2024, 11, 31, 23, 59))).toBe("2024-12-31");
  });
});

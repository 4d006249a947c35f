/** The WorkbookPort over an ExcelJS workbook in memory: what the CLI's use cases read from and write to. */
import type ExcelJS from "exceljs";
import type { GeneratedSheetsPort } from "../../app/summaries";
import type { WorkbookPort } from "../../app/workbook-port";
import type { StatusColumnWrite } from "../../domain/evaluation";
import type { WorkbookGrid } from "../../domain/grid";
import type { SummaryWritePlan } from "../../domain/summary/types";
import { readWorkbookGrid } from "./read-grid";
import { applySummaryPlan } from "./summary/apply-summary-plan";
import { writeStatusCells } from "./write-statuses";

export class XlsxWorkbook implements WorkbookPort, GeneratedSheetsPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  readGrid(): Promise<WorkbookGrid> {
    return Promise.resolve(readWorkbookGrid(this.workbook));
  }

  writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void> {
    writeStatusCells(this.workbook, writes);
    return Promise.resolve();
  }

  applySummaryPlan(plan: SummaryWritePlan): Promise<void> {
    applySummaryPlan(this.workbook, plan);
    return Promise.resolve();
  }
}

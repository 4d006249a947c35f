/** The WorkbookPort over an ExcelJS workbook in memory: what the CLI's use cases read from and write to. */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../../app/workbook-port";
import type { StatusColumnWrite } from "../../domain/evaluation";
import type { WorkbookGrid } from "../../domain/grid";
import { readWorkbookGrid } from "./read-grid";
import { writeStatusCells } from "./write-statuses";

export class XlsxWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  readGrid(): Promise<WorkbookGrid> {
    return Promise.resolve(readWorkbookGrid(this.workbook));
  }

  writeStatuses(writes: readonly StatusColumnWrite[]): Promise<void> {
    writeStatusCells(this.workbook, writes);
    return Promise.resolve();
  }
}

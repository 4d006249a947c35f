/**
 * What planning the summaries reads of a workbook: every sheet's name and the registry's cells. Much cheaper than
 * reading the whole grid again after the Status column was written, and enough for planSummaries().
 */
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../../domain/grid";
import { REGISTRY_SHEET_NAME } from "../../../domain/summary/registry";
import { readSheetGrid } from "../read-grid";

const isRegistry = (ws: ExcelJS.Worksheet): boolean => ws.name.toLowerCase() === REGISTRY_SHEET_NAME.toLowerCase();

export function readSummaryGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: workbook.worksheets.map((ws) =>
      isRegistry(ws) ? readSheetGrid(ws) : { name: ws.name, values: [], numberFormats: [], merges: [] },
    ),
  };
}

/* eslint-disable office-addins/call-sync-before-read -- ExcelJS cells are plain objects in memory, not Office.js proxies */
/**
 * The example workbook as a real .xlsx: the plain-data sheets of src/app/example laid out the way a region's plan
 * sheet looks (title, styled header, frozen panes, widths, percent formats, a merged Perspektiv cell), plus the
 * `Regler` sheet from the rules module.
 */
import ExcelJS from "exceljs";
import { EXAMPLE_RULES, EXAMPLE_SHEETS, MERGED_ABOVE, type ExampleCell, type ExampleSheet } from "../../../app/example";
import { isCellError, type RawCell } from "../../../domain/grid";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../../../domain/rules/regler-sheet";
import { parseLevel } from "../../../domain/sheet/levels";
import type { Rules } from "../../../domain/rules/types";

/** Fixed document dates, so the example does not claim to be made today. */
const EXAMPLE_DATE = new Date(Date.UTC(2021, 8, 1, 8, 0, 0));

const GRID_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const PLAN_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const GOAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
/** Every font names its face: a font without one falls back to whatever the spreadsheet program picks. */
const FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };
/** Columns whose text is long enough to wrap. */
const WRAPPED = new Set(["Namn", "Kommentar", "Målvärde"]);

export function buildExampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Målstyrning";
  workbook.lastModifiedBy = "Målstyrning";
  workbook.created = EXAMPLE_DATE;
  workbook.modified = EXAMPLE_DATE;
  for (const sheet of EXAMPLE_SHEETS) addPlanSheet(workbook, sheet);
  addReglerSheet(workbook, EXAMPLE_RULES);
  return workbook;
}

function addPlanSheet(workbook: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const width = sheet.header.length;
  const headerRow = sheet.titleRows.length > 0 ? sheet.titleRows.length + 2 : 1;
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: headerRow, xSplit: 0, showGridLines: false }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  worksheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  sheet.titleRows.forEach((text, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font =
      i === 0
        ? { ...FONT, bold: true, size: 16, color: { argb: "FF1F4E79" } }
        : { ...FONT, italic: true, size: 10, color: { argb: "FF595959" } };
    cell.alignment = { vertical: "middle" };
    worksheet.mergeCells(i + 1, 1, i + 1, width);
  });
  if (sheet.titleRows.length > 0) worksheet.getRow(1).height = 26;

  const header = worksheet.getRow(headerRow);
  sheet.header.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = HEADER_FILL;
    cell.border = GRID_BORDER;
    cell.alignment = { vertical: "middle", horizontal: text === "Status" ? "center" : "left", wrapText: true };
  });
  header.height = 30;

  sheet.rows.forEach((cells, r) => writeBodyRow(worksheet, sheet, headerRow + 1 + r, cells));
  mergeMarkedCells(worksheet, sheet, headerRow + 1);

  sheet.header.forEach((text, c) => {
    worksheet.getColumn(c + 1).width = sheet.columnWidths[text] ?? 12;
  });
  worksheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };
}

function writeBodyRow(
  worksheet: ExcelJS.Worksheet,
  sheet: ExampleSheet,
  rowNumber: number,
  cells: readonly ExampleCell[],
): void {
  const level = typeof cells[0] === "string" ? parseLevel(cells[0]) : null;
  const fill = level === "plan" ? PLAN_FILL : level === "goal" ? GOAL_FILL : undefined;
  sheet.header.forEach((column, c) => {
    const cell = worksheet.getCell(rowNumber, c + 1);
    writeExampleCell(cell, cells[c] ?? null);
    cell.border = GRID_BORDER;
    cell.alignment = {
      vertical: "top",
      wrapText: WRAPPED.has(column),
      ...(column === "Status" || column === "Bedömning" ? { horizontal: "center" } : {}),
    };
    if (fill) cell.fill = fill;
    cell.font = level === "plan" || level === "goal" ? { ...FONT, bold: true } : FONT;
  });
}

function writeExampleCell(cell: ExcelJS.Cell, value: ExampleCell): void {
  if (value === MERGED_ABOVE || value === null) return;
  if (typeof value !== "object") {
    cell.value = value;
    return;
  }
  if ("percent" in value) {
    cell.value = value.percent;
    cell.numFmt = value.format;
  } else if ("formula" in value) {
    cell.value = { formula: value.formula, result: value.result };
    if (value.format) cell.numFmt = value.format;
  } else if ("error" in value) {
    cell.value = { error: value.error };
  } else {
    cell.value = new Date(`${value.date}T00:00:00Z`);
    cell.numFmt = "yyyy-mm-dd";
  }
}

/** Runs of MERGED_ABOVE under a value become one vertically merged area, its text at the top beside the goal. */
function mergeMarkedCells(worksheet: ExcelJS.Worksheet, sheet: ExampleSheet, firstRow: number): void {
  sheet.header.forEach((_, c) => {
    let top: number | null = null;
    sheet.rows.forEach((cells, r) => {
      const marked = cells[c] === MERGED_ABOVE;
      if (marked && top === null) top = r - 1;
      const runEnds = top !== null && (!marked || r === sheet.rows.length - 1);
      if (runEnds && top !== null) {
        const bottom = marked ? r : r - 1;
        if (top >= 0 && bottom > top) {
          worksheet.mergeCells(firstRow + top, c + 1, firstRow + bottom, c + 1);
          const origin = worksheet.getCell(firstRow + top, c + 1);
          origin.alignment = { ...origin.alignment, vertical: "top", wrapText: true };
        }
        top = null;
      }
    });
  });
}

function addReglerSheet(workbook: ExcelJS.Workbook, rules: Rules): void {
  const content = buildReglerSheet(rules);
  const worksheet = workbook.addWorksheet(REGLER_SHEET_NAME, { properties: { tabColor: { argb: "FF808080" } } });
  const bold = new Set(content.boldRows);
  content.values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== null) worksheet.getCell(r + 1, c + 1).value = excelValue(value);
    });
    if (bold.has(r)) worksheet.getRow(r + 1).font = { ...FONT, bold: true };
  });
  content.columnWidths.forEach((w, c) => {
    worksheet.getColumn(c + 1).width = w;
  });
  for (const { row, left, right } of content.wrapped) {
    worksheet.mergeCells(row + 1, left + 1, row + 1, right + 1);
    const cell = worksheet.getCell(row + 1, left + 1);
    cell.alignment = { wrapText: true, vertical: "top" };
  }
  for (const { row, height } of content.rowHeights) worksheet.getRow(row + 1).height = height;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9, // A4
    orientation: content.print.orientation,
    fitToPage: true,
    fitToWidth: content.print.fitToPagesWide,
    fitToHeight: 0,
  };
}

function excelValue(value: RawCell): ExcelJS.CellValue {
  if (value !== null && isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  return value;
}

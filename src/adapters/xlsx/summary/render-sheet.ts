/** Renders one neutral SheetDescription onto an empty ExcelJS worksheet. */
import type ExcelJS from "exceljs";
import type { SheetContent, SheetDescription, SummaryValue } from "../../../domain/summary/types";
import { GENERAL_FORMAT } from "../../../domain/summary/types";
import { applyCellStyle } from "./cell-style";

/** ExcelJS's code for A4 in pageSetup.paperSize. */
const A4 = 9;
/** ExcelJS takes a width of exactly 9 for "default" and writes nothing, leaving Excel's 8.43; a hair more is kept. */
const EXCELJS_DEFAULT_WIDTH = 9;

const storableWidth = (width: number): number => (width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width);

function writeContent(ws: ExcelJS.Worksheet, content: SheetContent): void {
  for (const block of content.blocks) {
    block.values.forEach((values, i) =>
      values.forEach((value, j) => {
        const cell = ws.getCell(block.top + i + 1, block.left + j + 1);
        // A string is always a string cell in ExcelJS ("=…" included): only a { formula } object makes a formula.
        cell.value = value;
        const format = block.numberFormats[i]?.[j];
        if (format && format !== GENERAL_FORMAT) cell.numFmt = format;
      }),
    );
  }
  for (const { style, areas } of content.styles) {
    for (const area of areas) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) applyCellStyle(ws.getCell(r + 1, c + 1), style);
      }
    }
  }
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): SummaryValue {
  const value = ws.getCell(row + 1, col + 1).value;
  return typeof value === "string" || typeof value === "number" ? value : null;
}

function addTable(ws: ExcelJS.Worksheet, sheet: SheetDescription): void {
  const table = sheet.table;
  if (!table) return;
  const { top, left, bottom, right } = table.range;
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = left; c <= right; c++) columns.push({ name: String(cellText(ws, top, c) ?? ""), filterButton: true });
  const rows: SummaryValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: SummaryValue[] = [];
    for (let c = left; c <= right; c++) row.push(cellText(ws, r, c));
    rows.push(row);
  }
  // addTable writes the same values back into the cells; their styles stay.
  ws.addTable({
    name: table.name,
    ref: ws.getCell(top + 1, left + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as NonNullable<ExcelJS.TableStyleProperties["theme"]>, showRowStripes: true },
    columns,
    rows,
  });
}

export function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetDescription): void {
  writeContent(ws, sheet.content);
  // ExcelJS cannot draw charts: the description's cell bars stand in for the pie.
  if (sheet.chart) writeContent(ws, sheet.chart.fallback);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = storableWidth(width);
  });
  for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
  addTable(ws, sheet);

  if (sheet.freezeRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }];
  }
  const { print } = sheet;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    // 0: as many pages down as the table needs.
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}` } : {}),
  };
  ws.properties.tabColor = { argb: sheet.tabColor };
}

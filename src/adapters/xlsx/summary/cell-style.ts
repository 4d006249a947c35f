/** A neutral CellStyle onto an ExcelJS cell, adding to what earlier styles set (later styles win per property). */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../../domain/summary/types";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9DB" } };

export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.size !== undefined) font.size = style.size;
  if (style.fontColor !== undefined) font.color = { argb: style.fontColor };
  cell.font = font;

  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  }

  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.vertical !== undefined) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    cell.alignment = alignment;
  }

  if (style.borderBottom || style.borderTop) {
    const border: Partial<ExcelJS.Borders> = { ...cell.border };
    if (style.borderBottom) border.bottom = THIN;
    if (style.borderTop) border.top = THIN;
    cell.border = border;
  }
}

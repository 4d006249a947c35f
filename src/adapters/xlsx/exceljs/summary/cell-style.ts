/** A neutral CellStyle onto an ExcelJS cell, adding to what earlier styles set (later styles win per property). */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../../../domain/summary/types";

export type ExcelStyle = Partial<ExcelJS.Style>;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF8EA9DB" } };

/**
 * `base` with `style` laid over it, as a new object (base is left alone). Renderers use it to build one shared ExcelJS style per distinct look instead of one per cell.
 */
export function styleWith(base: ExcelStyle, style: CellStyle): ExcelStyle {
  const out: ExcelStyle = { ...base };
  const font: Partial<ExcelJS.Font> = { ...base.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.size !== undefined) font.size = style.size;
  if (style.fontColor !== undefined) font.color = { argb: style.fontColor };
  out.font = font;

  if (style.fill !== undefined) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  }

  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...base.alignment };
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    if (style.vertical !== undefined) alignment.vertical = style.vertical;
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    out.alignment = alignment;
  }

  if (style.borderBottom || style.borderTop) {
    const border: Partial<ExcelJS.Borders> = { ...base.border };
    if (style.borderBottom) border.bottom = THIN;
    if (style.borderTop) border.top = THIN;
    out.border = border;
  }
  return out;
}

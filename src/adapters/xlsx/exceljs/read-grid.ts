/**
 * ExcelJS workbook → WorkbookGrid: every worksheet (hidden ones too), values as Office.js would report them,
 * number formats, merged areas. One pass over the stored cells, so a 100k-row sheet stays linear.
 */
import ExcelJS from "exceljs";
import { type CellLook, type CellRange, type RawCell, type SheetGrid, type WorkbookGrid } from "../../../domain/grid";
import { parseA1Range } from "../../../domain/address/a1";
import { rawCellFromExcelJs } from "./cell-value";

const EMPTY_ROW: readonly never[] = Object.freeze([]);

export function readWorkbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(readSheetGrid) };
}

export function readSheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: (readonly RawCell[])[] = [];
  const numberFormats: (readonly (string | null)[])[] = [];
  let looks: (CellLook | undefined)[][] | null = null;
  let outlineLevels: (number | undefined)[] | null = null;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Rows without stored cells in between share one frozen empty row instead of allocating.
    while (values.length < rowNumber - 1) {
      values.push(EMPTY_ROW);
      numberFormats.push(EMPTY_ROW);
    }
    const rowValues: RawCell[] = [];
    const outline = row.outlineLevel ?? 0;
    if (outline > 0) (outlineLevels ??= [])[rowNumber - 1] = outline;
    let rowFormats: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const col = colNumber - 1;
      while (rowValues.length < col) rowValues.push(null);
      // The non-top-left cells of a merged area report the top-left value in ExcelJS; Office.js leaves them empty.
      const value = cell.type === ExcelJS.ValueType.Merge ? null : rawCellFromExcelJs(cell.value);
      rowValues.push(value);
      const look = typeof value === "string" && value.trim() !== "" ? cellLook(cell) : undefined;
      if (look !== undefined) ((looks ??= [])[rowNumber - 1] ??= [])[col] = look;
      const format = cell.numFmt;
      if (format && format !== "General") {
        rowFormats ??= [];
        while (rowFormats.length < col) rowFormats.push(null);
        rowFormats.push(format);
      }
    });
    values.push(rowValues);
    numberFormats.push(rowFormats ?? EMPTY_ROW);
  });

  const merges = sheetMerges(worksheet);
  if (looks === null && outlineLevels === null) return { name: worksheet.name, values, numberFormats, merges };
  const formatting = { cells: looks ?? [], outlineLevels: outlineLevels ?? [] };
  return { name: worksheet.name, values, numberFormats, merges, formatting };
}

/** A text cell's look where it can mark a heading (grid.ts CellLook); undefined for an ordinary cell. */
function cellLook(cell: ExcelJS.Cell): CellLook | undefined {
  const bold = cell.font?.bold === true;
  const italic = cell.font?.italic === true;
  const fill = cell.fill as { type?: string; pattern?: string } | undefined;
  const filled =
    fill?.type === "gradient" || (fill?.type === "pattern" && fill.pattern !== "none" && fill.pattern !== "gray125");
  const indent = cell.alignment?.indent ?? 0;
  if (!bold && !italic && !filled && !indent) return undefined;
  const look: { -readonly [K in keyof CellLook]: CellLook[K] } = {};
  if (bold) look.bold = true;
  if (italic) look.italic = true;
  if (filled) look.fill = true;
  if (indent) look.indent = indent;
  return look;
}

interface MergeDimensions {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Merged areas, 0-based inclusive. Read from the worksheet's merge index: `worksheet.model.merges` would serialise
 * every row first, which costs more than reading the whole grid.
 */
function sheetMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const index = (worksheet as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges;
  if (!index) {
    return worksheet.model.merges.map(parseA1Range).filter((m): m is CellRange => m !== null);
  }
  return Object.values(index)
    .filter((m): m is MergeDimensions => m !== undefined)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/**
 * ExcelJS workbook → WorkbookGrid: every worksheet (hidden ones too), values as Office.js would report them,
 * number formats, merged areas. One pass over the stored cells, so a 100k-row sheet stays linear.
 */
import ExcelJS from "exceljs";
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from "../../domain/grid";
import { rawCellFromExcelJs } from "./cell-value";

const EMPTY_ROW: readonly never[] = Object.freeze([]);

export function readWorkbookGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(readSheetGrid) };
}

export function readSheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: (readonly RawCell[])[] = [];
  const numberFormats: (readonly (string | null)[])[] = [];

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Rows without stored cells in between share one frozen empty row instead of allocating.
    while (values.length < rowNumber - 1) {
      values.push(EMPTY_ROW);
      numberFormats.push(EMPTY_ROW);
    }
    const rowValues: RawCell[] = [];
    let rowFormats: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const col = colNumber - 1;
      while (rowValues.length < col) rowValues.push(null);
      // The non-top-left cells of a merged area report the top-left value in ExcelJS; Office.js leaves them empty.
      rowValues.push(cell.type === ExcelJS.ValueType.Merge ? null : rawCellFromExcelJs(cell.value));
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

  return { name: worksheet.name, values, numberFormats, merges: sheetMerges(worksheet) };
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
  const dimensions: MergeDimensions[] = index
    ? Object.values(index).filter((m): m is MergeDimensions => m !== undefined)
    : worksheet.model.merges.map(decodeRange);
  return dimensions.map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** "B2:C5" → 1-based dimensions; only for the fallback above. */
function decodeRange(range: string): MergeDimensions {
  const [from = "", to = from] = range.split(":");
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function decodeAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) return { row: 1, col: 1 };
  let col = 0;
  for (const ch of (match[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

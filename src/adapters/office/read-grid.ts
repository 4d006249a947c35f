/**
 * Reads every worksheet's used range into a WorkbookGrid in two round trips, whatever the number of sheets and rows:
 * one for the sheet names, one for all used ranges, merged areas and protection at once.
 * Only when Excel on the web refuses a response that large (about 5 MB) does it fall back to row blocks, one sync each.
 */
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from "../../domain/grid";
import { parseAreas } from "./a1";
import { toNumberFormat, toRawCell } from "./cell-values";
import { isPayloadTooLarge } from "./office-errors";

export interface WorkbookRead {
  readonly grid: WorkbookGrid;
  /** Sheets whose protection would make a write fail half-way; checked before anything is written. */
  readonly protectedSheets: ReadonlySet<string>;
}

/**
 * Cells per round trip on the fallback path. A cell costs about 40–80 bytes in the response (value, number format,
 * value type, JSON punctuation); 40,000 cells stay well below the 5 MB limit even with long comment texts.
 */
export const CELLS_PER_READ = 40_000;

interface PendingSheet {
  readonly name: string;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
  readonly protection: Excel.WorksheetProtection;
}

/** Grows a sheet's rows as blocks arrive; the grid is 0-based from A1, so a used range starting at C5 is padded. */
class SheetBuilder {
  readonly values: RawCell[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  merges: CellRange[] = [];

  constructor(readonly name: string) {}

  place(top: number, left: number, values: unknown[][], formats: unknown[][], types: string[][]): void {
    for (let r = 0; r < values.length; r++) {
      const sourceValues = values[r] ?? [];
      const rowValues: RawCell[] = new Array<RawCell>(left).fill(null);
      const rowFormats: (string | null)[] = new Array<string | null>(left).fill(null);
      for (let c = 0; c < sourceValues.length; c++) {
        rowValues.push(toRawCell(sourceValues[c], types[r]?.[c]));
        rowFormats.push(toNumberFormat(formats[r]?.[c]));
      }
      this.values[top + r] = rowValues;
      this.numberFormats[top + r] = rowFormats;
    }
  }

  build(): SheetGrid {
    // Rows above the used range (and any gap) are empty rows, not holes: the domain iterates them.
    for (let r = 0; r < this.values.length; r++) {
      this.values[r] ??= [];
      this.numberFormats[r] ??= [];
    }
    return { name: this.name, values: this.values, numberFormats: this.numberFormats, merges: this.merges };
  }
}

function queueSheet(sheet: Excel.Worksheet, name: string, cells: boolean): PendingSheet {
  const used = sheet.getUsedRangeOrNullObject(true);
  if (cells) used.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes");
  else used.load("rowIndex,columnIndex,rowCount,columnCount");
  // Merges are looked up on the whole sheet: a merged area may reach past the last cell with a value.
  const merged = sheet.getRange().getMergedAreasOrNullObject();
  merged.load("address");
  const protection = sheet.protection;
  protection.load("protected");
  return { name, used, merged, protection };
}

function finishSheet(pending: PendingSheet, builder: SheetBuilder, protectedSheets: Set<string>): void {
  if (!pending.merged.isNullObject) builder.merges = parseAreas(pending.merged.address);
  if (pending.protection.protected) protectedSheets.add(pending.name);
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);

  const pending = worksheets.items.map((sheet, i) => queueSheet(sheet, names[i] ?? sheet.name, true));
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    return readInBlocks(context, names);
  }

  const protectedSheets = new Set<string>();
  const sheets = pending.map((p) => {
    const builder = new SheetBuilder(p.name);
    if (!p.used.isNullObject) {
      builder.place(p.used.rowIndex, p.used.columnIndex, p.used.values, p.used.numberFormat, p.used.valueTypes);
    }
    finishSheet(p, builder, protectedSheets);
    return builder.build();
  });
  return { grid: { sheets }, protectedSheets };
}

interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Cuts every used range into row blocks and groups the blocks into batches of at most CELLS_PER_READ cells. */
export function planBlocks(
  sizes: readonly ({ rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null)[],
  cellsPerRead: number = CELLS_PER_READ,
): Block[][] {
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let cells = 0;
  sizes.forEach((size, sheet) => {
    if (!size || size.rowCount === 0 || size.columnCount === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerRead / size.columnCount));
    for (let offset = 0; offset < size.rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rowCount - offset);
      const blockCells = rows * size.columnCount;
      if (cells + blockCells > cellsPerRead && batch.length > 0) {
        batches.push(batch);
        batch = [];
        cells = 0;
      }
      batch.push({ sheet, top: size.rowIndex + offset, left: size.columnIndex, rows, columns: size.columnCount });
      cells += blockCells;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function readInBlocks(context: Excel.RequestContext, names: readonly string[]): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  const pending = names.map((name) => queueSheet(worksheets.getItem(name), name, false));
  await context.sync();

  const builders = names.map((name) => new SheetBuilder(name));
  const protectedSheets = new Set<string>();
  pending.forEach((p, i) => {
    const builder = builders[i];
    if (builder) finishSheet(p, builder, protectedSheets);
  });
  const sizes = pending.map((p) => (p.used.isNullObject ? null : p.used));

  for (const batch of planBlocks(sizes)) {
    const loaded = batch.map((block) => {
      const range = worksheets
        .getItem(names[block.sheet] ?? "")
        .getRangeByIndexes(block.top, block.left, block.rows, block.columns);
      // Per cell: values, number formats and value types; no `text`, since the format and the value are all the reader needs.
      range.load("values,numberFormat,valueTypes");
      return { block, range };
    });
    // One round trip per batch is the point of this path: each response has to stay under the host's limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, range } of loaded) {
      builders[block.sheet]?.place(block.top, block.left, range.values, range.numberFormat, range.valueTypes);
    }
  }
  return { grid: { sheets: builders.map((b) => b.build()) }, protectedSheets };
}

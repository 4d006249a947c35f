/**
 * Writes the Status column of every plan sheet in one round trip: per sheet a few column blocks, each set with one
 * 2D `values` array and one `setCellProperties` array (colour and weight per cell), so the number of requests does not
 * grow with the number of rows. Cells not listed get null / {} and Excel leaves them exactly as they were.
 */
import type { StatusColumnWrite } from "../../domain/evaluation";
import type { CellRange } from "../../domain/grid";
import { STATUS_COLOR, STATUS_GLYPH, type Status } from "../../domain/status/statuses";
import { rangeAddress } from "./render-summaries";
import { officeColor } from "./sheet-format";

/** Excel on the web refuses requests above 5 MB; a margin covers what the estimate does not see. */
export const MAX_REQUEST_BYTES = 3_800_000;

/** A run of rows with this many untouched rows or more is split, so a block never spans a large empty stretch. */
const MAX_GAP = 25;

/** Per-block request overhead beyond its arrays: object paths, method names, ids. Generous on purpose. */
const BLOCK_OVERHEAD_BYTES = 2_000;

export interface HeaderWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface StatusBlock {
  readonly sheet: string;
  /** 0-based first row and the column. */
  readonly top: number;
  readonly col: number;
  readonly values: (string | null)[][];
  readonly properties: Excel.SettableCellProperties[][];
}

/** An Excel table the new Status column joins: resized to `range` before the header is written. */
export interface TableExtension {
  readonly sheet: string;
  readonly table: string;
  readonly range: CellRange;
}

export interface WritePlan {
  readonly headers: readonly HeaderWrite[];
  readonly tables: readonly TableExtension[];
  /** Blocks grouped into requests that each stay under MAX_REQUEST_BYTES; usually exactly one. */
  readonly batches: readonly (readonly StatusBlock[])[];
}

/** How a Status cell looks: the glyph in its colour, bold and centred. Shared so tests and fakes agree with Excel. */
export const STATUS_CELL_PROPERTIES: Readonly<Record<Status, Excel.SettableCellProperties>> = {
  green: { format: { font: { color: officeColor(STATUS_COLOR.green), bold: true }, horizontalAlignment: "Center" } },
  yellow: { format: { font: { color: officeColor(STATUS_COLOR.yellow), bold: true }, horizontalAlignment: "Center" } },
  red: { format: { font: { color: officeColor(STATUS_COLOR.red), bold: true }, horizontalAlignment: "Center" } },
  missing: {
    format: { font: { color: officeColor(STATUS_COLOR.missing), bold: true }, horizontalAlignment: "Center" },
  },
};

function blocksOf(write: StatusColumnWrite): StatusBlock[] {
  const cells = [...write.cells].sort((a, b) => a.row - b.row);
  const blocks: StatusBlock[] = [];
  let i = 0;
  while (i < cells.length) {
    const first = cells[i];
    if (!first) break;
    let j = i;
    while (j + 1 < cells.length && (cells[j + 1]?.row ?? 0) - (cells[j]?.row ?? 0) <= MAX_GAP) j++;
    const last = cells[j] ?? first;
    const height = last.row - first.row + 1;
    const values: (string | null)[][] = Array.from({ length: height }, () => [null]);
    const properties: Excel.SettableCellProperties[][] = Array.from({ length: height }, () => [{}]);
    for (let k = i; k <= j; k++) {
      const cell = cells[k];
      if (!cell) continue;
      values[cell.row - first.row] = [STATUS_GLYPH[cell.status]];
      properties[cell.row - first.row] = [STATUS_CELL_PROPERTIES[cell.status]];
    }
    blocks.push({ sheet: write.sheet, top: first.row, col: write.col, values, properties });
    i = j + 1;
  }
  return blocks;
}

export function estimateBytes(block: StatusBlock): number {
  return BLOCK_OVERHEAD_BYTES + JSON.stringify(block.values).length + JSON.stringify(block.properties).length;
}

/** Splits a block that alone is too large into row slices that each fit. */
function splitToFit(block: StatusBlock, maxBytes: number): StatusBlock[] {
  const size = estimateBytes(block);
  if (size <= maxBytes || block.values.length <= 1) return [block];
  const perRow = (size - BLOCK_OVERHEAD_BYTES) / block.values.length;
  const rows = Math.max(1, Math.floor((maxBytes - BLOCK_OVERHEAD_BYTES) / perRow));
  const slices: StatusBlock[] = [];
  for (let offset = 0; offset < block.values.length; offset += rows) {
    slices.push({
      ...block,
      top: block.top + offset,
      values: block.values.slice(offset, offset + rows),
      properties: block.properties.slice(offset, offset + rows),
    });
  }
  return slices;
}

export function planStatusWrites(
  writes: readonly StatusColumnWrite[],
  maxBytes: number = MAX_REQUEST_BYTES,
  tables: readonly TableExtension[] = [],
): WritePlan {
  const headers: HeaderWrite[] = [];
  const blocks: StatusBlock[] = [];
  for (const write of writes) {
    if (write.addHeader) {
      headers.push({ sheet: write.sheet, row: write.addHeader.row, col: write.col, text: write.addHeader.text });
    }
    for (const block of blocksOf(write)) blocks.push(...splitToFit(block, maxBytes));
  }
  const batches: StatusBlock[][] = [];
  let batch: StatusBlock[] = [];
  let bytes = 0;
  for (const block of blocks) {
    const size = estimateBytes(block);
    if (bytes + size > maxBytes && batch.length > 0) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(block);
    bytes += size;
  }
  if (batch.length > 0 || headers.length > 0) batches.push(batch);
  return { headers, tables, batches };
}

function queueHeader(sheet: Excel.Worksheet, header: HeaderWrite): void {
  const cell = sheet.getCell(header.row, header.col);
  // The new header looks like its neighbour (fill, borders, bold) instead of like an afterthought.
  if (header.col > 0) cell.copyFrom(sheet.getCell(header.row, header.col - 1), "Formats");
  cell.values = [[header.text]];
}

function queueBlock(sheet: Excel.Worksheet, block: StatusBlock): void {
  const range = sheet.getRangeByIndexes(block.top, block.col, block.values.length, 1);
  range.values = block.values;
  range.setCellProperties(block.properties);
}

/** Queues and syncs the plan: one sync for every batch, and there is one batch unless the statuses pass 4 MB. */
export async function applyWritePlan(context: Excel.RequestContext, plan: WritePlan): Promise<void> {
  const worksheets = context.workbook.worksheets;
  for (let b = 0; b < plan.batches.length; b++) {
    context.application.suspendScreenUpdatingUntilNextSync();
    if (b === 0) {
      for (const t of plan.tables) worksheets.getItem(t.sheet).tables.getItem(t.table).resize(rangeAddress(t.range));
      for (const header of plan.headers) queueHeader(worksheets.getItem(header.sheet), header);
    }
    for (const block of plan.batches[b] ?? []) queueBlock(worksheets.getItem(block.sheet), block);
    // Several batches only when one request would pass Excel on the web's size limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

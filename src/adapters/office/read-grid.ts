/**
 * Reads the workbook into a WorkbookGrid within Excel's documented limits: at most 5 MB per response on the web and
 * 5 million cells per read (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 * and "Read or write to a large range", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large).
 *
 * 1. One sync: the sheet names and whether the workbook structure is protected.
 * 2. One sync: per sheet its used range's size, its protection, and a probe of its first PROBE_ROWS rows (values,
 *    number formats, value types, merges); the `_Målstyrning` registry and Regler in full.
 * 3. Only the sheets where the probe says a plan could be (`mayHoldPlan`), minus the generated sheets the registry
 *    lists, are read in full: in blocks sized from the probe's bytes per cell, each response under 4 MB, so a
 *    10,000-row plan is one more sync and a second run (with the generated sheets present) takes no more.
 * A block Excel still refuses as too large is halved and read again. More than MAX_CELLS_PER_RUN cells to read stops
 * the run with TooManyCellsError before anything is read in full.
 * 4. At most one sync, and only when a plan sheet has rows that could be headings (domain headingCandidates): the
 *    look of each such row's first text cell (bold, italic, fill, indent), SPEC §1a's tie-breaker. Excel's API has
 *    no row outline level to read, so outline levels stay empty here.
 */
import type { CellLook, CellRange, RawCell, SheetFormatting, SheetGrid, WorkbookGrid } from "../../domain/grid";
import { REGLER_SHEET_NAME } from "../../domain/rules/regler-sheet";
import { headingCandidates } from "../../domain/sheet/heading-candidates";
import { mayHoldPlan, PROBE_ROWS } from "../../domain/sheet/probe";
import { generatedSheetNames, REGISTRY_SHEET_NAME } from "../../domain/summary/registry";
import { parseAreas } from "./a1";
import { toNumberFormat, toRawCell } from "./cell-values";
import { isPayloadTooLarge, TooManyCellsError } from "./office-errors";

export interface WorkbookRead {
  readonly grid: WorkbookGrid;
  /** Sheets whose protection would make a write fail half-way; checked before anything is written. */
  readonly protectedSheets: ReadonlySet<string>;
  /** The workbook structure is protected: no sheet can be added, deleted, renamed, moved or hidden. */
  readonly workbookProtected: boolean;
  /** The Excel tables of every sheet, by name, so a Status column added beside one can extend it. */
  readonly tables: readonly SheetTable[];
}

export interface SheetTable {
  readonly sheet: string;
  readonly name: string;
}

/** Response budget per sync: Excel on the web refuses 5 MB; the estimate below is of the JSON Excel sends. */
export const MAX_RESPONSE_BYTES = 4_000_000;
/** Excel reads at most 5 million cells at once and returns null past that; a run reads no more than this in all. */
export const MAX_CELLS_PER_RUN = 5_000_000;
/** Never more cells in one range than this, whatever the byte estimate says (short cells still cost Excel time). */
export const MAX_CELLS_PER_READ = 1_000_000;
/** Bytes per cell assumed at least: a number, "General" and "Double" with JSON punctuation. */
const MIN_BYTES_PER_CELL = 24;
/** The probe's rows may be shorter than the rows further down (comments grow): a margin on its measure. */
const ESTIMATE_MARGIN = 1.5;

interface Size {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Grows a sheet's rows as blocks arrive; the grid is 0-based from A1, so a used range starting at C5 is padded. */
class SheetBuilder {
  values: RawCell[][] = [];
  numberFormats: (string | null)[][] = [];
  merges: CellRange[] = [];
  formatting: SheetFormatting | null = null;

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

  reset(): void {
    this.values = [];
    this.numberFormats = [];
  }

  build(): SheetGrid {
    // Rows above the used range (and any gap) are empty rows, not holes: the domain iterates them.
    for (let r = 0; r < this.values.length; r++) {
      this.values[r] ??= [];
      this.numberFormats[r] ??= [];
    }
    const grid = { name: this.name, values: this.values, numberFormats: this.numberFormats, merges: this.merges };
    return this.formatting === null ? grid : { ...grid, formatting: this.formatting };
  }
}

interface Loaded {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: string[][];
}

function bytesOf(loaded: Pick<Loaded, "values" | "numberFormat" | "valueTypes">): number {
  return (
    JSON.stringify(loaded.values).length +
    JSON.stringify(loaded.numberFormat).length +
    JSON.stringify(loaded.valueTypes).length
  );
}

function sameSheet(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Regler and the registry are small and needed whole before anything else can be decided. */
function readWhole(name: string): boolean {
  return sameSheet(name, REGLER_SHEET_NAME) || sameSheet(name, REGISTRY_SHEET_NAME);
}

interface Pending {
  readonly name: string;
  readonly used: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
  /** The used part of the first PROBE_ROWS rows, or the whole used range for Regler and the registry. */
  readonly probe: Excel.Range;
  readonly probeMerges: Excel.RangeAreas;
  readonly tables: Excel.TableCollection;
}

function queueProbe(sheet: Excel.Worksheet, name: string): Pending {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const protection = sheet.protection;
  protection.load("protected");
  const area = readWhole(name) ? sheet.getRange() : sheet.getRange(`1:${PROBE_ROWS}`);
  const probe = area.getUsedRangeOrNullObject(true);
  probe.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
  const probeMerges = area.getMergedAreasOrNullObject();
  probeMerges.load("address");
  const tables = sheet.tables;
  tables.load("items/name");
  return { name, used, protection, probe, probeMerges, tables };
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);

  const pending = names.map((name) => queueProbe(worksheets.getItem(name), name));
  await context.sync();

  const builders = names.map((name) => new SheetBuilder(name));
  const protectedSheets = new Set<string>();
  const sizes: (Size | null)[] = [];
  const bytesPerCell: number[] = [];
  pending.forEach((p, i) => {
    const builder = builders[i];
    if (!builder) return;
    if (p.protection.protected) protectedSheets.add(p.name);
    sizes.push(p.used.isNullObject ? null : p.used);
    let perCell = MIN_BYTES_PER_CELL;
    if (!p.probe.isNullObject) {
      builder.place(p.probe.rowIndex, p.probe.columnIndex, p.probe.values, p.probe.numberFormat, p.probe.valueTypes);
      const cells = p.probe.values.length * (p.probe.values[0]?.length ?? 0);
      if (cells > 0) perCell = Math.max(MIN_BYTES_PER_CELL, (bytesOf(p.probe) / cells) * ESTIMATE_MARGIN);
    }
    bytesPerCell.push(perCell);
    if (!p.probeMerges.isNullObject) builder.merges = parseAreas(p.probeMerges.address);
  });

  // Which sheets hold plans is decided on the probes; generated sheets are known from the (whole) registry.
  const probed: WorkbookGrid = { sheets: builders.map((b) => b.build()) };
  const generated = generatedSheetNames(probed);
  const full = names
    .map((name, sheet) => ({ name, sheet, size: sizes[sheet] ?? null }))
    .filter(({ name, sheet, size }) => {
      if (size === null || readWhole(name) || generated.has(name)) return false;
      const probe = probed.sheets[sheet];
      // A used range that ends within the probe rows was read whole by the probe.
      if (size.rowIndex + size.rowCount <= PROBE_ROWS) return false;
      return probe !== undefined && mayHoldPlan(probe);
    });

  const total = full.reduce((n, f) => n + (f.size?.rowCount ?? 0) * (f.size?.columnCount ?? 0), 0);
  if (total > MAX_CELLS_PER_RUN) {
    const largest = [...full].sort(
      (a, b) =>
        (b.size?.rowCount ?? 0) * (b.size?.columnCount ?? 0) - (a.size?.rowCount ?? 0) * (a.size?.columnCount ?? 0),
    )[0];
    throw new TooManyCellsError(largest?.name ?? "", total, MAX_CELLS_PER_RUN);
  }

  if (full.length > 0) {
    let merges: Excel.RangeAreas[] = [];
    // The merged areas ride along with the first batch of blocks (again, if that batch is refused): no round trip of
    // their own. They are looked up on the whole sheet: a merged area may reach past the last cell with a value.
    const queueMerges = (): void => {
      merges = full.map(({ name }) => {
        const areas = worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
        areas.load("address");
        return areas;
      });
    };
    const fullSizes = names.map((_, sheet) => full.find((f) => f.sheet === sheet)?.size ?? null);
    for (const f of full) builders[f.sheet]?.reset();
    await readBlocks(context, names, planBlocks(fullSizes, bytesPerCell), builders, queueMerges);
    full.forEach((f, i) => {
      const areas = merges[i];
      const builder = builders[f.sheet];
      if (areas && builder) builder.merges = areas.isNullObject ? [] : parseAreas(areas.address);
    });
  }
  await readLooks(
    context,
    builders,
    names.map((name, sheet) => sizes[sheet] !== null && !readWhole(name) && !generated.has(name)),
  );
  const tables = pending.flatMap((p) => p.tables.items.map((t) => ({ sheet: p.name, name: t.name })));
  return {
    grid: { sheets: builders.map((b) => b.build()) },
    protectedSheets,
    workbookProtected: workbookProtection.protected,
    tables,
  };
}

export interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  /** Estimated response bytes. */
  readonly bytes: number;
}

/**
 * Cuts the used ranges into row blocks and groups them into batches whose estimated response stays under
 * `maxBytes` (and MAX_CELLS_PER_READ cells): one sync per batch.
 */
export function planBlocks(
  sizes: readonly (Size | null)[],
  bytesPerCell: readonly number[],
  maxBytes: number = MAX_RESPONSE_BYTES,
): Block[][] {
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let bytes = 0;
  let cells = 0;
  sizes.forEach((size, sheet) => {
    if (!size || size.rowCount === 0 || size.columnCount === 0) return;
    const perCell = bytesPerCell[sheet] ?? MIN_BYTES_PER_CELL;
    const rowBytes = perCell * size.columnCount;
    const rowsPerBlock = Math.max(
      1,
      Math.min(Math.floor(maxBytes / rowBytes), Math.floor(MAX_CELLS_PER_READ / size.columnCount)),
    );
    for (let offset = 0; offset < size.rowCount; offset += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rowCount - offset);
      const blockBytes = rows * rowBytes;
      const blockCells = rows * size.columnCount;
      if ((bytes + blockBytes > maxBytes || cells + blockCells > MAX_CELLS_PER_READ) && batch.length > 0) {
        batches.push(batch);
        batch = [];
        bytes = 0;
        cells = 0;
      }
      batch.push({
        sheet,
        top: size.rowIndex + offset,
        left: size.columnIndex,
        rows,
        columns: size.columnCount,
        bytes: blockBytes,
      });
      bytes += blockBytes;
      cells += blockCells;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** A batch in two halves (by blocks, or a single block by rows); null when it is one row and cannot shrink. */
function halve(batch: readonly Block[]): [Block[], Block[]] | null {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const block = batch[0];
  if (!block || block.rows <= 1) return null;
  const upper = Math.ceil(block.rows / 2);
  const perRow = block.bytes / block.rows;
  return [
    [{ ...block, rows: upper, bytes: upper * perRow }],
    [{ ...block, top: block.top + upper, rows: block.rows - upper, bytes: (block.rows - upper) * perRow }],
  ];
}

async function readBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  batches: readonly (readonly Block[])[],
  builders: readonly SheetBuilder[],
  withFirstSync: () => void,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const queue = [...batches];
  let first = true;
  while (queue.length > 0) {
    const batch = queue.shift() ?? [];
    if (first) withFirstSync();
    const loaded = batch.map((block) => {
      const range = worksheets
        .getItem(names[block.sheet] ?? "")
        .getRangeByIndexes(block.top, block.left, block.rows, block.columns);
      // Per cell: values, number formats and value types; no `text`, since the format and the value are all the reader needs.
      range.load("values,numberFormat,valueTypes");
      return { block, range };
    });
    try {
      // One round trip per batch is the point: each response has to stay under the host's limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // The estimate was too low (long texts further down): read the batch again in halves.
      const halves = isPayloadTooLarge(error) ? halve(batch) : null;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    first = false;
    for (const { block, range } of loaded) {
      builders[block.sheet]?.place(block.top, block.left, range.values, range.numberFormat, range.valueTypes);
    }
  }
}

/**
 * At most this many cells' looks in the one formatting sync: each is its own range in the request and four
 * properties in the response (a few hundred bytes both ways), far under 4 MB. Sheets past it go without formatting,
 * and text and position decide, as they must anyway.
 */
export const MAX_LOOK_CELLS = 5_000;
/** Excel reports a cell without fill as white. */
const NO_FILL = "#FFFFFF";

async function readLooks(
  context: Excel.RequestContext,
  builders: readonly SheetBuilder[],
  mayHold: readonly boolean[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  let budget = MAX_LOOK_CELLS;
  const queued: { builder: SheetBuilder; cells: { row: number; col: number; range: Excel.Range }[] }[] = [];
  builders.forEach((builder, sheet) => {
    if (mayHold[sheet] !== true) return;
    const candidates = headingCandidates(builder.build());
    if (candidates.length === 0 || candidates.length > budget) return;
    budget -= candidates.length;
    const worksheet = worksheets.getItem(builder.name);
    const cells = candidates.map(({ row, col }) => {
      const range = worksheet.getCell(row, col);
      range.load("format/font/bold,format/font/italic,format/fill/color,format/indentLevel");
      return { row, col, range };
    });
    queued.push({ builder, cells });
  });
  if (queued.length === 0) return;
  try {
    await context.sync();
  } catch (error) {
    // Formatting only breaks ties: a refused read costs the tie-breaker, never the run.
    if (isPayloadTooLarge(error)) return;
    throw error;
  }
  for (const { builder, cells } of queued) {
    const rows: (CellLook | undefined)[][] = [];
    for (const { row, col, range } of cells) {
      const look = lookOf(range.format);
      if (look !== undefined) (rows[row] ??= [])[col] = look;
    }
    builder.formatting = rows.length === 0 ? null : { cells: rows, outlineLevels: [] };
  }
}

/** The same CellLook the xlsx readers make: only what can mark a heading, undefined for an ordinary cell. */
function lookOf(format: Excel.RangeFormat): CellLook | undefined {
  const color = format.fill.color;
  const indent = format.indentLevel;
  const look: { -readonly [K in keyof CellLook]: CellLook[K] } = {};
  if (format.font.bold === true) look.bold = true;
  if (format.font.italic === true) look.italic = true;
  if (typeof color === "string" && color !== "" && color.toUpperCase() !== NO_FILL) look.fill = true;
  if (typeof indent === "number" && indent > 0) look.indent = indent;
  return Object.keys(look).length === 0 ? undefined : look;
}

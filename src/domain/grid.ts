/**
 * The engine's view of a workbook: plain data, the way HyperFormula takes RawCellContent[][].
 * Adapters (ExcelJS, Office.js) translate to and from this; the domain never sees either library.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. Tagged so it cannot be confused with the same text typed into a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Formulas arrive as their cached result. Dates arrive as Excel serial numbers with a
 * date number format, exactly as Office.js `range.values` reports them.
 */
export type RawCell = string | number | boolean | null | CellError;

/** 0-based, inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * How a text cell looks, where it has any formatting that can mark a heading. Only ever a tie-breaker for
 * recognising a sheet's layout (SPEC §1a): text and position decide, and a grid without it reads the same.
 */
export interface CellLook {
  readonly bold?: true;
  readonly italic?: true;
  /** A fill other than none. */
  readonly fill?: true;
  /** Alignment indent steps. */
  readonly indent?: number;
}

/** Formatting the readers have cheaply; sparse: rows and cells without any are missing. */
export interface SheetFormatting {
  /** [row][col], 0-based, for text cells with a look. */
  readonly cells: readonly (readonly (CellLook | undefined)[] | undefined)[];
  /** Excel's row outline (grouping) level per 0-based row; missing means 0. */
  readonly outlineLevels: readonly (number | undefined)[];
}

export interface SheetGrid {
  readonly name: string;
  /** values[row][col], 0-based: values[0][0] is A1. Rows may be shorter than others; missing cells are empty. */
  readonly values: readonly (readonly RawCell[])[];
  /** Same indexing as values; a missing entry or null means "General". */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  /** Merged areas; the value lives in the top-left cell. */
  readonly merges: readonly CellRange[];
  /** Present only when the reader found formatting worth keeping (bold, fill, indent, row outline levels). */
  readonly formatting?: SheetFormatting;
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export interface CellContent {
  readonly value: RawCell;
  readonly format: string | null;
}

export function isCellError(value: RawCell): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/**
 * Reads cells with merged areas resolved to their top-left cell. Build once per sheet: the merge lookup is
 * indexed so that reading a 100k-row sheet stays linear.
 */
export function createCellReader(grid: SheetGrid): (row: number, col: number) => CellContent {
  const mergeOrigin = new Map<string, readonly [number, number]>();
  for (const m of grid.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) mergeOrigin.set(`${r},${c}`, [m.top, m.left]);
      }
    }
  }
  const raw = (row: number, col: number): CellContent => ({
    value: grid.values[row]?.[col] ?? null,
    format: grid.numberFormats[row]?.[col] ?? null,
  });
  if (mergeOrigin.size === 0) return raw;
  return (row, col) => {
    const origin = mergeOrigin.get(`${row},${col}`);
    return origin ? raw(origin[0], origin[1]) : raw(row, col);
  };
}

/** Number of columns in the widest row. */
export function gridWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return width;
}

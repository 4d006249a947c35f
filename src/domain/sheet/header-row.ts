/** Finds the header row of a plan sheet and what each column means (SPEC §1, §5). */
import { createCellReader, gridWidth, isCellError, type CellRange, type RawCell, type SheetGrid } from "../grid";
import { matchHeader } from "./column-names";
import { cellText, displayLabel } from "./text";
import type { ColumnKey, PeriodColumn, SheetLayout } from "./types";

/** SPEC §1: the header row may be anywhere in the first 20 rows. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The first row after the header. Usually headerRow + 1, but a header cell merged downwards ("Nivå" over two rows
 * beside a two-row "Utfall" block) covers the rows below it, and those must not be read as data.
 */
export function firstDataRow(grid: SheetGrid, headerRow: number): number {
  let first = headerRow + 1;
  for (const m of grid.merges) {
    if (m.top <= headerRow && m.bottom >= headerRow) first = Math.max(first, m.bottom + 1);
  }
  return first;
}

/** Whether a cell holds a value a person entered: error values (#N/A from a lookup of a future period) do not count. */
export function hasValue(value: RawCell): boolean {
  return !isCellError(value) && cellText(value) !== "";
}

/** Columns of the header row that continue a horizontal merge: the merged header is read once, at its left edge. */
function mergeContinuations(merges: readonly CellRange[], row: number): Set<number> {
  const cols = new Set<number>();
  for (const m of merges) {
    if (m.top > row || m.bottom < row) continue;
    for (let c = m.left + 1; c <= m.right; c++) cols.add(c);
  }
  return cols;
}

/**
 * The layout of a plan sheet, or null when none of its first 20 rows has both a Nivå-type and a Namn-type column.
 *
 * When a column appears twice ("Målvärde 2021", "Målvärde 2022"), an exact name beats a name with a suffix and,
 * among equals, the leftmost wins; the others are ignored like unknown columns. Every Utfall/Resultat/Actual column
 * is a period, even when two have the same header.
 */
export function findLayout(grid: SheetGrid): SheetLayout | null {
  const read = createCellReader(grid);
  const width = gridWidth(grid);
  return firstHeaderRow(grid, (row) => layoutAt(grid, read, width, row));
}

/** The first of the rows a header may stand in (SPEC §1: the first 20) for which `at` finds one. */
export function firstHeaderRow<T>(grid: SheetGrid, at: (row: number) => T | null): T | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let row = 0; row < rows; row++) {
    const found = at(row);
    if (found) return found;
  }
  return null;
}

function layoutAt(
  grid: SheetGrid,
  read: ReturnType<typeof createCellReader>,
  width: number,
  headerRow: number,
): SheetLayout | null {
  const continuations = mergeContinuations(grid.merges, headerRow);
  const columns: Partial<Record<ColumnKey, number>> = {};
  const exactness: Partial<Record<ColumnKey, boolean>> = {};
  const periodCols: { header: string; col: number }[] = [];
  let lastHeaderCol = -1;
  for (let col = 0; col < width; col++) {
    const text = cellText(read(headerRow, col).value);
    if (text === "") continue;
    lastHeaderCol = col;
    if (continuations.has(col)) continue;
    const match = matchHeader(text);
    if (!match) continue;
    if (match.kind === "period") {
      periodCols.push({ header: displayLabel(text), col });
      continue;
    }
    const seen = columns[match.key];
    if (seen === undefined || (match.exact && !exactness[match.key])) {
      columns[match.key] = col;
      exactness[match.key] = match.exact;
    }
  }
  if (columns.level === undefined || columns.name === undefined) return null;

  const dataStart = firstDataRow(grid, headerRow);
  const periods: PeriodColumn[] = periodCols.map(({ header, col }) => {
    let filled = false;
    for (let row = dataStart; row < grid.values.length && !filled; row++) filled = hasValue(read(row, col).value);
    return { header, col, hasValues: filled };
  });
  return { sheet: grid.name, headerRow, columns, periods, lastHeaderCol };
}

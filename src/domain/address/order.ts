/** One reading order for cells: row by row, left to right (what the task pane and the CLI list top to bottom). */
import type { CellPosition } from "./cell-address";

/** Above Excel's last column (XFD, 16384), so row * COLUMN_SPAN + col orders row-major. */
const COLUMN_SPAN = 20000;

/** A number that orders cells row-major; -1 for no cell, so those come first. */
export function positionKey(cell: CellPosition | null): number {
  return cell === null ? -1 : cell.row * COLUMN_SPAN + cell.col;
}

/** Row, then column; no cell first. */
export function comparePositions(a: CellPosition | null, b: CellPosition | null): number {
  return positionKey(a) - positionKey(b);
}

/**
 * Stable sort by cell, row-major, items without a cell first. The same array when it is already in order (the
 * engine lists a sheet's problems in cell order, so a linear check usually replaces sorting tens of thousands);
 * otherwise one numeric key per item, and the sort moves indices, not keyed objects.
 */
export function sortByPosition<T>(items: readonly T[], cellOf: (item: T) => CellPosition | null): readonly T[] {
  const keys = new Float64Array(items.length);
  let sorted = true;
  for (let i = 0; i < items.length; i++) {
    keys[i] = positionKey(cellOf(items[i] as T));
    if (i > 0 && (keys[i] as number) < (keys[i - 1] as number)) sorted = false;
  }
  if (sorted) return items;
  const order = Array.from({ length: items.length }, (_, i) => i);
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return order.map((i) => items[i] as T);
}

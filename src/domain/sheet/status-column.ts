/**
 * Where a sheet without a Status column gets one (SPEC §6): the first column right of the header whose cells are
 * empty in every row of the sheet — above the header, far below the table, without a header of its own — and that no
 * merged area reaches into. Decided here so the CLI and the add-in write the same column, and never over a user's
 * note.
 */
import type { SheetGrid } from "../grid";

/** The column for a new Status column, right of `lastHeaderCol`. */
export function freeStatusColumn(grid: SheetGrid, lastHeaderCol: number): number {
  const used = new Set<number>();
  for (const row of grid.values) {
    // A cell holding "" is a formula's empty result or typed text: still the user's.
    for (let c = lastHeaderCol + 1; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) used.add(c);
  }
  for (const m of grid.merges) {
    for (let c = Math.max(m.left, lastHeaderCol + 1); c <= m.right; c++) used.add(c);
  }
  let col = lastHeaderCol + 1;
  while (used.has(col)) col++;
  return col;
}

/** A1 text ("E7", "B3:C4") and Excel's 1-based row numbers: the only place the domain turns positions into text and back. */
import type { CellRange } from "../grid";
import type { CellPosition } from "./cell-address";

/** Excel column letters for a 0-based column index: 0 -> A, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index of column letters: A -> 0, AA -> 26 (the inverse of columnLetters). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The row number Excel shows for a 0-based row. */
export function rowNumber(row: number): number {
  return row + 1;
}

/** { row: 6, col: 4 } -> "E7". */
export function formatA1(cell: CellPosition): string {
  return `${columnLetters(cell.col)}${rowNumber(cell.row)}`;
}

const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "E7" or "$E$7" -> { row: 6, col: 4 } (the inverse of formatA1); null for anything that is not one cell. */
export function parseA1(ref: string): CellPosition | null {
  const m = A1_CELL.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B3:C4" or "B3" -> a 0-based range; null when it is not a cell range (whole rows or columns, a sheet name). */
export function parseA1Range(range: string): CellRange | null {
  const [first, second] = range.split(":");
  const a = first === undefined ? null : parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

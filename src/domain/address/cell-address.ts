/**
 * Where a cell is, as numbers: 0-based like HyperFormula's SimpleCellAddress, so A1 is { row: 0, col: 0 }. Every
 * row and column number in the domain (grid, layouts, problems, evaluated rows, status writes, summary sheets) counts
 * this way. "E7" and Excel's 1-based row numbers are text for people and for the JSON contract, made at the edges
 * with `a1.ts`.
 */

/** A cell within a sheet that is known from context. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A cell of a named sheet. */
export interface CellAddress extends CellPosition {
  readonly sheet: string;
}

export function cellAt(sheet: string, row: number, col: number): CellAddress {
  return { sheet, row, col };
}

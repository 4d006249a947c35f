/**
 * Cells the way a controller finds them in Excel: `adr("E6")` is the engine's 0-based { row: 5, col: 4 }, and
 * `adr("Plan!E6")` adds the sheet. Tests write the address they would click; the engine keeps numbers.
 */
import { parseA1 } from "../../src/domain/address/a1";
import type { CellAddress, CellPosition } from "../../src/domain/address/cell-address";

type Adr<R extends string> = R extends `${string}!${string}` ? CellAddress : CellPosition;

export function adr<R extends string>(ref: R): Adr<R> {
  const bang = ref.lastIndexOf("!");
  const cell = parseA1(bang >= 0 ? ref.slice(bang + 1) : ref);
  if (cell === null) throw new Error(`adr: "${ref}" is not one cell`);
  const address = bang < 0 ? cell : { sheet: ref.slice(0, bang).replace(/^'(.*)'$/, "$1"), ...cell };
  return address as Adr<R>;
}

/** The 0-based row of Excel's row number `n` (row 7 is 6). */
export function excelRow(n: number): number {
  return n - 1;
}

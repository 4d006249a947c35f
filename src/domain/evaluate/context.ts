/** What evaluating one plan sheet needs at every row, built once per sheet so that rows stay cheap. */
import { cellAddress, type CellContent } from "../grid";
import type { Problem, ProblemLocation } from "../problems";
import type { IndicatorRule, Rules } from "../rules/types";
import { cellText } from "../sheet/text";
import type { ColumnKey, SheetLayout } from "../sheet/types";

export interface SheetContext {
  readonly sheet: string;
  readonly layout: SheetLayout;
  /** Merge-aware; created once per sheet. */
  readonly read: (row: number, col: number) => CellContent;
  /** The active period's Utfall column on this sheet; null when the sheet has none. */
  readonly actualCol: number | null;
  /** Its header as written ("Utfall april"). */
  readonly actualHeader: string | null;
  readonly rules: Rules;
  readonly defaultRule: IndicatorRule;
  readonly problems: Problem[];
}

/** The cell of a column on a row, or the Namn cell when the sheet lacks that column. */
export function at(ctx: SheetContext, row: number, key: ColumnKey): ProblemLocation {
  const col = ctx.layout.columns[key] ?? ctx.layout.columns.name ?? 0;
  return { sheet: ctx.sheet, cell: cellAddress(row, col) };
}

export function cellOf(ctx: SheetContext, row: number, key: ColumnKey): CellContent | null {
  const col = ctx.layout.columns[key];
  return col === undefined ? null : ctx.read(row, col);
}

/** A free-text column (Kommentar, Ansvarig, Dnr) as trimmed text; null when empty or absent. */
export function textOf(ctx: SheetContext, row: number, key: ColumnKey): string | null {
  const cell = cellOf(ctx, row, key);
  if (cell === null) return null;
  const text = cellText(cell.value);
  return text === "" ? null : text;
}

/** What evaluating one plan sheet needs at every row, built once per sheet so that rows stay cheap. */
import { type CellContent, type RawCell, type SheetGrid } from "../grid";
import type { CellAddress } from "../address/cell-address";
import type { Problem } from "../problems";
import type { IndicatorRule, Rules } from "../rules/types";
import { cellText } from "../sheet/text";
import type { PlanLayout } from "../sheet/layout";
import type { ColumnKey } from "../sheet/types";

export interface SheetContext {
  readonly sheet: string;
  readonly layout: PlanLayout;
  /** Merge-aware; created once per sheet. */
  readonly read: (row: number, col: number) => CellContent;
  /** Merge-aware too, the value alone: columns read as words or text need no number format. */
  readonly readRaw: (row: number, col: number) => RawCell;
  /** The active period's Utfall column on this sheet; null when the sheet has none. */
  readonly actualCol: number | null;
  /** Its header as written ("Utfall april"). */
  readonly actualHeader: string | null;
  readonly rules: Rules;
  readonly defaultRule: IndicatorRule;
  readonly problems: Problem[];
}

/** The cell of a column on a row, or the Namn cell when the sheet lacks that column. */
export function at(ctx: SheetContext, row: number, key: ColumnKey): CellAddress {
  const col = ctx.layout.columns[key] ?? ctx.layout.columns.name ?? 0;
  return { sheet: ctx.sheet, row, col };
}

export function cellOf(ctx: SheetContext, row: number, key: ColumnKey): CellContent | null {
  const col = ctx.layout.columns[key];
  return col === undefined ? null : ctx.read(row, col);
}

/**
 * The value of a column on a row, undefined when the sheet lacks that column. For columns whose number
 * format does not matter: several are read on every row, and this builds no CellContent for them.
 */
export function rawOf(ctx: SheetContext, row: number, key: ColumnKey): RawCell | undefined {
  const col = ctx.layout.columns[key];
  return col === undefined ? undefined : ctx.readRaw(row, col);
}

/**
 * A reader of values alone that agrees with `read`: straight from the grid when no merge hides a cell,
 * otherwise through `read`, which resolves merges.
 */
export function createRawReader(
  grid: SheetGrid,
  read: (row: number, col: number) => CellContent,
): (row: number, col: number) => RawCell {
  if (grid.merges.length === 0) return (row, col) => grid.values[row]?.[col] ?? null;
  return (row, col) => read(row, col).value;
}

/** A free-text column (Kommentar, Ansvarig, Dnr) as trimmed text; null when empty or absent. */
export function textOf(ctx: SheetContext, row: number, key: ColumnKey): string | null {
  const value = rawOf(ctx, row, key);
  if (value === undefined) return null;
  const text = cellText(value);
  return text === "" ? null : text;
}

/**
 * Recognising how a sheet is laid out (SPEC §1, §1a): the one place that decides; everything downstream reads the
 * PlanLayout it returns.
 */
import type { SheetGrid } from "../grid";
import { findLayout } from "./header";
import { nivaLayout, type PlanLayout } from "./layout";

export interface RecognizeOptions {
  /** The Regler sheet's perspective names: a heading or sheet named after one gives that perspective. */
  readonly perspectives: readonly string[];
}

/** The sheet's layout, or null when it is not a plan sheet (a budget, a staff list, a pivot of numbers). */
export function recognizeLayout(grid: SheetGrid, options: RecognizeOptions): PlanLayout | null {
  void options;
  const header = findLayout(grid);
  return header === null ? null : nivaLayout(header);
}

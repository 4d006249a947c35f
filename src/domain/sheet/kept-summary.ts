/**
 * A summary sheet the user kept under another name (last tertial's Översikt, renamed so the next run does not replace
 * it) is no longer in the `_Målstyrning` registry. Its table has plan-like columns (Plan | Mål | Mätetal | … | Status),
 * so without this check the next run would read it as a plan sheet and write Status cells into it. What gives it
 * away is the run line every summary sheet carries under its title (`summary/heading-section.ts` writes it; a test
 * holds the two together), which no plan sheet has.
 */
import { isCellError, type SheetGrid } from "../grid";

/** "… · Period: Utfall augusti · Sammanställt 2026-12-03", the whole cell. */
const RUN_LINE = /(^|· )Period: .* · Sammanställt \d{4}-\d{2}-\d{2}$/;

/** Summary sheets put their run line on the second or third row. */
const ROWS_TO_LOOK = 3;

export function isKeptSummarySheet(sheet: SheetGrid): boolean {
  for (let r = 0; r < ROWS_TO_LOOK; r++) {
    const cell = sheet.values[r]?.[0];
    if (typeof cell === "string" && !isCellError(cell) && RUN_LINE.test(cell.trim())) return true;
  }
  return false;
}

/**
 * Which sheets a host must read in full. Excel cannot afford to read every sheet's whole used range (5 MB per
 * response on the web, 5 million cells per read; SPEC §8), so the Office adapter first reads each sheet's first
 * PROBE_ROWS rows and reads on only where this says a plan could be there. Anything that could start a plan sheet
 * (§1, §1a) counts: a header the reader recognises, or a column or level word in the rows where a header may be.
 */
import type { SheetGrid } from "../grid";
import { HEADER_SEARCH_ROWS } from "./header-row";
import { matchHeader } from "./column-names";
import { parseLevel } from "./levels";
import { recognizeLayout } from "./recognize";

/** The header search rows plus a few below, so a header merged downwards is seen whole. */
export const PROBE_ROWS = HEADER_SEARCH_ROWS + 5;

/** `sheet` holds (at least) the sheet's first PROBE_ROWS rows. False only where no plan can start. */
export function mayHoldPlan(sheet: SheetGrid): boolean {
  if (recognizeLayout(sheet, { perspectives: [] }) !== null) return true;
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const cell of sheet.values[r] ?? []) {
      if (typeof cell !== "string" || cell.length > 80) continue;
      if (matchHeader(cell) !== null || parseLevel(cell) !== null) return true;
    }
  }
  return false;
}

/**
 * Which rows could be heading rows, found on text and position alone, so a host that pays for every formatting read
 * (Office.js) asks for the look of those cells only. Formatting is a tie-breaker between heading and data row
 * (SPEC §1a, recognize.ts); a row that already has a target, actual, baseline or assessment is data whatever it
 * looks like, and sheets read by level columns, plan lists or a Nivå column never consult formatting.
 */
import { createCellReader, type SheetGrid } from "../grid";
import { findLayout, firstDataRow } from "./header-row";
import { findOwnHeader } from "./recognize";
import { cellText } from "./text";

export interface HeadingCandidate {
  readonly row: number;
  /** The column of the row's first text, at or left of the name column: the cell whose look counts. */
  readonly col: number;
}

export function headingCandidates(grid: SheetGrid): HeadingCandidate[] {
  if (findLayout(grid) !== null) return [];
  const header = findOwnHeader(grid);
  if (header === null || header.kind !== "heading-rows") return [];
  const valueCols = [
    header.columns.target,
    header.columns.assessment,
    header.columns.baseline,
    ...header.periods.map((p) => p.col),
  ].filter((c): c is number => c !== undefined && c > header.nameCol);
  const read = createCellReader(grid);
  const text = (row: number, col: number): string => cellText(read(row, col).value);
  const candidates: HeadingCandidate[] = [];
  for (let row = firstDataRow(grid, header.row); row < grid.values.length; row++) {
    if (valueCols.some((col) => text(row, col) !== "")) continue;
    for (let col = 0; col <= header.nameCol; col++) {
      if (text(row, col) === "") continue;
      candidates.push({ row, col });
      break;
    }
  }
  return candidates;
}

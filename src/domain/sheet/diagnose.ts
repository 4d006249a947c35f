/**
 * Why a sheet that looks like a table was not read as a plan sheet (SPEC §1a): which row was taken as its header,
 * which columns were recognised and what is missing. Only used for sheets the recognition turned down, so that a
 * user who meant the sheet as a plan learns what to change instead of seeing one line and 0 rows.
 */
import { createCellReader, gridWidth, type SheetGrid } from "../grid";
import { columnLetters } from "../address/a1";
import type { Level } from "../vocabulary";
import { HEADER_SEARCH_ROWS, hasValue } from "./header-row";
import { matchHeader } from "./column-names";
import { parseLevel } from "./levels";
import { displayLabel, normalizeLabel } from "./text";
import type { ColumnKey } from "./types";

/** What a header cell was recognised as. */
export type RecognisedRole = ColumnKey | "period" | `levels:${Level}`;

export interface RecognisedColumn {
  readonly col: number;
  /** The header as written, cleaned for display. */
  readonly header: string;
  readonly role: RecognisedRole;
}

/** The two things every plan layout needs: where each row's level comes from, and its name. */
export type MissingPart = "level" | "name";

export interface SheetDiagnosis {
  readonly sheet: string;
  /** The row taken as the header: the one with the most recognised columns, else the most text cells. */
  readonly headerRow: number;
  readonly recognised: readonly RecognisedColumn[];
  readonly missing: readonly MissingPart[];
}

/** A table has a header of at least this many text cells and at least one row of values below it. */
const MIN_HEADER_CELLS = 2;

/**
 * The diagnosis of a sheet that looks like a table, or null for a sheet that does not (empty, one column of notes,
 * a title and nothing under it). Reads at most the first 20 rows for the header and stops at the first data row.
 */
export function diagnoseSheet(grid: SheetGrid): SheetDiagnosis | null {
  const read = createCellReader(grid);
  const width = gridWidth(grid);
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  let best: { row: number; recognised: RecognisedColumn[]; textCells: number } | null = null;
  for (let row = 0; row < rows; row++) {
    const recognised: RecognisedColumn[] = [];
    let textCells = 0;
    for (let col = 0; col < width; col++) {
      const value = read(row, col).value;
      if (typeof value !== "string" || value.trim() === "") continue;
      textCells++;
      const role = roleOf(value);
      if (role !== null) recognised.push({ col, header: displayLabel(value), role });
    }
    if (textCells < MIN_HEADER_CELLS || !hasRowBelow(grid, read, width, row)) continue;
    const better =
      best === null ||
      recognised.length > best.recognised.length ||
      (recognised.length === best.recognised.length && best.recognised.length === 0 && textCells > best.textCells);
    if (better) best = { row, recognised, textCells };
  }
  if (best === null) return null;
  const roles = new Set(best.recognised.map((c) => c.role));
  const levelColumns = best.recognised.some((c) => c.role.startsWith("levels:"));
  const missing: MissingPart[] = [];
  if (!roles.has("level") && !levelColumns) missing.push("level");
  if (!roles.has("name") && !levelColumns) missing.push("name");
  return { sheet: grid.name, headerRow: best.row, recognised: best.recognised, missing };
}

function hasRowBelow(
  grid: SheetGrid,
  read: ReturnType<typeof createCellReader>,
  width: number,
  headerRow: number,
): boolean {
  for (let row = headerRow + 1; row < grid.values.length; row++) {
    for (let col = 0; col < width; col++) if (hasValue(read(row, col).value)) return true;
  }
  return false;
}

/** A SPEC §1 column, an Utfall column, or a column named with a level word ("Strategiskt mål Patient", "Mätetal"). */
function roleOf(header: string): RecognisedRole | null {
  const match = matchHeader(header);
  if (match) return match.kind === "period" ? "period" : match.key;
  const words = normalizeLabel(header).split(" ");
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const level = parseLevel(words.slice(0, n).join(" "));
    if (level !== null) return `levels:${level}`;
  }
  return null;
}

/** `A "Mål", C "Målvärde", D "Utfall augusti"`: language-neutral, so each message map can use it as it is. */
export function recognisedText(d: SheetDiagnosis): string {
  return d.recognised.map((c) => `${columnLetters(c.col)} "${c.header}"`).join(", ");
}

/** Whether the header names a Målvärde column: a sheet with targets is meant as a plan even when others are read. */
export function looksLikePlan(d: SheetDiagnosis): boolean {
  return d.recognised.some((c) => c.role === "target");
}

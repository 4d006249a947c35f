/**
 * "Spara tolkningen": the current reading of each plan sheet as Bladtolkning rows, for the user to adjust. What
 * parseBladtolkning reads back from these rows gives the same reading (columns, levels, heading rows).
 */
import { createCellReader, gridWidth, type RawCell, type SheetGrid } from "../grid";
import { columnLetters, rowNumber } from "../address/a1";
import type { HeadingLevel, PlanLayout } from "../sheet/layout";
import { parseLevel } from "../sheet/levels";
import type { ColumnKey } from "../sheet/types";
import type { Level } from "../vocabulary";
import { SECTIONS, SHEET_LAYOUT_COLUMNS } from "./regler-layout";
import { findSections } from "./regler-read";

const ROLE_WORD: Readonly<Record<ColumnKey, string>> = {
  level: "Nivå",
  name: "Namn",
  perspective: "Perspektiv",
  dnr: "Dnr",
  target: "Målvärde",
  baseline: "Jämförelsevärde",
  direction: "Riktning",
  rule: "Regel",
  assessment: "Bedömning",
  status: "Status",
  comment: "Kommentar",
  owner: "Ansvarig",
};

const LEVEL_WORD: Readonly<Record<Level, string>> = { plan: "Plan", goal: "Mål", indicator: "Mätetal" };

const HEADING_WORD: Readonly<Record<HeadingLevel, string>> = {
  plan: "Plan",
  goal: "Mål",
  perspective: "Perspektiv",
  owner: "Ansvarig",
};

/** The table's header row followed by every layout's rows: Blad | Rubrikrad | Kolumn | Roll | Rad | Nivå. */
export function bladtolkningRows(layouts: readonly PlanLayout[]): RawCell[][] {
  const rows: RawCell[][] = [SHEET_LAYOUT_COLUMNS.map((c) => c.header)];
  for (const layout of layouts) rows.push(...layoutRows(layout));
  return rows;
}

function layoutRows(layout: PlanLayout): RawCell[][] {
  const roles = new Map<number, string>();
  const set = (col: number, word: string): void => {
    if (!roles.has(col)) roles.set(col, word);
  };
  switch (layout.levels.kind) {
    case "level-column":
      set(layout.levels.col, "Nivå");
      break;
    case "level-columns":
      // The sheet's word when it is a level word alone ("Strategiskt mål"), else the plain one ("Mål").
      for (const c of layout.levels.columns) set(c.col, parseLevel(c.word) === c.level ? c.word : LEVEL_WORD[c.level]);
      break;
    case "heading-rows":
      set(layout.levels.nameCol, "Namn");
      break;
    case "plan-list":
      set(layout.levels.nameCol, "Handlingsplan");
      break;
  }
  for (const p of layout.periods) set(p.col, "Utfall");
  for (const col of layout.typedAssessments) set(col, "Pilar");
  for (const [key, col] of Object.entries(layout.columns) as [ColumnKey, number | undefined][]) {
    if (col !== undefined) set(col, ROLE_WORD[key]);
  }
  const columnRows = [...roles].sort(([a], [b]) => a - b);
  const headings = layout.headings.map((h) => [rowNumber(h.row), HEADING_WORD[h.level]] as const);
  const count = Math.max(columnRows.length, headings.length, 1);
  const rows: RawCell[][] = [];
  for (let i = 0; i < count; i++) {
    const column = columnRows[i];
    const heading = headings[i];
    rows.push([
      layout.sheet,
      i === 0 ? rowNumber(layout.headerRow) : null,
      column ? columnLetters(column[0]) : null,
      column ? column[1] : null,
      heading ? heading[0] : null,
      heading ? heading[1] : null,
    ]);
  }
  return rows;
}

/** Where "Spara tolkningen" writes on the Regler sheet: whole-width rows of the table's columns from `top`. */
export interface BladtolkningWrite {
  /** The first written row. */
  readonly top: number;
  /** Rows to insert before writing, at `top + insertAt`, so that the section below keeps its blank row above it. */
  readonly insert: number;
  /** Offset from `top` where the rows are inserted (just above the next section's heading). */
  readonly insertAt: number;
  /** Rows to write from `top`: the table, then empty rows clearing what is left of an earlier table. */
  readonly values: RawCell[][];
  /** Offsets from `top` of the rows to set in bold: the section heading when it is new, and the table's header. */
  readonly boldRows: readonly number[];
  /** The table itself (header row included): its offset from `top` and its number of rows. */
  readonly table: { readonly offset: number; readonly rows: number };
}

/**
 * The write that puts the current reading into the Regler sheet's Bladtolkning section: replacing the section's
 * rows where there is one (its heading and hint stay), else a new section two rows below the sheet's last row.
 * Nothing outside the section changes: a section below keeps its content, moved down by inserted rows when the
 * table outgrows the room above it (one blank row stays between them).
 */
export function bladtolkningWrite(regler: SheetGrid, layouts: readonly PlanLayout[]): BladtolkningWrite {
  const table = bladtolkningRows(layouts);
  const read = createCellReader(regler);
  const width = Math.max(gridWidth(regler), SHEET_LAYOUT_COLUMNS.length);
  const sections = findSections(regler, read, width, () => undefined);
  const section = sections.get("sheetLayouts");
  const blank = (n: number): RawCell[][] => Array.from({ length: n }, () => []);
  if (section === undefined) {
    const heading: RawCell[] = [SECTIONS.sheetLayouts.heading, SECTIONS.sheetLayouts.hint];
    const top = regler.values.length === 0 ? 0 : regler.values.length + 1;
    return {
      top,
      insert: 0,
      insertAt: 0,
      values: [heading, ...table],
      boldRows: [0, 1],
      table: { offset: 1, rows: table.length },
    };
  }
  const top = section.headingRow + 1;
  const next = [...sections.values()]
    .map((s) => s.headingRow)
    .filter((row) => row > section.headingRow)
    .sort((a, b) => a - b)[0];
  if (next === undefined) {
    const room = Math.max(table.length, regler.values.length - top);
    return {
      top,
      insert: 0,
      insertAt: 0,
      values: [...table, ...blank(room - table.length)],
      boldRows: [0],
      table: { offset: 0, rows: table.length },
    };
  }
  const room = next - top;
  const insert = Math.max(0, table.length + 1 - room);
  return {
    top,
    insert,
    insertAt: room,
    values: [...table, ...blank(room + insert - table.length)],
    boldRows: [0],
    table: { offset: 0, rows: table.length },
  };
}

/**
 * "Spara tolkningen": the current reading of each plan sheet as Bladtolkning rows, for the user to adjust. What
 * parseBladtolkning reads back from these rows gives the same reading (columns, levels, heading rows).
 */
import { columnLetters, type RawCell } from "../grid";
import type { HeadingLevel, PlanLayout } from "../sheet/layout";
import { parseLevel } from "../sheet/levels";
import type { ColumnKey } from "../sheet/types";
import type { Level } from "../status";
import { SHEET_LAYOUT_COLUMNS } from "./regler-layout";

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
  const headings = layout.headings.map((h) => [h.row + 1, HEADING_WORD[h.level]] as const);
  const count = Math.max(columnRows.length, headings.length, 1);
  const rows: RawCell[][] = [];
  for (let i = 0; i < count; i++) {
    const column = columnRows[i];
    const heading = headings[i];
    rows.push([
      layout.sheet,
      i === 0 ? layout.headerRow + 1 : null,
      column ? columnLetters(column[0]) : null,
      column ? column[1] : null,
      heading ? heading[0] : null,
      heading ? heading[1] : null,
    ]);
  }
  return rows;
}

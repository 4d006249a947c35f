/** The table of perspective and plan sheets: Plan | Mål | Mätetal | Målvärde | Utfall | Status | Kommentar. */
import type { EvaluatedRow } from "../evaluation";
import { STATUS_GLYPH } from "../status";
import type { SheetComposer } from "./composer";
import { BODY_TEXT, GOAL_ROW, HEADER, statusGlyphStyle, TABLE_STYLE } from "./styles";

const BODY_TEXT_BOLD = { ...BODY_TEXT, ...GOAL_ROW };
import type { SummaryValue, TableDescription } from "./types";

export const TABLE_HEADERS: readonly string[] = ["Plan", "Mål", "Mätetal", "Målvärde", "Utfall", "Status", "Kommentar"];
/** Added after Kommentar when any row in the table has one (SPEC §1: Ansvarig is copied to summaries). */
export const OWNER_HEADER = "Ansvarig";
export const STATUS_COL = TABLE_HEADERS.indexOf("Status");
export const LAST_TABLE_COL = TABLE_HEADERS.length - 1;
/** Room for the filter button Excel draws in each header cell. */
const FILTER_BUTTON_WIDTH = 2.5;

function tableRow(row: EvaluatedRow, withOwner: boolean): SummaryValue[] {
  const isGoal = row.level === "goal";
  const cells: SummaryValue[] = [
    row.plan,
    isGoal ? row.name : (row.goal ?? ""),
    isGoal ? null : row.name,
    row.target?.text ?? null,
    row.actual?.text ?? null,
    STATUS_GLYPH[row.status],
    row.comment,
  ];
  if (withOwner) cells.push(row.owner);
  return cells;
}

/**
 * Goal rows followed by their indicators, as on the plan sheets; an indicator row repeats its goal so filtering on
 * Mål keeps the goal's measures together. Returns the table, whose header row is `top`.
 */
export function writeGoalTable(
  c: SheetComposer,
  top: number,
  rows: readonly EvaluatedRow[],
  tableName: string,
): TableDescription {
  const withOwner = rows.some((r) => r.owner !== null && r.owner.trim() !== "");
  const headers = withOwner ? [...TABLE_HEADERS, OWNER_HEADER] : [...TABLE_HEADERS];
  const lastCol = headers.length - 1;
  c.write(top, 0, [headers], { style: HEADER, extraWidth: FILTER_BUTTON_WIDTH });

  // An Excel table needs at least one data row.
  const body = rows.length > 0 ? rows.map((r) => tableRow(r, withOwner)) : [headers.map(() => null)];
  // Measured bold: goal rows are bold, and a width fitted to regular text would wrap them.
  c.write(top + 1, 0, body, { style: BODY_TEXT, measureAs: BODY_TEXT_BOLD });
  rows.forEach((r, i) => {
    const row = top + 1 + i;
    if (r.level === "goal") c.style({ top: row, left: 0, bottom: row, right: lastCol }, GOAL_ROW);
    c.style({ top: row, left: STATUS_COL, bottom: row, right: STATUS_COL }, statusGlyphStyle(r.status));
  });

  return {
    name: tableName,
    range: { top, left: 0, bottom: top + body.length, right: lastCol },
    style: TABLE_STYLE,
  };
}

/**
 * The table of perspective and plan sheets: Plan | Mål | Mätetal | Målvärde | Utfall | Status | Kommentar, with the
 * sheet's own level words in the Mål and Mätetal headings and no Plan column on a plan's own sheet.
 */
import type { EvaluatedRow } from "../evaluation";
import { STATUS_GLYPH } from "../status/statuses";
import type { SheetComposer } from "./composer";
import { capitalise, GENERIC_WORDS, type LevelWord } from "../level-words";
import { BODY_TEXT, GOAL_ROW, HEADER, statusGlyphStyle, TABLE_STYLE } from "./styles";
import type { SummaryValue, TableDescription } from "./types";

const BODY_TEXT_BOLD = { ...BODY_TEXT, ...GOAL_ROW };

/** With the generic level words; a sheet writes its own words in the Mål and Mätetal headings. */
export const TABLE_HEADERS: readonly string[] = ["Plan", "Mål", "Mätetal", "Målvärde", "Utfall", "Status", "Kommentar"];
/** Added after Kommentar when any row in the table has one (SPEC §1: Ansvarig is copied to summaries). */
export const OWNER_HEADER = "Ansvarig";
/** Room for the filter button Excel draws in each header cell. */
const FILTER_BUTTON_WIDTH = 2.5;

export interface GoalTableOptions {
  /** The sheet's own words for its goals and indicators, for the column headings. */
  readonly goalWord: LevelWord;
  readonly indicatorWord: LevelWord;
  /**
   * Whether the table has a Plan column: a perspective sheet gathers goals from many plans; a plan sheet's rows are
   * all its own plan, named in its title.
   */
  readonly withPlan: boolean;
}

export const DEFAULT_TABLE_OPTIONS: GoalTableOptions = {
  goalWord: GENERIC_WORDS.goal,
  indicatorWord: GENERIC_WORDS.indicator,
  withPlan: true,
};

function tableRow(row: EvaluatedRow, withOwner: boolean, withPlan: boolean): SummaryValue[] {
  const isGoal = row.level === "goal";
  const cells: SummaryValue[] = [
    isGoal ? row.name : (row.goal ?? ""),
    isGoal ? null : row.name,
    row.target?.text ?? null,
    row.actual?.text ?? null,
    STATUS_GLYPH[row.status],
    row.comment,
  ];
  if (withPlan) cells.unshift(row.plan);
  if (withOwner) cells.push(row.owner);
  return cells;
}

/**
 * Goal rows followed by their indicators, as on the plan sheets; an indicator row repeats its goal so filtering on
 * the goal column keeps the goal's measures together. Returns the table, whose header row is `top`.
 */
export function writeGoalTable(
  c: SheetComposer,
  top: number,
  rows: readonly EvaluatedRow[],
  tableName: string,
  options: GoalTableOptions = DEFAULT_TABLE_OPTIONS,
): TableDescription {
  const withOwner = rows.some((r) => r.owner !== null && r.owner.trim() !== "");
  const { withPlan } = options;
  const goalHeader = capitalise(options.goalWord.singular);
  const indicatorHeader = capitalise(options.indicatorWord.singular);
  // A table's column names must differ: a sheet calling both levels alike gets the generic words.
  const distinct = goalHeader.toLowerCase() !== indicatorHeader.toLowerCase();
  const headers = [
    distinct ? goalHeader : (TABLE_HEADERS[1] ?? ""),
    distinct ? indicatorHeader : (TABLE_HEADERS[2] ?? ""),
    ...TABLE_HEADERS.slice(3),
  ];
  if (withPlan) headers.unshift("Plan");
  if (withOwner) headers.push(OWNER_HEADER);
  const lastCol = headers.length - 1;
  const statusCol = headers.indexOf("Status");
  c.write(top, 0, [headers], { style: HEADER, extraWidth: FILTER_BUTTON_WIDTH });

  // An Excel table needs at least one data row.
  const body = rows.length > 0 ? rows.map((r) => tableRow(r, withOwner, withPlan)) : [headers.map(() => null)];
  // Measured bold: goal rows are bold, and a width fitted to regular text would wrap them.
  c.write(top + 1, 0, body, { style: BODY_TEXT, measureAs: BODY_TEXT_BOLD });
  rows.forEach((r, i) => {
    const row = top + 1 + i;
    if (r.level === "goal") c.style({ top: row, left: 0, bottom: row, right: lastCol }, GOAL_ROW);
    c.style({ top: row, left: statusCol, bottom: row, right: statusCol }, statusGlyphStyle(r.status));
  });

  return {
    name: tableName,
    range: { top, left: 0, bottom: top + body.length, right: lastCol },
    style: TABLE_STYLE,
  };
}

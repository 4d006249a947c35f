/** The table of goals and their indicators: arrow and status in words, målvärde, utfall, comment. */
import type { EvaluatedRow } from "../evaluation";
import { capitalise, type LevelWord } from "../level-words";
import { cell, column, row, statusCell, table } from "./cells";
import type { ReportTable } from "./types";

export interface GoalTableInput {
  readonly caption: string;
  readonly rows: readonly EvaluatedRow[];
  readonly goalWord: LevelWord;
  readonly indicatorWord: LevelWord;
  /** Whether the table has an Ansvarig column: decided once for the document, so all its goal tables look alike. */
  readonly withOwner: boolean;
}

/** SPEC §1: Ansvarig is copied to summaries; the column is there when any row has one. */
export function anyOwner(rows: readonly EvaluatedRow[]): boolean {
  return rows.some((r) => r.owner !== null && r.owner.trim() !== "");
}

/**
 * Goal rows (bold) each followed by their indicators (indented), as on the plan sheet. Målvärde and Utfall are the
 * cells' text as read.
 */
export function goalTable(input: GoalTableInput): ReportTable {
  const { withOwner } = input;
  // Status is wide enough for "– Saknar bedömning" unbroken at 9 pt on A4 portrait.
  const columns = [
    column(`${capitalise(input.goalWord.singular)} / ${input.indicatorWord.singular}`, 4.6),
    column("Målvärde", 2.5),
    column("Utfall", 2.1),
    column("Status", 3.1),
    column("Kommentar", withOwner ? 4.6 : 7.7),
  ];
  if (withOwner) columns.push(column("Ansvarig", 3.1));
  const rows = input.rows.map((r) => {
    const isGoal = r.level === "goal";
    const cells = [
      cell(r.name, { strong: isGoal, indent: !isGoal }),
      cell(r.target?.text ?? null),
      cell(r.actual?.text ?? null),
      statusCell(r.status),
      cell(r.comment),
    ];
    if (withOwner) cells.push(cell(r.owner));
    return row(cells, isGoal ? "goal" : "body");
  });
  return table(input.caption, columns, rows);
}

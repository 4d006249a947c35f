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
}

/**
 * Goal rows (bold) each followed by their indicators (indented), as on the plan sheet. Målvärde and Utfall are the
 * cells' text as read; an Ansvarig column is added when any row has one (SPEC §1: copied to summaries).
 */
export function goalTable(input: GoalTableInput): ReportTable {
  const withOwner = input.rows.some((r) => r.owner !== null && r.owner.trim() !== "");
  const columns = [
    column(`${capitalise(input.goalWord.singular)} / ${input.indicatorWord.singular}`, 5.5),
    column("Målvärde", 2.5),
    column("Utfall", 2.5),
    column("Status", 2.6),
    column("Kommentar", withOwner ? 4.5 : 6),
  ];
  if (withOwner) columns.push(column("Ansvarig", 3));
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

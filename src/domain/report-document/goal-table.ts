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
  /** Whether any row has an Ansvarig (then the last column says so): decided once, so all goal tables look alike. */
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
  // Status is wide enough for "– Saknar bedömning" unbroken at 9 pt on A4 portrait. Ansvarig goes under the comment
  // rather than in a column of its own: the owners' long compound names ("Primärvårdsförvaltningen") would break
  // mid-word in a sixth column.
  const columns = [
    column(`${capitalise(input.goalWord.singular)} / ${input.indicatorWord.singular}`, 5.2),
    column("Målvärde", 2.5),
    column("Utfall", 2.3),
    column("Status", 3.1),
    column(withOwner ? "Kommentar och ansvarig" : "Kommentar", 6.9),
  ];
  const rows = input.rows.map((r) => {
    const isGoal = r.level === "goal";
    const owner = r.owner !== null && r.owner.trim() !== "" ? `Ansvarig: ${r.owner.trim()}` : null;
    const comment = [r.comment, owner].filter((t): t is string => t !== null && t !== "").join("\n");
    return row(
      [
        cell(r.name, { strong: isGoal, indent: !isGoal }),
        cell(r.target?.text ?? null),
        cell(r.actual?.text ?? null),
        statusCell(r.status),
        cell(comment),
      ],
      isGoal ? "goal" : "body",
    );
  });
  return table(input.caption, columns, rows);
}

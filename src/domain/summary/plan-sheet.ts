/** One sheet per plan: name and Dnr, the plan's status with its legend text, counts, and its goals and indicators. */
import type { EvaluatedPlan, EvaluatedRow } from "../evaluation";
import { STATUS_GLYPH, type Status } from "../status/statuses";
import { SheetComposer } from "./composer";
import { writeCounts } from "./counts-section";
import { finishSheet } from "./finish-sheet";
import { writeGoalTable } from "./goal-table";
import { runLine, writeWide, type RunInfo } from "./heading-section";
import { chooseLevelWord } from "../level-words";
import { countTotal, levelTexts } from "./scope";
import { summarySentence } from "./sentence";
import { judgedPlanSentence, judgedWithoutGoals } from "./judged-plans";
import { CHART_COLUMN_WIDTH, LABEL, SENTENCE, statusGlyphStyle, statusLabelStyle, SUBTITLE, TITLE } from "./styles";
import type { SheetDescription } from "./types";

export interface PlanSheetInput {
  readonly name: string;
  readonly key: string;
  readonly plan: EvaluatedPlan;
  readonly rows: readonly EvaluatedRow[];
  readonly run: RunInfo;
  readonly legend: Readonly<Record<Status, string>>;
  readonly tableName: string;
}

export function buildPlanSheet(input: PlanSheetInput): SheetDescription {
  const { plan, rows } = input;
  const goalWord = chooseLevelWord(levelTexts(rows, "goal"), "goal");
  const indicatorWord = chooseLevelWord(levelTexts(rows, "indicator"), "indicator");
  const byIndicators = countTotal(plan.indicators) > 0;

  const c = new SheetComposer();
  // The table has no Plan column here: the pie sits over Status and Kommentar, beside the heading and the counts.
  const chartArea = { top: 0, left: 4, right: 5 };
  c.minWidth(chartArea.right, CHART_COLUMN_WIDTH);
  const lastCol = chartArea.left - 1;
  let row = writeWide(c, 0, lastCol, plan.name, { style: TITLE });
  row = writeWide(c, row, lastCol, runLine(input.run, plan.dnr ? [`Dnr ${plan.dnr}`] : []), { style: SUBTITLE });

  c.write(row, 0, [["Planens status"]], { style: LABEL });
  c.write(row, 1, [[STATUS_GLYPH[plan.status]]], { style: statusGlyphStyle(plan.status), measure: "none" });
  const legend = c.write(row, 2, [[input.legend[plan.status]]], {
    style: { ...statusLabelStyle(plan.status), wrap: true, vertical: "top" },
    measure: "none",
  });
  c.merge({ ...legend, right: lastCol });
  row += 1;

  const sentence = judgedWithoutGoals(plan)
    ? judgedPlanSentence(levelTexts(rows, "goal"))
    : summarySentence(byIndicators ? plan.indicators : plan.goals, byIndicators ? indicatorWord : goalWord, {
        definite: false,
      });
  row = writeWide(c, row, lastCol, sentence, { style: SENTENCE });
  // The judgement's own words (a plan list's Summering text) are what a reader of such a plan needs.
  if (judgedWithoutGoals(plan) && plan.comment !== null) {
    row = writeWide(c, row, lastCol, plan.comment, { style: SENTENCE });
  }
  const counts = writeCounts(c, row + 1, {
    goals: plan.goals,
    indicators: plan.indicators,
    goalWord,
    indicatorWord,
    chartArea,
    period: input.run.period,
    scope: plan.name,
  });
  const table = writeGoalTable(c, counts.next + 1, rows, input.tableName, {
    goalWord,
    indicatorWord,
    withPlan: false,
  });
  return finishSheet(c, { name: input.name, kind: "plan", key: input.key }, table, counts.chart);
}

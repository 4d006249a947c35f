/** One sheet per perspective: heading, counts with the status chart, and the table of its goals and indicators. */
import type { EvaluatedRow, PerspectiveSummary } from "../evaluation";
import { SheetComposer } from "./composer";
import { writeCounts } from "./counts-section";
import { writeGoalTable } from "./goal-table";
import { runLine, writeHeading, type RunInfo } from "./heading-section";
import { chooseLevelWord } from "../level-words";
import { countTotal, levelTexts } from "./scope";
import { summarySentence } from "./sentence";
import { finishSheet } from "./finish-sheet";
import { CHART_COLUMN_WIDTH } from "./styles";
import type { SheetDescription } from "./types";

export interface PerspectiveSheetInput {
  readonly name: string;
  readonly perspective: PerspectiveSummary;
  readonly rows: readonly EvaluatedRow[];
  readonly run: RunInfo;
  readonly tableName: string;
}

export function buildPerspectiveSheet(input: PerspectiveSheetInput): SheetDescription {
  const { perspective, rows } = input;
  const goalWord = chooseLevelWord(levelTexts(rows, "goal"), "goal");
  const indicatorWord = chooseLevelWord(levelTexts(rows, "indicator"), "indicator");
  const byIndicators = countTotal(perspective.indicators) > 0;

  const c = new SheetComposer();
  // The pie sits over Status and Kommentar beside the heading and the counts; the heading stops before it.
  const chartArea = { top: 0, left: 5, right: 6 };
  c.minWidth(chartArea.right, CHART_COLUMN_WIDTH);
  let row = writeHeading(c, 0, chartArea.left - 1, {
    title: perspective.name,
    runLine: runLine(input.run, ["Perspektiv"]),
    sentence: summarySentence(
      byIndicators ? perspective.indicators : perspective.goals,
      byIndicators ? indicatorWord : goalWord,
      { definite: false },
    ),
  });
  const counts = writeCounts(c, row + 1, {
    goals: perspective.goals,
    indicators: perspective.indicators,
    goalWord,
    indicatorWord,
    chartArea,
    period: input.run.period,
    scope: perspective.name,
  });
  row = counts.next + 1;
  const table = writeGoalTable(c, row, rows, input.tableName, { goalWord, indicatorWord, withPlan: true });
  return finishSheet(c, { name: input.name, kind: "perspective", key: perspective.name }, table, counts.chart);
}

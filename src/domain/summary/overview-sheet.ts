/**
 * Översikt: the overall sentence, one row per perspective with counts and a total, one row per plan
 * (Plan | Dnr | Status | counts | Kommentar), and the legend.
 */
import type { EvaluatedPlan, Evaluation } from "../evaluation";
import { STATUS_GLYPH, STATUSES, type StatusCounts } from "../status";
import { SheetComposer } from "./composer";
import { finishSheet } from "./finish-sheet";
import { runLine, writeHeading, type RunInfo } from "./heading-section";
import { writeLegend } from "./legend-section";
import { capitalise, chooseLevelWord, type LevelWord } from "../level-words";
import { countTotal, levelTexts, sumCounts } from "./scope";
import { summarySentence } from "./sentence";
import { withJudgedPlans } from "./judged-plans";
import { OVERVIEW_SHEET_NAME } from "./sheet-names";
import { BODY_TEXT, COUNT, HEADER, HEADER_WRAPPED, statusGlyphStyle, statusHeaderStyle, TOTAL } from "./styles";
import type { SheetDescription, SummaryValue } from "./types";

/** Columns: name (plan or perspective, the latter merged over Dnr and Status), Dnr, Status, counts, Kommentar. */
const NAME_COL = 0;
const STATUS_COL = 2;
const COUNTS_COL = 3;
/** Goals ↑ → ↓ – total, then indicators ↑ → ↓ – total. */
const COUNT_COLUMNS = 2 * (STATUSES.length + 1);
const COMMENT_COL = COUNTS_COL + COUNT_COLUMNS;

export interface OverviewInput {
  readonly name: string;
  readonly evaluation: Evaluation;
  readonly run: RunInfo;
}

const counted = (c: StatusCounts): number[] => [...STATUSES.map((s) => c[s]), countTotal(c)];

function writeCountHeaders(c: SheetComposer, row: number, goalWord: LevelWord, indicatorWord: LevelWord): void {
  [goalWord, indicatorWord].forEach((word, w) => {
    const left = COUNTS_COL + w * (STATUSES.length + 1);
    const plural = capitalise(word.plural);
    STATUSES.forEach((s, i) =>
      c.write(row, left + i, [[`${plural} ${STATUS_GLYPH[s]}`]], { style: statusHeaderStyle(s), measure: "words" }),
    );
    c.write(row, left + STATUSES.length, [[`${plural} totalt`]], { style: HEADER_WRAPPED, measure: "words" });
  });
}

function writeNameCell(c: SheetComposer, row: number, name: string): void {
  c.write(row, NAME_COL, [[name]]);
  c.merge({ top: row, left: NAME_COL, bottom: row, right: STATUS_COL });
}

function writePlanRow(c: SheetComposer, row: number, plan: EvaluatedPlan): void {
  const values: SummaryValue[] = [
    plan.name,
    plan.dnr,
    STATUS_GLYPH[plan.status],
    ...counted(plan.goals),
    ...counted(plan.indicators),
    plan.comment,
  ];
  c.write(row, NAME_COL, [values], { style: BODY_TEXT });
  c.style({ top: row, left: STATUS_COL, bottom: row, right: STATUS_COL }, statusGlyphStyle(plan.status));
  c.style({ top: row, left: COUNTS_COL, bottom: row, right: COMMENT_COL - 1 }, COUNT);
}

export function buildOverviewSheet(input: OverviewInput): SheetDescription {
  const { evaluation } = input;
  const goals = sumCounts(evaluation.perspectives.map((p) => p.goals));
  const indicators = sumCounts(evaluation.perspectives.map((p) => p.indicators));
  const goalWord = chooseLevelWord(levelTexts(evaluation.rows, "goal"), "goal");
  const indicatorWord = chooseLevelWord(levelTexts(evaluation.rows, "indicator"), "indicator");
  const planWord = chooseLevelWord(levelTexts(evaluation.rows, "plan"), "plan");
  const byIndicators = countTotal(indicators) > 0;

  const c = new SheetComposer();
  let row = writeHeading(c, 0, COMMENT_COL, {
    title: OVERVIEW_SHEET_NAME,
    runLine: runLine(input.run),
    sentence: withJudgedPlans(
      summarySentence(byIndicators ? indicators : goals, byIndicators ? indicatorWord : goalWord, {
        definite: true,
      }),
      countTotal(goals) + countTotal(indicators),
      evaluation.plans,
      planWord,
    ),
  });

  row += 1;
  writeNameCell(c, row, "Perspektiv");
  c.style({ top: row, left: NAME_COL, bottom: row, right: STATUS_COL }, HEADER);
  writeCountHeaders(c, row, goalWord, indicatorWord);
  row += 1;
  for (const p of evaluation.perspectives) {
    writeNameCell(c, row, p.name);
    c.write(row, COUNTS_COL, [[...counted(p.goals), ...counted(p.indicators)]], { style: COUNT });
    row += 1;
  }
  writeNameCell(c, row, "Totalt");
  c.write(row, COUNTS_COL, [[...counted(goals), ...counted(indicators)]], { style: COUNT });
  c.style({ top: row, left: NAME_COL, bottom: row, right: COMMENT_COL - 1 }, TOTAL);
  row += 2;

  c.write(row, NAME_COL, [[capitalise(planWord.singular), "Dnr", "Status"]], { style: HEADER });
  writeCountHeaders(c, row, goalWord, indicatorWord);
  c.write(row, COMMENT_COL, [["Kommentar"]], { style: HEADER });
  row += 1;
  for (const plan of evaluation.plans) {
    writePlanRow(c, row, plan);
    row += 1;
  }

  writeLegend(c, row + 1, COMMENT_COL, evaluation.rules.legend);
  return finishSheet(c, { name: input.name, kind: "overview", key: "" }, null, null);
}

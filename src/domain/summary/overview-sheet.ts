/**
 * Översikt, the report's first page (SPEC §6): title, period and date, the overall sentence; the counts per
 * perspective with a pie of the whole beside them; the plans in the regions' own layout (Plan | Dnr | arrow | counts |
 * Summering); the legend. Perspective and plan names link to their sheets. It prints on one A4 landscape page for a
 * typical workbook (4 perspectives, up to 15 plans).
 */
import type { Evaluation } from "../evaluation";
import { STATUS_COLOR, STATUS_GLYPH, STATUSES, type StatusCounts } from "../status/statuses";
import { capitalise, chooseLevelWord, sharedLevelWord, type LevelWord } from "../level-words";
import { SheetComposer } from "./composer";
import { chartAltText, chartTitle, statusLabel } from "./counts-section";
import { finishSheet } from "./finish-sheet";
import { runLine, writeWide, type RunInfo } from "./heading-section";
import { writeLegend } from "./legend-section";
import { countTotal, levelTexts, sumCounts } from "./scope";
import { summarySentence } from "./sentence";
import { withJudgedPlans } from "./judged-plans";
import {
  BODY_TEXT,
  COUNT,
  HEADER,
  HEADER_WRAPPED,
  LINK,
  SENTENCE,
  statusGlyphStyle,
  statusHeaderStyle,
  SUBTITLE,
  TITLE,
  TOTAL,
} from "./styles";
import type { ChartDescription, SheetDescription, SheetLink, SummaryValue } from "./types";

/** Columns: name (plan or perspective), Dnr, status arrow, counts ↑ → ↓ – totalt, Summering. */
const NAME_COL = 0;
/** Column 1 is the plans' Dnr. */
const STATUS_COL = 2;
const COUNTS_COL = STATUS_COL + 1;
const TOTAL_COL = COUNTS_COL + STATUSES.length;
const SUMMARY_COL = TOTAL_COL + 1;
/** The overall pie sits over the Summering column, beside the heading and the perspective table. */
const CHART_COL = SUMMARY_COL;
/** The plan's tab, linked. */
const TAB_COL = SUMMARY_COL + 1;
const LINK_TEXT = { ...LINK, vertical: "top" } as const;
const NAME_WIDTH = 36;
const SUMMARY_WIDTH = 45;
/** Up to this many plans, the page is fitted on one sheet of paper; beyond, it runs on as many pages as it needs. */
export const ONE_PAGE_PLANS = 20;

export const OVERVIEW_TITLE = "Översikt över måluppfyllelse";

export interface OverviewInput {
  readonly name: string;
  readonly evaluation: Evaluation;
  readonly run: RunInfo;
  /** The sheet of each perspective that has one, by perspective name. */
  readonly perspectiveSheets: ReadonlyMap<string, string>;
  /** The sheet of each plan, same order as evaluation.plans. */
  readonly planSheets: readonly string[];
}

const counted = (c: StatusCounts): number[] => [...STATUSES.map((s) => c[s]), countTotal(c)];

/** Group header over the counts ("Mätetal"), then the status names in their colours and Totalt. */
function writeCountHeaders(c: SheetComposer, row: number, word: LevelWord): void {
  const group = c.write(row, COUNTS_COL, [[capitalise(word.plural)]], { style: HEADER_WRAPPED, measure: "none" });
  c.merge({ ...group, right: TOTAL_COL });
  STATUSES.forEach((s, i) =>
    c.write(row + 1, COUNTS_COL + i, [[statusLabel(s)]], { style: statusHeaderStyle(s), measure: "words" }),
  );
  c.write(row + 1, TOTAL_COL, [["Totalt"]], { style: HEADER_WRAPPED, measure: "words" });
}

export function buildOverviewSheet(input: OverviewInput): SheetDescription {
  const { evaluation, run } = input;
  const goals = sumCounts(evaluation.perspectives.map((p) => p.goals));
  const indicators = sumCounts(evaluation.perspectives.map((p) => p.indicators));
  const byIndicators = countTotal(indicators) > 0;
  // One word for every plan's rows: the sheets' own word where they all use it, else the generic one.
  const word = byIndicators
    ? sharedLevelWord(levelTexts(evaluation.rows, "indicator"), "indicator")
    : sharedLevelWord(levelTexts(evaluation.rows, "goal"), "goal");
  const planWord = chooseLevelWord(levelTexts(evaluation.rows, "plan"), "plan");
  const pick = (scope: { goals: StatusCounts; indicators: StatusCounts }): StatusCounts =>
    byIndicators ? scope.indicators : scope.goals;
  const links: SheetLink[] = [];

  const c = new SheetComposer();
  c.minWidth(NAME_COL, NAME_WIDTH);
  c.minWidth(SUMMARY_COL, SUMMARY_WIDTH);
  let row = writeWide(c, 0, TOTAL_COL, OVERVIEW_TITLE, { style: TITLE });
  row = writeWide(c, row, TOTAL_COL, runLine(run), { style: SUBTITLE });
  const sentence = withJudgedPlans(
    summarySentence(byIndicators ? indicators : goals, word, { definite: true }),
    countTotal(goals) + countTotal(indicators),
    evaluation.plans,
    planWord,
  );
  row = writeWide(c, row, TOTAL_COL, sentence, { style: SENTENCE });

  // Counts per perspective.
  const chartTop = 0;
  row += 1;
  writeCountHeaders(c, row, word);
  c.write(row + 1, NAME_COL, [["Perspektiv", null, null]], { style: HEADER });
  c.style({ top: row, left: NAME_COL, bottom: row, right: STATUS_COL }, HEADER);
  const statusHeaderRow = row + 1;
  row += 2;
  for (const p of evaluation.perspectives) {
    c.write(row, NAME_COL, [[p.name]], { style: BODY_TEXT, measure: "words" });
    const sheet = input.perspectiveSheets.get(p.name);
    if (sheet !== undefined) {
      links.push({ row, col: NAME_COL, sheet });
      c.style({ top: row, left: NAME_COL, bottom: row, right: NAME_COL }, LINK);
    }
    c.write(row, COUNTS_COL, [counted(pick(p))], { style: COUNT });
    row += 1;
  }
  const totalRow = row;
  c.write(totalRow, NAME_COL, [["Totalt", null, null, ...counted(pick({ goals, indicators }))]], { style: TOTAL });
  c.style({ top: totalRow, left: COUNTS_COL, bottom: totalRow, right: TOTAL_COL }, COUNT);
  row += 2;

  const shown = byIndicators ? indicators : goals;
  const chart: ChartDescription | null =
    countTotal(shown) > 0
      ? {
          type: "pie",
          title: chartTitle(word, run.period),
          altText: chartAltText(shown, word, run.period, "hela arbetsboken"),
          categories: STATUSES.map(statusLabel),
          values: STATUSES.map((s) => shown[s]),
          colors: STATUSES.map((s) => STATUS_COLOR[s]),
          categoriesRange: { top: statusHeaderRow, left: COUNTS_COL, bottom: statusHeaderRow, right: TOTAL_COL - 1 },
          valuesRange: { top: totalRow, left: COUNTS_COL, bottom: totalRow, right: TOTAL_COL - 1 },
          anchor: { top: chartTop, left: CHART_COL, bottom: totalRow, right: CHART_COL },
          fallback: { blocks: [], styles: [] },
        }
      : null;

  // The plans, as the regions list them: Plan | Dnr | arrow | counts | Summering, then the tab, linked. The link is
  // on the tab's name, not the plan's: a long plan name wraps, and LibreOffice shows a linked cell on one line.
  if (evaluation.plans.length > 0) {
    writeCountHeaders(c, row, word);
    c.style({ top: row, left: NAME_COL, bottom: row, right: STATUS_COL }, HEADER);
    c.style({ top: row, left: SUMMARY_COL, bottom: row, right: TAB_COL }, HEADER);
    c.write(row + 1, NAME_COL, [[capitalise(planWord.singular), "Dnr", "Status"]], { style: HEADER });
    c.write(row + 1, SUMMARY_COL, [["Summering", "Flik"]], { style: HEADER });
    row += 2;
    evaluation.plans.forEach((plan, i) => {
      const values: SummaryValue[] = [
        plan.name,
        plan.dnr,
        STATUS_GLYPH[plan.status],
        ...counted(pick(plan)),
        plan.comment,
      ];
      c.write(row, NAME_COL, [values], { style: BODY_TEXT, measure: "words" });
      c.style({ top: row, left: STATUS_COL, bottom: row, right: STATUS_COL }, statusGlyphStyle(plan.status));
      c.style({ top: row, left: COUNTS_COL, bottom: row, right: TOTAL_COL }, COUNT);
      const sheet = input.planSheets[i];
      if (sheet !== undefined) {
        c.write(row, TAB_COL, [[sheet]], { style: LINK_TEXT });
        links.push({ row, col: TAB_COL, sheet });
      }
      row += 1;
    });
    row += 1;
  }

  writeLegend(c, row, SUMMARY_COL, evaluation.rules.legend);
  const sheet = finishSheet(c, { name: input.name, kind: "overview", key: "" }, null, chart, links);
  return {
    ...sheet,
    print: { ...sheet.print, fitToPagesTall: evaluation.plans.length <= ONE_PAGE_PLANS ? 1 : 0 },
  };
}

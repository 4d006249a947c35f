/**
 * Counts of goals and indicators per status, with the status distribution as a chart description: a pie in Excel,
 * bars of "█" in the status colours where the renderer cannot draw charts.
 */
import {
  STATUS_COLOR,
  STATUS_GLYPH,
  STATUS_NAME_SV,
  STATUSES,
  type Status,
  type StatusCounts,
} from "../status/statuses";
import type { SheetComposer } from "./composer";
import { capitalise, countNoun, type LevelWord } from "../level-words";
import { countTotal } from "./scope";
import { COUNT, HEADER, statusBarStyle, statusGlyphStyle, statusLabelStyle, TOTAL } from "./styles";
import type { ChartDescription } from "./types";

/**
 * Empty rows the pie reaches below the total row (the next section starts after them): a pie only as tall as the
 * counts would print too small to read its labels.
 */
export const CHART_ROWS_BELOW = 3;

/** Bar length in "█" for 100 %. */
export const BAR_LENGTH = 20;

export function statusLabel(status: Status): string {
  return capitalise(STATUS_NAME_SV[status]);
}

/**
 * Bar lengths that add up to BAR_LENGTH (largest remainder), so the bars together read as the whole; a status with
 * a count gets at least a sliver.
 */
export function barLengths(counts: StatusCounts): Record<Status, number> {
  const total = countTotal(counts);
  const lengths = { green: 0, yellow: 0, red: 0, missing: 0 };
  if (total === 0) return lengths;
  const exact = STATUSES.map((s) => ({ s, v: (counts[s] / total) * BAR_LENGTH }));
  for (const { s, v } of exact) lengths[s] = Math.floor(v);
  let left = BAR_LENGTH - STATUSES.reduce((sum, s) => sum + lengths[s], 0);
  const byRemainder = [...exact].sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)));
  for (const { s } of byRemainder) {
    if (left <= 0) break;
    lengths[s] += 1;
    left -= 1;
  }
  for (const s of STATUSES) if (counts[s] > 0 && lengths[s] === 0) lengths[s] = 1;
  return lengths;
}

/** "Mätetal per status – Utfall augusti": what is counted and for which period. */
export function chartTitle(word: LevelWord, period: string | null): string {
  const title = `${capitalise(word.plural)} per status`;
  return period === null ? title : `${title} – ${period}`;
}

/** A share as Excel's data label shows it with the format "0 %": whole percent, Swedish spacing. */
function percentText(count: number, total: number): string {
  return `${Math.round((count / total) * 100)} %`;
}

/**
 * The chart in words, for screen readers: what it counts, where and when, and every slice with count and share
 * ("Cirkeldiagram: 41 mätetal i Patient per status, Utfall augusti. Uppfyllt 7 (17 %), …").
 */
export function chartAltText(counts: StatusCounts, word: LevelWord, period: string | null, scope: string): string {
  const total = countTotal(counts);
  const slices = STATUSES.map((s) => `${statusLabel(s)} ${counts[s]} (${percentText(counts[s], total || 1)})`);
  const when = period === null ? "" : `, ${period}`;
  return `Cirkeldiagram: ${countNoun(total, word)} i ${scope} per status${when}. ${slices.join(", ")}.`;
}

export interface CountsInput {
  readonly goals: StatusCounts;
  readonly indicators: StatusCounts;
  readonly goalWord: LevelWord;
  readonly indicatorWord: LevelWord;
  /**
   * Where the pie chart sits: to the right of the counts, from row `top` (the sheet's title, so the pie is tall
   * enough to read) down to the row after the total, over columns left..right.
   */
  readonly chartArea: { readonly top: number; readonly left: number; readonly right: number };
  /** The active period, named in the chart's title. */
  readonly period: string | null;
  /** What the sheet summarises, for the chart's alt text: the perspective's or the plan's name. */
  readonly scope: string;
}

/**
 * Columns: status name | arrow | goals | indicators | (fallback bars). Rows: header, the four statuses, total.
 * The chart shows indicators, or goals where there are no indicators (goals measured directly); none when both are 0.
 */
export function writeCounts(
  c: SheetComposer,
  top: number,
  input: CountsInput,
): { readonly next: number; readonly chart: ChartDescription | null } {
  c.write(
    top,
    0,
    [["Bedömning", "Status", capitalise(input.goalWord.plural), capitalise(input.indicatorWord.plural)]],
    { style: HEADER },
  );
  STATUSES.forEach((s, i) => {
    const row = top + 1 + i;
    c.write(row, 0, [[statusLabel(s)]], { style: statusLabelStyle(s) });
    c.write(row, 1, [[STATUS_GLYPH[s]]], { style: statusGlyphStyle(s) });
    c.write(row, 2, [[input.goals[s], input.indicators[s]]], { style: COUNT });
  });
  const totalRow = top + 1 + STATUSES.length;
  c.write(totalRow, 0, [["Totalt", null, countTotal(input.goals), countTotal(input.indicators)]], {
    style: TOTAL,
  });
  c.style({ top: totalRow, left: 2, bottom: totalRow, right: 3 }, COUNT);

  const byIndicators = countTotal(input.indicators) > 0;
  const shown = byIndicators ? input.indicators : input.goals;
  const word = byIndicators ? input.indicatorWord : input.goalWord;
  const valuesCol = byIndicators ? 3 : 2;

  const barCol = 4;
  c.write(top, barCol, [["Fördelning"]], { style: HEADER, fallback: true });
  const bars = barLengths(shown);
  STATUSES.forEach((s, i) => {
    if (bars[s] > 0)
      c.write(top + 1 + i, barCol, [["█".repeat(bars[s])]], { style: statusBarStyle(s), fallback: true });
  });

  const first = top + 1;
  const last = top + STATUSES.length;
  const chart: ChartDescription = {
    type: "pie",
    title: chartTitle(word, input.period),
    altText: chartAltText(shown, word, input.period, input.scope),
    categories: STATUSES.map(statusLabel),
    values: STATUSES.map((s) => shown[s]),
    colors: STATUSES.map((s) => STATUS_COLOR[s]),
    categoriesRange: { top: first, left: 0, bottom: last, right: 0 },
    valuesRange: { top: first, left: valuesCol, bottom: last, right: valuesCol },
    anchor: {
      top: input.chartArea.top,
      left: input.chartArea.left,
      bottom: totalRow + CHART_ROWS_BELOW,
      right: input.chartArea.right,
    },
    fallback: { blocks: [], styles: [] },
  };
  // Nothing to divide: an empty pie says less than no pie.
  return { next: totalRow + CHART_ROWS_BELOW, chart: countTotal(shown) > 0 ? chart : null };
}

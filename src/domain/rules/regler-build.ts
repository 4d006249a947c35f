/** Writes Rules as a `Regler` sheet that parseReglerSheet reads back unchanged. */
import type { RawCell } from "../grid";
import { STATUS_GLYPH, STATUSES } from "../status/statuses";
import { DEFAULT_RULES } from "./defaults";
import { formatPercentText } from "./number-text";
import {
  COLUMN_WIDTHS,
  DIRECTION_TEXT,
  INTRO,
  LEGEND_COLUMNS,
  ROLLUP_COLUMNS,
  ROLLUP_LEVEL_TEXT,
  RULE_COLUMNS,
  SECTION_ORDER,
  SHEET_LAYOUT_COLUMNS,
  SECTIONS,
  TITLE,
  TOLERANCE_KIND_TEXT,
  type SectionKey,
} from "./regler-layout";
import type { IndicatorRule, RollupRule, Rules } from "./types";
import { wrappedLines } from "../summary/text-width";

export interface ReglerSheetContent {
  /** values[row][col], from A1. */
  readonly values: RawCell[][];
  /** Excel character widths for columns A, B, C… */
  readonly columnWidths: number[];
  /** Rows to show in bold: the title, section headings and table headers. */
  readonly boldRows: number[];
  /**
   * Explanations (the introduction, the hints beside the headings): each cell merged over columns left..right with
   * its text wrapped, so no sentence runs off the printed page. Inclusive.
   */
  readonly wrapped: readonly { readonly row: number; readonly left: number; readonly right: number }[];
  /** Points, for the rows whose wrapped text needs more than one line. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Printed on A4 landscape, fitted to one page wide. */
  readonly print: { readonly paperSize: "A4"; readonly orientation: "landscape"; readonly fitToPagesWide: 1 };
}

/**
 * Tolerances and thresholds are written as text ("10 %") rather than numbers, so the sheet reads the same without
 * a percent format. An absolute tolerance is in the target's unit: below 1 it is in practice percentage points of a
 * percent target (0.02 is 2 p.e.), written "2 %", which the reader takes back as 0.02; a larger one is a plain number.
 */
function toleranceCell(rule: IndicatorRule): RawCell {
  if (rule.toleranceKind === "relative") return formatPercentText(rule.tolerance);
  return rule.tolerance > 0 && rule.tolerance < 1 ? formatPercentText(rule.tolerance) : rule.tolerance;
}

const LAST_COL = COLUMN_WIDTHS.length - 1;
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/** Lines a text needs wrapped over columns left..right (roughly, as Excel wraps: word by word). */
function linesFor(text: string, left: number, right: number): number {
  let width = -1;
  for (let c = left; c <= right; c++) width += COLUMN_WIDTHS[c] ?? 10;
  return wrappedLines(text, {}, width);
}

function ruleRow(rule: IndicatorRule): RawCell[] {
  return [
    rule.name,
    rule.direction === null ? null : DIRECTION_TEXT[rule.direction],
    toleranceCell(rule),
    TOLERANCE_KIND_TEXT[rule.toleranceKind],
    wordsCell(rule.yesWords),
    wordsCell(rule.ongoingWords),
    wordsCell(rule.noWords),
  ];
}

function wordsCell(words: readonly string[]): RawCell {
  return words.length === 0 ? null : words.join(", ");
}

function rollupRow(level: keyof typeof ROLLUP_LEVEL_TEXT, rule: RollupRule): RawCell[] {
  return [
    ROLLUP_LEVEL_TEXT[level],
    rule.method,
    formatPercentText(rule.green),
    formatPercentText(rule.red),
    rule.yellowScore,
  ];
}

function sectionBody(key: SectionKey, rules: Rules): { header: RawCell[] | null; rows: RawCell[][] } {
  switch (key) {
    case "perspectives":
      return { header: null, rows: rules.perspectives.map((p) => [p]) };
    case "indicatorRules":
      return { header: RULE_COLUMNS.map((c) => c.header), rows: rules.indicatorRules.map(ruleRow) };
    case "rollups":
      return {
        header: ROLLUP_COLUMNS.map((c) => c.header),
        rows: [rollupRow("goal", rules.goalRollup), rollupRow("plan", rules.planRollup)],
      };
    case "defaultRule":
      return { header: null, rows: [[rules.defaultRule]] };
    case "legend":
      return {
        header: LEGEND_COLUMNS.map((c) => c.header),
        rows: STATUSES.map((s) => [STATUS_GLYPH[s], rules.legend[s]]),
      };
    case "lowerIsBetter":
      return { header: null, rows: rules.lowerIsBetter.map((m) => [m]) };
    case "sheetLayouts":
      // Empty: the sheets are read automatically until the user (or "Spara tolkningen") fills it in.
      return { header: SHEET_LAYOUT_COLUMNS.map((c) => c.header), rows: [] };
  }
}

/** The sheet the task pane's "Skapa Regler-blad" writes: title, explanation, then one section per part of Rules. */
export function buildReglerSheet(rules: Rules = DEFAULT_RULES): ReglerSheetContent {
  const values: RawCell[][] = [[TITLE], ...INTRO.map((line) => [line])];
  const boldRows = [0];
  const wrapped: { row: number; left: number; right: number }[] = INTRO.map((_, i) => ({
    row: 1 + i,
    left: 0,
    right: LAST_COL,
  }));
  for (const key of SECTION_ORDER) {
    values.push([]);
    boldRows.push(values.length);
    wrapped.push({ row: values.length, left: 1, right: LAST_COL });
    values.push([SECTIONS[key].heading, SECTIONS[key].hint]);
    const { header, rows } = sectionBody(key, rules);
    if (header) {
      boldRows.push(values.length);
      values.push(header);
    }
    values.push(...rows);
  }
  const rowHeights = wrapped.flatMap(({ row, left, right }) => {
    const text = values[row]?.[left];
    const lines = typeof text === "string" ? linesFor(text, left, right) : 1;
    return lines > 1 ? [{ row, height: lines * LINE_HEIGHT }] : [];
  });
  return {
    values,
    columnWidths: [...COLUMN_WIDTHS],
    boldRows,
    wrapped,
    rowHeights,
    print: { paperSize: "A4", orientation: "landscape", fitToPagesWide: 1 },
  };
}

/** Writes Rules as a `Regler` sheet that parseReglerSheet reads back unchanged. */
import type { RawCell } from "../grid";
import { STATUS_GLYPH, STATUSES } from "../status";
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
  SECTIONS,
  TITLE,
  TOLERANCE_KIND_TEXT,
  type SectionKey,
} from "./regler-layout";
import type { IndicatorRule, RollupRule, Rules } from "./types";

export interface ReglerSheetContent {
  /** values[row][col], 0-based from A1. */
  readonly values: RawCell[][];
  /** Excel character widths for columns A, B, C… */
  readonly columnWidths: number[];
  /** 0-based rows to show in bold: the title, section headings and table headers. */
  readonly boldRows: number[];
}

/**
 * Tolerances and thresholds are written as text ("10 %") rather than numbers, so the sheet reads the same without
 * a percent format; an absolute tolerance is a plain number in the target's unit.
 */
function toleranceCell(rule: IndicatorRule): RawCell {
  return rule.toleranceKind === "relative" ? formatPercentText(rule.tolerance) : rule.tolerance;
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
  }
}

/** The sheet the task pane's "Skapa Regler-blad" writes: title, explanation, then one section per part of Rules. */
export function buildReglerSheet(rules: Rules = DEFAULT_RULES): ReglerSheetContent {
  const values: RawCell[][] = [[TITLE], ...INTRO.map((line) => [line])];
  const boldRows = [0];
  for (const key of SECTION_ORDER) {
    values.push([]);
    boldRows.push(values.length);
    values.push([SECTIONS[key].heading, SECTIONS[key].hint]);
    const { header, rows } = sectionBody(key, rules);
    if (header) {
      boldRows.push(values.length);
      values.push(header);
    }
    values.push(...rows);
  }
  return { values, columnWidths: [...COLUMN_WIDTHS], boldRows };
}

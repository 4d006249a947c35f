/**
 * The Regler sheet's issues in English. The sheet itself is usually Swedish, so a heading or column is named in
 * English with the Swedish word the sheet shows in quotes; the words to type are ones the reader accepts in English.
 */
import { SECTIONS, type SectionKey } from "../../rules/regler-layout";
import type { ReglerMessageMap, ThresholdField } from "../../rules/regler-issues";
import { tidy } from "../../rules/number-text";
import { STATUS_GLYPH } from "../../status/statuses";

const SECTION: Readonly<Record<SectionKey, string>> = {
  perspectives: "Perspectives",
  indicatorRules: "Indicator rules",
  rollups: "Roll-up",
  defaultRule: "Default rule",
  legend: "Legend",
  lowerIsBetter: "Lower is better measures",
  sheetLayouts: "Sheet layouts",
};
const section = (key: SectionKey): string => `${SECTION[key]} ("${SECTIONS[key].heading}")`;

const THRESHOLD: Readonly<Record<ThresholdField, string>> = {
  green: "The green threshold",
  red: "The red threshold",
  yellowScore: "The yellow score",
};
const ROLLUP_LEVEL = { goal: "Goal", plan: "Plan" } as const;
const ROW_FIELD = { headerRow: "Header row", row: "Row" } as const;
const percent = (fraction: number): string => `${tidy(fraction * 100)}%`;

const ROLE_HELP =
  "Use Name, Level, a level word (Plan, Goal, Strategic goal, Indicator …), Perspective, Dnr, Target, Actual, " +
  "Baseline, Direction, Rule, Assessment, Arrows, Status, Comment, Owner or Ignore.";

const bladtolkning = (text: string): string => `Bladtolkning (sheet layouts): ${text}`;

export const reglerEn: ReglerMessageMap = {
  "cell-error": (p) => `The cell contains the error value ${p.error}.`,
  "unreadable-entry": () => "The value cannot be used; the default applies.",
  "rule-without-name": () => "The rule has no name.",
  "unknown-direction": (p) =>
    `The direction "${p.text}" cannot be read; write Higher is better, Lower is better or leave it empty.`,
  "tolerance-not-number": (p) => `The tolerance "${p.text}" is not a number.`,
  "tolerance-negative": (p) =>
    `The tolerance "${p.text}" is negative; it is a distance and is written without a minus sign.`,
  "unknown-tolerance-kind": (p) => `The tolerance type "${p.text}" cannot be read; write Relative or Absolute.`,
  "duplicate-rule": (p) => `The rule "${p.text}" already exists; only the first one is used.`,
  "unknown-default-rule": (p) =>
    `The default rule "${p.text}" is not among the indicator rules; the rule ${p.used} is used.`,
  "rollup-without-level": () => "The row has no level; write Goal or Plan.",
  "unknown-rollup-level": (p) =>
    `The level "${p.text}" cannot be rolled up; write Goal (goals from their indicators) or Plan (plans from their goals).`,
  "unknown-method": (p) => `The method "${p.text}" does not exist; write share, mean or worst.`,
  "threshold-not-number": (p) => `${THRESHOLD[p.field]} "${p.text}" is not a number.`,
  "threshold-out-of-range": (p) => `${THRESHOLD[p.field]} (${p.text}) must be between 0% and 100%.`,
  "red-above-green": (p) =>
    `With the method mean, Red (${percent(p.red)}) must not be higher than Green (${percent(p.green)}).`,
  "duplicate-rollup": (p) => `The roll-up for ${ROLLUP_LEVEL[p.level]} appears more than once; only the first is used.`,
  "legend-without-status": () => "The row has no status; write ↑, →, ↓ or –.",
  "unknown-status": (p) => `The status "${p.text}" cannot be read; write ↑, →, ↓ or –.`,
  "duplicate-legend-status": (p) =>
    `The status ${STATUS_GLYPH[p.status]} appears more than once in the legend; only the first is used.`,
  "duplicate-perspective": (p) => `The perspective "${p.text}" appears more than once; only the first is used.`,
  "not-a-measure": (p) =>
    `"${p.text}" is not a measure. Write a word or phrase from the indicator's name, e.g. waiting list.`,
  "duplicate-measure": (p) => `The measure "${p.text}" appears more than once; only the first is used.`,
  "duplicate-section": (p) => `The section ${section(p.section)} appears more than once; only the first is used.`,
  "table-without-key-column": (p) =>
    `The table under ${section(p.section)} has no "${p.column}" column; the section's defaults are used.`,
  "bladtolkning-missing-sheet": () => bladtolkning("The sheet's name is missing."),
  "bladtolkning-not-a-row": (p) => bladtolkning(`${ROW_FIELD[p.field]} must be a row number (1, 2, 3 …).`),
  "bladtolkning-not-a-column": () => bladtolkning("Column must be a column letter (A, B, C …)."),
  "bladtolkning-unknown-role": () => bladtolkning(`Unknown role. ${ROLE_HELP}`),
  "bladtolkning-unknown-heading-level": () =>
    bladtolkning("Unknown level for a heading row. Use Plan, Goal, Perspective or Owner."),
  "bladtolkning-column-without-role": () => bladtolkning("Column and Role go together: fill in both."),
  "bladtolkning-row-without-level": () => bladtolkning("Row and Level go together: fill in both."),
  "bladtolkning-unknown-sheet": (p) => bladtolkning(`The sheet "${p.text}" is not in the workbook.`),
  "bladtolkning-second-header-row": (p) =>
    bladtolkning(`The sheet "${p.sheet}" already has header row ${p.headerRow}; the first one applies.`),
  "bladtolkning-second-role": (p) => bladtolkning(`Column ${p.column} already has a role; the first one applies.`),
  "bladtolkning-no-header-row": (p) =>
    bladtolkning(`The sheet "${p.sheet}" has no Header row; the sheet is read automatically.`),
  "bladtolkning-no-name-column": (p) =>
    bladtolkning(
      `The sheet "${p.sheet}" needs a column with the role Name, Level or a level word (Goal, Indicator …); ` +
        "the sheet is read automatically.",
    ),
};

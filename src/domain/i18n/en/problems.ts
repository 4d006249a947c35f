/** English problem messages, used where Office reports an English display language; the same typed params as sv. */
import type { MessageMap } from "../../problem-params";
import { renderReglerIssue } from "../../rules/regler-issues";
import type { MissingPart } from "../../sheet/diagnose";
import { STATUS_NAME_EN } from "../../status/statuses";
import { type Direction, type DirectionSource } from "../../vocabulary";
import type { UnparseableReason } from "../../values/types";
import { reglerEn } from "./regler";

const DIRECTION: Readonly<Record<Direction, string>> = { higher: "higher", lower: "lower" };
const SOURCE: Readonly<Record<DirectionSource, string>> = {
  column: "the Direction column",
  rule: "the rule in the Rule column",
  target: "the target",
  name: "the name",
  default: "the default rule",
};
const REASON: Readonly<Record<UnparseableReason, string>> = {
  text: "",
  date: "a date, not a number",
  "cell-error": "an error value",
  ambiguous: "ambiguous",
  "several-numbers": "several numbers",
};
const reason = (r: UnparseableReason): string => (REASON[r] === "" ? "" : ` (${REASON[r]})`);

const MISSING_PART: Readonly<Record<MissingPart, string>> = {
  level: "the Level column (Plan, Goal or Indicator on each row)",
  name: "the Name column (the name of the plan, goal or indicator)",
};
const missingParts = (missing: readonly MissingPart[]): string => missing.map((m) => MISSING_PART[m]).join(" and ");
const WORKING_SHEET_EN =
  "A sheet that works: the header row Level | Name | Target | Actual and below it the rows " +
  "Plan | Action plan 2025, Goal | Good access, Indicator | Visits within 30 days | 90 % | 83 %.";

export const messagesEn: MessageMap = {
  NO_PLAN_SHEET: (p) =>
    "row" in p
      ? `The sheet could not be read as a plan sheet. Row ${p.row} was taken as its header row; ${p.recognised ? `recognised columns: ${p.recognised}` : "no column is recognised"}. Missing: ${missingParts(p.missing)}. ${WORKING_SHEET_EN} Or describe the sheet in the Bladtolkning table on the Regler sheet.`
      : "The workbook has no plan sheet: no sheet has a header row with Level and Name columns within its first 20 rows.",
  MISSING_COLUMN: (p) => `Column "${p.column}" is missing.`,
  UNKNOWN_LEVEL: (p) =>
    p.value
      ? `Unknown level "${p.value}"; the row is skipped. Use Plan, Goal or Indicator (or a synonym).`
      : `The row "${p.name}" has no level and is skipped. Enter Plan, Goal or Indicator in the Level column.`,
  ORPHAN_INDICATOR: (p) =>
    `Indicator "${p.name}" comes before the first goal of its plan and belongs to no goal; the row is skipped.`,
  MISSING_NAME: (p) => `The row has level "${p.level}" but no name${p.name ? `; reports call it "${p.name}".` : "."}`,
  MISSING_TARGET: (p) => `"${p.name}" has an actual value but no target; no status can be computed.`,
  UNPARSEABLE_TARGET: (p) => `The target "${p.value}" cannot be read${reason(p.reason)}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    p.reason === "incomparable"
      ? `The actual value "${p.value}" cannot be compared with the target ${p.target}; no status can be computed.`
      : `The actual value "${p.value}" cannot be read${reason(p.reason)}.`,
  SCALE_MISMATCH: (p) =>
    p.targetScale === "number"
      ? `The actual ${p.actual} is read as ${p.interpreted} because the target ${p.target} is not a percentage.`
      : `The actual ${p.actual} is read as ${p.interpreted} because the target ${p.target} is a percentage.`,
  UNIT_MISMATCH: (p) =>
    `The actual's unit (${p.actualUnit}) cannot be converted to the target's (${p.targetUnit}); no status is computed. Give the actual in the target's unit.`,
  BASELINE_MISSING: (p) =>
    p.baseline
      ? `The target "${p.value}" refers to an earlier value, but the baseline "${p.baseline}" is not a number.`
      : `The target "${p.value}" refers to an earlier value, but the Baseline column is empty or missing.`,
  DIRECTION_ASSUMED: (p) =>
    `It is not clear whether higher or lower is better for "${p.name}"; assuming ${DIRECTION[p.direction]} is better. Set Direction to be sure.`,
  DIRECTION_CONFLICT: (p) =>
    `The direction from ${SOURCE[p.winner]} (${DIRECTION[p.winnerDirection]} is better) contradicts ${SOURCE[p.loser]} (${DIRECTION[p.loserDirection]} is better); ${SOURCE[p.winner]} wins.`,
  UNKNOWN_PERSPECTIVE: (p) => `The perspective "${p.value}" is not in the list on the Regler sheet.`,
  UNKNOWN_RULE: (p) => `The rule "${p.value}" is not on the Regler sheet; the default rule is used.`,
  INVALID_ASSESSMENT: (p) => `The assessment "${p.value}" cannot be read. Use ↑, →, ↓ or Green, Yellow, Red.`,
  CELL_ERROR: (p) => `The cell contains the error value ${p.value}.`,
  EMPTY_PLAN: (p) => `The plan "${p.name}" has no goals and is assessed as not met.`,
  GOAL_WITHOUT_MEASURES: (p) => `The goal "${p.name}" has neither indicators nor its own target and actual.`,
  MANUAL_DIFFERS: (p) =>
    `The manual assessment (${STATUS_NAME_EN[p.manual]}) differs from the computed one (${STATUS_NAME_EN[p.computed]}); the manual one stands.`,
  DUPLICATE_NAME: (p) => `The name "${p.name}" occurs more than once (also ${p.other}).`,
  RULES_INVALID: (p) => `Invalid setting on the Regler sheet: ${renderReglerIssue(reglerEn, p)}`,
  STATUS_COLUMN_ADDED: (p) => `The sheet had no Status column; one was added in column ${p.column}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `The sheet "${p.name}" is one of your own and is left untouched; the summary was written to "${p.used}" instead. Rename your sheet to give the summary that name.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `The workbook contains ${p.part}, which cannot be written back without losing them${p.reason ? ` because ${p.reason}` : ""}. Nothing was written. (Use --allow-lossy to accept the loss.)`,
  UNKNOWN_PERIOD: (p) =>
    "matches" in p
      ? `The period "${p.value}" matches several columns (${p.matches}); give the whole header.`
      : `The period "${p.value}" does not exist. Available: ${p.available}.`,
  NOTHING_EVALUATED: (p) =>
    `The sheet was read as a plan sheet with header row ${p.row}, but no row below it could be evaluated: no plans, goals or indicators were found${p.skipped ? ` (${p.skipped} rows were skipped, see the problems above)` : ""}. Check that the rows below the header have Level and Name filled in.`,
  NOT_MEASURED: (p) =>
    p.column === "target"
      ? `The target is "${p.value}", so no status is computed for "${p.name}".`
      : `The actual is "${p.value}" – not measured yet – so no status is computed for "${p.name}".`,
  INTERNAL_ERROR: (p) =>
    `Internal error in Målstyrning while reading the cell value "${p.value}" (${p.detail}); no status is computed for the row. This is a bug in the program, not in the workbook – please report it.`,
  // Rendered from the layout by sheet/describe-layout.ts in both languages; the params carry both.
  LAYOUT_INFERRED: (p) => p.en,
  DIRECTION_FROM_NAME: (p) =>
    `The direction for "${p.name}" is taken from its name: "${p.term}" is read as a measure where lower is better. Set Direction to be sure.`,
  KEPT_SUMMARY_SHEET: (p) =>
    `The sheet "${p.name}" is a summary kept from an earlier run; it is not read as a plan sheet and is left untouched.`,
};

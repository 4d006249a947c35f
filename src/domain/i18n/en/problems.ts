/** English messages, used where Office reports an English display language. Same keys and parameters as sv/problems.ts. */
import type { MessageMap, ProblemParams } from "../../problem-codes";
import { STATUS_NAME_EN } from "../../status";

const s = (p: ProblemParams, key: string): string => String(p[key] ?? "");

/** Params that are keys (a direction, a status, a direction source, a reason) read as words; other values as written. */
const word = (p: ProblemParams, key: string, words: Readonly<Record<string, string>>): string =>
  words[s(p, key)] ?? s(p, key);
const DIRECTION: Readonly<Record<string, string>> = { higher: "higher", lower: "lower" };
const SOURCE: Readonly<Record<string, string>> = {
  column: "the Direction column",
  rule: "the rule in the Rule column",
  target: "the target",
  name: "the name",
  default: "the default rule",
};
const REASON: Readonly<Record<string, string>> = {
  text: "",
  date: "a date, not a number",
  "cell-error": "an error value",
  ambiguous: "ambiguous",
  "several-numbers": "several numbers",
};
const reason = (p: ProblemParams): string => {
  const r = word(p, "reason", REASON);
  return r === "" ? "" : ` (${r})`;
};

const MISSING_PART: Readonly<Record<string, string>> = {
  level: "the Level column (Plan, Goal or Indicator on each row)",
  name: "the Name column (the name of the plan, goal or indicator)",
};
const missingParts = (p: ProblemParams): string =>
  s(p, "missing")
    .split(",")
    .filter(Boolean)
    .map((m) => MISSING_PART[m] ?? m)
    .join(" and ");
const WORKING_SHEET_EN =
  "A sheet that works: the header row Level | Name | Target | Actual and below it the rows " +
  "Plan | Action plan 2025, Goal | Good access, Indicator | Visits within 30 days | 90 % | 83 %.";

export const messagesEn: MessageMap = {
  NO_PLAN_SHEET: (p) =>
    p["row"]
      ? `The sheet could not be read as a plan sheet. Row ${s(p, "row")} was taken as its header row; ${p["recognised"] ? `recognised columns: ${s(p, "recognised")}` : "no column is recognised"}. Missing: ${missingParts(p)}. ${WORKING_SHEET_EN} Or describe the sheet in the Bladtolkning table on the Regler sheet.`
      : "The workbook has no plan sheet: no sheet has a header row with Level and Name columns within its first 20 rows.",
  MISSING_COLUMN: (p) => `Column ${s(p, "column")} is missing${p["detail"] ? `: ${s(p, "detail")}` : "."}`,
  UNKNOWN_LEVEL: (p) =>
    p["value"]
      ? `Unknown level "${s(p, "value")}"; the row is skipped. Use Plan, Goal or Indicator (or a synonym).`
      : `The row "${s(p, "name")}" has no level and is skipped. Enter Plan, Goal or Indicator in the Level column.`,
  ORPHAN_INDICATOR: (p) =>
    `Indicator "${s(p, "name")}" comes before the first goal of its plan and belongs to no goal; the row is skipped.`,
  MISSING_NAME: (p) =>
    `The row has level ${s(p, "level")} but no name${p["name"] ? `; reports call it ${s(p, "name")}.` : "."}`,
  MISSING_TARGET: (p) => `"${s(p, "name")}" has an actual value but no target; no status can be computed.`,
  UNPARSEABLE_TARGET: (p) => `The target "${s(p, "value")}" cannot be read${reason(p)}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    p["reason"] === "incomparable"
      ? `The actual value "${s(p, "value")}" cannot be compared with the target ${s(p, "target")}; no status can be computed.`
      : `The actual value "${s(p, "value")}" cannot be read${reason(p)}.`,
  SCALE_MISMATCH: (p) =>
    p["targetScale"] === "number"
      ? `The actual ${s(p, "actual")} is read as ${s(p, "interpreted")} because the target ${s(p, "target")} is not a percentage.`
      : `The actual ${s(p, "actual")} is read as ${s(p, "interpreted")} because the target ${s(p, "target")} is a percentage.`,
  UNIT_MISMATCH: (p) =>
    `The actual's unit (${s(p, "actualUnit")}) cannot be converted to the target's (${s(p, "targetUnit")}); no status is computed. Give the actual in the target's unit.`,
  BASELINE_MISSING: (p) =>
    p["baseline"]
      ? `The target "${s(p, "value")}" refers to an earlier value, but the baseline "${s(p, "baseline")}" is not a number.`
      : `The target "${s(p, "value")}" refers to an earlier value, but the Baseline column is empty or missing.`,
  DIRECTION_ASSUMED: (p) =>
    `It is not clear whether higher or lower is better for "${s(p, "name")}"; assuming ${word(p, "direction", DIRECTION)} is better. Set Direction to be sure.`,
  DIRECTION_CONFLICT: (p) =>
    `The direction from ${word(p, "winner", SOURCE)} (${word(p, "winnerDirection", DIRECTION)} is better) contradicts ${word(p, "loser", SOURCE)} (${word(p, "loserDirection", DIRECTION)} is better); ${word(p, "winner", SOURCE)} wins.`,
  UNKNOWN_PERSPECTIVE: (p) => `The perspective "${s(p, "value")}" is not in the list on the Regler sheet.`,
  UNKNOWN_RULE: (p) => `The rule "${s(p, "value")}" is not on the Regler sheet; the default rule is used.`,
  INVALID_ASSESSMENT: (p) => `The assessment "${s(p, "value")}" cannot be read. Use ↑, →, ↓ or Green, Yellow, Red.`,
  CELL_ERROR: (p) => `The cell contains the error value ${s(p, "value")}.`,
  EMPTY_PLAN: (p) => `The plan "${s(p, "name")}" has no goals and is assessed as not met.`,
  GOAL_WITHOUT_MEASURES: (p) => `The goal "${s(p, "name")}" has neither indicators nor its own target and actual.`,
  MANUAL_DIFFERS: (p) =>
    `The manual assessment (${word(p, "manual", STATUS_NAME_EN)}) differs from the computed one (${word(p, "computed", STATUS_NAME_EN)}); the manual one stands.`,
  DUPLICATE_NAME: (p) => `The name "${s(p, "name")}" occurs more than once (also ${s(p, "other")}).`,
  RULES_INVALID: (p) => `Invalid setting on the Regler sheet: ${s(p, "detail")}`,
  STATUS_COLUMN_ADDED: (p) => `The sheet had no Status column; one was added in column ${s(p, "column")}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `The sheet "${s(p, "name")}" is one of your own and is left untouched; the summary was written to "${s(p, "used")}" instead. Rename your sheet to give the summary that name.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `The workbook contains ${s(p, "part")}, which cannot be written back without losing them${p["reason"] ? ` because ${s(p, "reason")}` : ""}. Nothing was written. (Use --allow-lossy to accept the loss.)`,
  UNKNOWN_PERIOD: (p) =>
    p["matches"]
      ? `The period "${s(p, "value")}" matches several columns (${s(p, "matches")}); give the whole header.`
      : `The period "${s(p, "value")}" does not exist. Available: ${s(p, "available")}.`,
  NOTHING_EVALUATED: (p) =>
    `The sheet was read as a plan sheet with header row ${s(p, "row")}, but no row below it could be evaluated: no plans, goals or indicators were found${p["skipped"] ? ` (${s(p, "skipped")} rows were skipped, see the problems above)` : ""}. Check that the rows below the header have Level and Name filled in.`,
  NOT_MEASURED: (p) =>
    p["column"] === "target"
      ? `The target is "${s(p, "value")}", so no status is computed for "${s(p, "name")}".`
      : `The actual is "${s(p, "value")}" – not measured yet – so no status is computed for "${s(p, "name")}".`,
  INTERNAL_ERROR: (p) =>
    `Internal error in Målstyrning while reading the cell value "${s(p, "value")}" (${s(p, "detail")}); no status is computed for the row. This is a bug in the program, not in the workbook – please report it.`,
  // Rendered from the layout by sheet/describe-layout.ts in both languages; the params carry both.
  LAYOUT_INFERRED: (p) => s(p, "en"),
  DIRECTION_FROM_NAME: (p) =>
    `The direction for "${s(p, "name")}" is taken from its name: ${s(p, "term")} is read as a measure where lower is better. Set Direction to be sure.`,
  KEPT_SUMMARY_SHEET: (p) =>
    `The sheet "${s(p, "name")}" is a summary kept from an earlier run; it is not read as a plan sheet and is left untouched.`,
};

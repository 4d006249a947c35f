/** The stable problem codes of SPEC §7 and their default severities; kept apart so the message maps can import them. */

export const PROBLEM_CODES = [
  "NO_PLAN_SHEET",
  "MISSING_COLUMN",
  "UNKNOWN_LEVEL",
  "ORPHAN_INDICATOR",
  "MISSING_NAME",
  "MISSING_TARGET",
  "UNPARSEABLE_TARGET",
  "UNPARSEABLE_ACTUAL",
  "SCALE_MISMATCH",
  "UNIT_MISMATCH",
  "BASELINE_MISSING",
  "DIRECTION_ASSUMED",
  "DIRECTION_CONFLICT",
  "UNKNOWN_PERSPECTIVE",
  "UNKNOWN_RULE",
  "INVALID_ASSESSMENT",
  "CELL_ERROR",
  "EMPTY_PLAN",
  "GOAL_WITHOUT_MEASURES",
  "MANUAL_DIFFERS",
  "DUPLICATE_NAME",
  "RULES_INVALID",
  "STATUS_COLUMN_ADDED",
  "GENERATED_NAME_TAKEN",
  "UNSUPPORTED_WORKBOOK_PART",
  "UNKNOWN_PERIOD",
  "NOTHING_EVALUATED",
  "NOT_MEASURED",
  "INTERNAL_ERROR",
  "LAYOUT_INFERRED",
  "DIRECTION_FROM_NAME",
  "KEPT_SUMMARY_SHEET",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = "error" | "warning" | "info";

export const DEFAULT_SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  NO_PLAN_SHEET: "error",
  MISSING_COLUMN: "error",
  UNKNOWN_LEVEL: "error",
  ORPHAN_INDICATOR: "error",
  MISSING_NAME: "warning",
  MISSING_TARGET: "warning",
  UNPARSEABLE_TARGET: "error",
  UNPARSEABLE_ACTUAL: "error",
  SCALE_MISMATCH: "warning",
  // A wrong arrow is worse than none (SPEC §2): units that cannot be converted give no status.
  UNIT_MISMATCH: "error",
  BASELINE_MISSING: "error",
  DIRECTION_ASSUMED: "warning",
  DIRECTION_CONFLICT: "warning",
  UNKNOWN_PERSPECTIVE: "warning",
  UNKNOWN_RULE: "error",
  INVALID_ASSESSMENT: "error",
  CELL_ERROR: "error",
  EMPTY_PLAN: "warning",
  GOAL_WITHOUT_MEASURES: "info",
  MANUAL_DIFFERS: "info",
  DUPLICATE_NAME: "warning",
  RULES_INVALID: "error",
  STATUS_COLUMN_ADDED: "info",
  GENERATED_NAME_TAKEN: "warning",
  UNSUPPORTED_WORKBOOK_PART: "error",
  UNKNOWN_PERIOD: "error",
  NOTHING_EVALUATED: "error",
  NOT_MEASURED: "info",
  INTERNAL_ERROR: "error",
  LAYOUT_INFERRED: "info",
  DIRECTION_FROM_NAME: "warning",
  KEPT_SUMMARY_SHEET: "info",
};

/** Values substituted into a message. Keys are documented per code in i18n/sv/problems.ts. */
export type ProblemParams = Readonly<Record<string, string | number>>;

export type MessageMap = Readonly<Record<ProblemCode, (p: ProblemParams) => string>>;

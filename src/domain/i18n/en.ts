/** English messages, used where Office reports an English display language. Same keys and parameters as sv.ts. */
import type { MessageMap, ProblemParams } from "../problem-codes";

const s = (p: ProblemParams, key: string): string => String(p[key] ?? "");

export const messagesEn: MessageMap = {
  NO_PLAN_SHEET: () =>
    "The workbook has no plan sheet: no sheet has a header row with Level and Name columns within its first 20 rows.",
  MISSING_COLUMN: (p) => `Column ${s(p, "column")} is missing${p["detail"] ? `: ${s(p, "detail")}` : "."}`,
  UNKNOWN_LEVEL: (p) => `Unknown level "${s(p, "value")}". Use Plan, Goal or Indicator (or a synonym).`,
  ORPHAN_INDICATOR: (p) => `Indicator "${s(p, "name")}" comes before the first goal and belongs to no goal.`,
  MISSING_NAME: (p) => `The row has level ${s(p, "level")} but no name.`,
  MISSING_TARGET: (p) => `"${s(p, "name")}" has an actual value but no target; no status can be computed.`,
  UNPARSEABLE_TARGET: (p) =>
    `The target "${s(p, "value")}" cannot be read${p["reason"] ? ` (${s(p, "reason")})` : ""}.`,
  UNPARSEABLE_ACTUAL: (p) =>
    `The actual value "${s(p, "value")}" cannot be read${p["reason"] ? ` (${s(p, "reason")})` : ""}.`,
  SCALE_MISMATCH: (p) =>
    `The actual ${s(p, "actual")} is read as ${s(p, "interpreted")} because the target ${s(p, "target")} is a percentage.`,
  UNIT_MISMATCH: (p) => `The actual's unit (${s(p, "actualUnit")}) differs from the target's (${s(p, "targetUnit")}).`,
  BASELINE_MISSING: (p) =>
    `The target "${s(p, "value")}" refers to an earlier value, but the Baseline column is empty or missing.`,
  DIRECTION_ASSUMED: (p) =>
    `It is not clear whether higher or lower is better for "${s(p, "name")}"; assuming ${s(p, "direction")} is better. Set Direction to be sure.`,
  DIRECTION_CONFLICT: (p) =>
    `The direction from ${s(p, "winner")} (${s(p, "winnerDirection")} is better) contradicts ${s(p, "loser")} (${s(p, "loserDirection")} is better); ${s(p, "winner")} wins.`,
  UNKNOWN_PERSPECTIVE: (p) => `The perspective "${s(p, "value")}" is not in the list on the Regler sheet.`,
  UNKNOWN_RULE: (p) => `The rule "${s(p, "value")}" is not on the Regler sheet; the default rule is used.`,
  INVALID_ASSESSMENT: (p) => `The assessment "${s(p, "value")}" cannot be read. Use ↑, →, ↓ or Green, Yellow, Red.`,
  CELL_ERROR: (p) => `The cell contains the error value ${s(p, "value")}.`,
  EMPTY_PLAN: (p) => `The plan "${s(p, "name")}" has no goals and is assessed as not met.`,
  GOAL_WITHOUT_MEASURES: (p) => `The goal "${s(p, "name")}" has neither indicators nor its own target and actual.`,
  MANUAL_DIFFERS: (p) =>
    `The manual assessment (${s(p, "manual")}) differs from the computed one (${s(p, "computed")}); the manual one stands.`,
  DUPLICATE_NAME: (p) => `The name "${s(p, "name")}" occurs more than once (also ${s(p, "other")}).`,
  RULES_INVALID: (p) => `Invalid setting on the Regler sheet: ${s(p, "detail")}`,
  STATUS_COLUMN_ADDED: (p) => `The sheet had no Status column; one was added in column ${s(p, "column")}.`,
  GENERATED_NAME_TAKEN: (p) =>
    `A sheet of your own is already named "${s(p, "name")}"; the summary was written to "${s(p, "used")}" instead.`,
  UNSUPPORTED_WORKBOOK_PART: (p) =>
    `The workbook contains ${s(p, "part")}, which cannot be written back without losing them. Nothing was written. (Use --allow-lossy to accept the loss.)`,
  UNKNOWN_PERIOD: (p) => `The period "${s(p, "value")}" does not exist. Available: ${s(p, "available")}.`,
};

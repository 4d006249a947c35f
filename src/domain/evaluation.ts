/** The evaluated workbook: what every report, the Status column and the summaries are made from. */
import type { Problem } from "./problems";
import type { Rules } from "./rules/types";
import type { PlanLayout } from "./sheet/layout";
import type { Status, StatusCounts } from "./status/statuses";
import type { Direction, DirectionSource, Level, StatusSource } from "./vocabulary";
import type { Explanation } from "./status/explanation";
import type { ReadValue } from "./values/types";

export interface EvaluatedRow {
  readonly sheet: string;
  readonly row: number;
  readonly level: Level;
  /** The Nivå cell as written, for the sheet's own words in summaries. */
  readonly levelText: string;
  readonly name: string;
  readonly plan: string;
  /** The goal an indicator belongs to; null for goals and plans. */
  readonly goal: string | null;
  readonly perspective: string | null;
  readonly dnr: string | null;
  readonly target: ReadValue | null;
  readonly actual: ReadValue | null;
  readonly direction: Direction | null;
  readonly directionSource: DirectionSource | null;
  readonly status: Status;
  readonly source: StatusSource;
  /** Why this status, as data; `renderExplanation` says it in a language. */
  readonly explanation: Explanation;
  readonly comment: string | null;
  readonly owner: string | null;
  /** For goals and plans: their counted children by status. */
  readonly children: StatusCounts | null;
}

export interface PerspectiveSummary {
  readonly name: string;
  readonly goals: StatusCounts;
  readonly indicators: StatusCounts;
}

export interface EvaluatedPlan {
  readonly name: string;
  readonly dnr: string | null;
  readonly sheet: string;
  /** Null for the implicit plan named after the sheet. */
  readonly row: number | null;
  readonly status: Status;
  readonly source: "manual" | "rollup";
  readonly explanation: Explanation;
  readonly goals: StatusCounts;
  readonly indicators: StatusCounts;
  readonly comment: string | null;
  readonly owner: string | null;
}

/** The Status column cells of one plan sheet. */
export interface StatusColumnWrite {
  readonly sheet: string;
  /** The Status column. */
  readonly col: number;
  /** Set when the sheet had no Status column: write this header text at (headerRow, col). */
  readonly addHeader: { readonly row: number; readonly text: string } | null;
  /** Rows and their statuses; rows not listed are left alone. */
  readonly cells: readonly { readonly row: number; readonly status: Status }[];
}

export interface Evaluation {
  /** The active period's header text; null when no sheet has an Utfall column. */
  readonly period: string | null;
  /** All period headers found, left to right, deduplicated: what the task pane lists. */
  readonly periods: readonly string[];
  readonly rules: Rules;
  readonly problems: readonly Problem[];
  readonly rows: readonly EvaluatedRow[];
  /** In report order (Regler order, else first appearance; "Utan perspektiv" last). */
  readonly perspectives: readonly PerspectiveSummary[];
  readonly plans: readonly EvaluatedPlan[];
  readonly statusWrites: readonly StatusColumnWrite[];
  /** How each plan sheet was read, in sheet order (SPEC §1a: always said). */
  readonly layouts: readonly PlanLayout[];
}

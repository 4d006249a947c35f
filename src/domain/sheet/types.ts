/** The structure found on a plan sheet (SPEC §1, §5): where the header is, which column is which, and the outline. */
import type { Level } from "../vocabulary";

/** Columns of SPEC §1 other than Utfall, which may appear several times (periods). */
export type ColumnKey =
  | "level"
  | "name"
  | "perspective"
  | "dnr"
  | "target"
  | "baseline"
  | "direction"
  | "rule"
  | "assessment"
  | "status"
  | "comment"
  | "owner";

export interface PeriodColumn {
  /** The header text as written ("Utfall april", "Resultat per augusti"). */
  readonly header: string;
  readonly col: number;
  /** Whether any row below the header has a value in this column. */
  readonly hasValues: boolean;
}

export interface SheetLayout {
  readonly sheet: string;
  /** The header row. */
  readonly headerRow: number;
  /** The column of each recognised column; absent when the sheet has none. */
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Utfall columns, left to right. */
  readonly periods: readonly PeriodColumn[];
  /** The rightmost non-empty header cell's column (a missing Status column is added after it). */
  readonly lastHeaderCol: number;
}

interface NodeBase {
  /** The row on the sheet. */
  readonly row: number;
  readonly name: string;
  /** The Nivå cell as written ("Framgångsfaktor", "Resultatmål"): summaries use the sheet's own word. */
  readonly levelText: string;
  /**
   * The column of the name, where it is not the Namn column (levels as columns: each level has its own).
   * Absent on Nivå sheets.
   */
  readonly col?: number;
  /** Ansvarig from an owner heading above the row (SPEC §1a); an Ansvarig cell on the row still wins. */
  readonly owner?: string;
  /**
   * The node has no row of its own: its text stands on the row of its first child (levels as columns, a goal
   * beside its first indicator). Its status is reported but not written into that row's Status cell.
   */
  readonly inline?: true;
}

export interface IndicatorNode extends NodeBase {
  readonly level: "indicator";
  /** Inherited from its goal. */
  readonly perspective: string | null;
}

export interface GoalNode extends NodeBase {
  readonly level: "goal";
  /** Its own Perspektiv cell, else the plan's default. */
  readonly perspective: string | null;
  readonly indicators: readonly IndicatorNode[];
}

export interface PlanNode extends Omit<NodeBase, "row"> {
  readonly level: "plan";
  /** null for the implicit plan named after the sheet (goals before any plan row). */
  readonly row: number | null;
  /** The plan row's Perspektiv cell: a default for its goals. */
  readonly perspective: string | null;
  /** The plan row's Dnr cell as text ("RS/1841/2018"); null when empty or for the implicit plan. */
  readonly dnr: string | null;
  readonly goals: readonly GoalNode[];
}

export type { Level };

/**
 * The explicit reading of one plan sheet (SPEC §1, §1a): which row is the header, which column plays which role,
 * how the levels are found, where owners and perspectives come from and which cells hold typed assessments.
 *
 * Recognition (or a `Bladtolkning` override on Regler) produces it; the outline, the evaluation and every report
 * consume it and never guess again. It is plain data — numbers, strings, booleans, arrays and objects only — so
 * it can be printed, put in the JSON report, written to Regler and read back.
 */
import type { Level } from "../vocabulary";
import type { SheetLayout } from "./types";

/** A column that names one level of the outline (SPEC §1a.1): `Strategiskt mål`, `Framgångsfaktor`, `Mätetal`. */
export interface LevelColumn {
  readonly col: number;
  readonly level: Level;
  /** The header's level word as written ("Framgångsfaktor", "Strategiskt mål"): summaries use the sheet's word. */
  readonly word: string;
}

/** How the rows' levels are found. */
export type LevelSource =
  /** SPEC §1: a Nivå column whose cell names each row's kind. */
  | { readonly kind: "level-column"; readonly col: number }
  /**
   * SPEC §1a.1: one column per level, outermost first (left to right). An empty or merged cell, or the same text
   * again, continues the value above; a row's kind is its rightmost level column holding new text.
   */
  | { readonly kind: "level-columns"; readonly columns: readonly LevelColumn[] }
  /**
   * SPEC §1a.2: one name column; the rows listed in `headings` group the others. Every other row with a name is a
   * row of `rowLevel` (indicators under the innermost goal heading; goals when the sheet lists goals).
   */
  | {
      readonly kind: "heading-rows";
      /** The column of the names (headings and rows alike). */
      readonly nameCol: number;
      /** What the non-heading rows are. */
      readonly rowLevel: "goal" | "indicator";
      /** The name column's header as written ("Mätetal"), or the §1 word for the level when it has none. */
      readonly word: string;
    }
  /** SPEC §1a.3: one row per plan (`Handlingsplan | Diarienummer | Summering`); each row with a name is a plan. */
  | {
      readonly kind: "plan-list";
      /** The column of the plan names. */
      readonly nameCol: number;
      /** The name column's header as written ("Handlingsplan"). */
      readonly word: string;
    };

/** What a heading row names. */
export type HeadingLevel = "plan" | "goal" | "perspective" | "owner";

/**
 * A row that groups the rows under it rather than being evaluated itself (SPEC §1a.1 owner names in a level
 * column, §1a.2 heading rows). It applies until the next heading of the same or an outer kind.
 */
export interface HeadingRow {
  readonly row: number;
  /** The column of the heading's text. */
  readonly col: number;
  readonly level: HeadingLevel;
  /** The heading as it is used: the plan, goal, perspective or owner name ("Samhälle" for "Perspektivet Samhälle"). */
  readonly text: string;
}

/**
 * One place a row's perspective can come from. A layout lists them in order of precedence: the first that gives a
 * row a perspective wins (a Perspektiv cell on the row, then the perspective heading above it, then the sheet's).
 */
export type PerspectiveSource =
  /** The Perspektiv/Strategi column (`columns.perspective`). */
  | { readonly kind: "column"; readonly col: number }
  /** The perspective headings in `headings` (`Perspektivet Samhälle`, `Strategi för vård`). */
  | { readonly kind: "heading-rows" }
  /** A title row above the header (`Perspektivet Medarbetare`). */
  | { readonly kind: "title-row"; readonly row: number; readonly name: string }
  /** The sheet is named after a perspective (`Patient`). */
  | { readonly kind: "sheet-name"; readonly name: string };

/** Who decided this reading. */
export type LayoutOrigin =
  /** The SPEC §1 header with a Nivå column: nothing was inferred. */
  | "header"
  /** Recognised from the sheet's own layout (SPEC §1a): reported as LAYOUT_INFERRED. */
  | "inferred"
  /** Given by the user in the `Bladtolkning` table on Regler. */
  | "override";

export interface PlanLayout extends SheetLayout {
  readonly origin: LayoutOrigin;
  /** How each row's level is found. */
  readonly levels: LevelSource;
  /** Heading rows in sheet order (owner, perspective, plan and goal headings); empty for the Nivå layout. */
  readonly headings: readonly HeadingRow[];
  /** Where rows get their perspective, in order of precedence; empty: the rows have none. */
  readonly perspectives: readonly PerspectiveSource[];
  /**
   * Columns where staff type their own assessment (SPEC §1a.4): an arrow or status word alone, or leading
   * the cell's text, is the row's manual assessment and the rest of the text its comment. Utfall/Resultat columns
   * listed here count only when they are the active period. Empty for the Nivå layout (its Bedömning column is
   * strict there).
   */
  readonly typedAssessments: readonly number[];
  /**
   * Whether name cells may hold a name and a Dnr on separate lines (`Handlingsplan för X\nRS/1841/2018`): the Dnr
   * line becomes the row's Dnr and the rest its name.
   */
  readonly nameWithDnr: boolean;
}

/** The reading of a sheet with a Nivå column (SPEC §1): the header finder's result, nothing inferred. */
export function nivaLayout(layout: SheetLayout): PlanLayout | null {
  const col = layout.columns.level;
  if (col === undefined) return null;
  const perspective = layout.columns.perspective;
  return {
    ...layout,
    origin: "header",
    levels: { kind: "level-column", col },
    headings: [],
    perspectives: perspective === undefined ? [] : [{ kind: "column", col: perspective }],
    typedAssessments: [],
    nameWithDnr: false,
  };
}

/** A layout as the engine consumes it: a header finder's SheetLayout is the Nivå reading. */
export function asPlanLayout(layout: SheetLayout | PlanLayout): PlanLayout | null {
  return "levels" in layout ? layout : nivaLayout(layout);
}

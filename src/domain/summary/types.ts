/**
 * Neutral descriptions of the generated summary sheets (SPEC §6). The domain decides every value, style, merge and
 * width; an adapter (ExcelJS, Office.js) only executes the description. Values come in rectangular blocks and styles
 * as one style over many areas, so a renderer needs a constant number of range operations per sheet, not one per cell.
 */
import type { CellRange } from "../grid";
import type { Problem } from "../problems";

/**
 * A summary cell. A string is always literal text, never a formula: its number format in the block is "@", which
 * Office must set before the values so that "=HYPERLINK(…)", "+46…", "-5" or "@foo" stay text.
 */
export type SummaryValue = string | number | null;

/** Number format of a text cell. */
export const TEXT_FORMAT = "@";
/** Number format of an empty cell. */
export const GENERAL_FORMAT = "General";
/** Number format of a count. */
export const COUNT_FORMAT = "0";

/** A rectangle of values, written with one `range.values` (and one `range.numberFormat`) assignment. */
export interface ValueBlock {
  readonly top: number;
  readonly left: number;
  /** Rectangular: every row has the same length. */
  readonly values: readonly (readonly SummaryValue[])[];
  /** Same shape as values: "@" for every string, "0" for counts, "General" for empty cells. */
  readonly numberFormats: readonly (readonly string[])[];
}

/** Colours are ARGB hex without '#' ("FF00B050"), as in status.ts. Absent properties are left at the default. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; absent: the workbook default (11). */
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  /** A thin line under the cell (header rows, the row above a total). */
  readonly borderBottom?: boolean;
  /** A thin line over the cell (total rows). */
  readonly borderTop?: boolean;
}

/** One style applied to several areas at once (Office.js: one `getRanges("A1:B2, D4")` per style). */
export interface StyledAreas {
  readonly style: CellStyle;
  readonly areas: readonly CellRange[];
}

export interface SheetContent {
  readonly blocks: readonly ValueBlock[];
  readonly styles: readonly StyledAreas[];
}

/** An Excel table (ListObject) with filter buttons: header row plus data rows, header cells hold the column names. */
export interface TableDescription {
  /** Unique in the workbook; letters, digits and underscores. */
  readonly name: string;
  readonly range: CellRange;
  /** Built-in table style name. */
  readonly style: string;
}

export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "landscape" | "portrait";
  /** Pages wide. */
  readonly fitToPagesWide: 1;
  /** Pages tall: 1 for a page that must print on one sheet of paper (Översikt), 0 for as many as needed. */
  readonly fitToPagesTall: 0 | 1;
  /** Inclusive rows repeated at the top of every printed page; null: none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
}

/**
 * The status distribution as a pie chart: one slice per category in its colour, data labels with count and share,
 * a legend. Its data is on the sheet (categoriesRange/valuesRange, a column or a row each); `categories` and `values`
 * are the same numbers, for a chart part's cache. A renderer that cannot draw charts (the ExcelJS fallback writer)
 * writes `fallback` instead: bars of cells in the status colours.
 */
export interface ChartDescription {
  readonly type: "pie";
  /** Names the counted level and the period: "Mätetal per status – Utfall augusti". */
  readonly title: string;
  /** What the chart shows in words, for screen readers (the drawing's descr, Office's altTextDescription). */
  readonly altText: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  /** One ARGB colour per category. */
  readonly colors: readonly string[];
  /** The cells on the sheet that hold the categories and the values (same order as above). */
  readonly categoriesRange: CellRange;
  readonly valuesRange: CellRange;
  /** Cells the chart covers: its top-left and bottom-right corner. Empty cells: nothing is hidden under the chart. */
  readonly anchor: CellRange;
  readonly fallback: SheetContent;
}

export type SummaryKind = "overview" | "perspective" | "plan";

/** A cell that links to another sheet's A1 (Översikt's perspective and plan names lead to their sheets). */
export interface SheetLink {
  /** The cell holds the link's text as a value written by a block. */
  readonly row: number;
  readonly col: number;
  /** The target sheet's name. */
  readonly sheet: string;
}

/** `'Name'!A1`: the reference a hyperlink's location holds, the name quoted with any apostrophe doubled. */
export function sheetLinkLocation(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!A1`;
}

export interface SheetDescription {
  readonly name: string;
  readonly kind: SummaryKind;
  /** What the sheet summarises: "" for the overview, the perspective's name, or the plan's identity (see plan-key.ts). */
  readonly key: string;
  readonly content: SheetContent;
  readonly merges: readonly CellRange[];
  /** Excel character widths, index = column; columns after the last are left at the default. */
  readonly columnWidths: readonly number[];
  /** Points; only rows that need more than the default height (wrapped text in merged cells, titles). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly table: TableDescription | null;
  /** Rows frozen at the top (everything down to the table header); 0: none. */
  readonly freezeRows: number;
  readonly print: PrintSetup;
  readonly chart: ChartDescription | null;
  /** Internal hyperlinks; the cells' text is in the blocks. */
  readonly links: readonly SheetLink[];
  readonly tabColor: string;
}

/** One row of the `_Målstyrning` registry: a sheet this add-in generated. */
export interface RegistryEntry {
  readonly name: string;
  readonly kind: SummaryKind;
  readonly key: string;
}

export interface PlannedSheet {
  readonly sheet: SheetDescription;
  /**
   * The workbook's current name of the generated sheet this one replaces (same name, possibly other case), or null
   * when the sheet is new. A renderer clears that sheet completely (values, formats, merges, tables, charts,
   * frozen panes) or deletes and recreates it.
   */
  readonly replaces: string | null;
}

export interface RegistrySheet {
  readonly name: string;
  /** Plain text cells, header row first. */
  readonly values: readonly (readonly string[])[];
  /** The workbook's current name of the registry sheet, or null when there is none yet. */
  readonly replaces: string | null;
}

/** Everything one "write summaries" does, decided in the domain; adapters only execute it in this order. */
export interface SummarySheetsChange {
  /** Generated sheets of an earlier run that are no longer produced (a vanished plan): delete them. */
  readonly remove: readonly string[];
  /** In tab order, Översikt first; placed after the user's sheets. */
  readonly sheets: readonly PlannedSheet[];
  /** Written last, very hidden (ExcelJS `state = "veryHidden"`, Office.js `visibility = "VeryHidden"`). */
  readonly registry: RegistrySheet;
  readonly problems: readonly Problem[];
}

/** The cell vocabulary of the example workbook: plain data that an xlsx writer turns into a real sheet. */

/** A number shown with a percent format: `pct(0.9)` is the cell 0,9 displayed as "90 %". */
export interface PercentCell {
  readonly percent: number;
  readonly format: string;
}

/** A formula with the result Excel last calculated (what the engine reads). */
export interface FormulaCell {
  readonly formula: string;
  readonly result: number;
  readonly format: string | null;
}

export interface ErrorCell {
  readonly error: "#N/A" | "#DIV/0!" | "#VALUE!" | "#REF!";
}

/** A real Excel date (ISO yyyy-mm-dd), shown with a date format. */
export interface DateCell {
  readonly date: string;
}

/** "Merged with the cell above": consecutive markers under a value make one vertically merged area. */
export const MERGED_ABOVE = Symbol("merged with the cell above");

export type ExampleCell =
  string | number | boolean | null | PercentCell | FormulaCell | ErrorCell | DateCell | typeof MERGED_ABOVE;

export interface ExampleSheet {
  readonly name: string;
  /** Rows above the header, each merged across the header's width. */
  readonly titleRows: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly ExampleCell[])[];
  /** Excel character widths, by header. */
  readonly columnWidths: Readonly<Record<string, number>>;
}

export const pct = (fraction: number, format = "0 %"): PercentCell => ({ percent: fraction, format });
export const formula = (text: string, result: number, format: string | null = null): FormulaCell => ({
  formula: text,
  result,
  format,
});
export const cellError = (error: ErrorCell["error"]): ErrorCell => ({ error });
export const date = (iso: string): DateCell => ({ date: iso });

/** The "Skapa sammanställningar" use case: the summary sheets of SPEC §6 from an evaluated workbook. */
import type { Evaluation } from "../domain/evaluation";
import type { WorkbookGrid } from "../domain/grid";
import type { Problem } from "../domain/problems";
import { describeSummarySheets } from "../domain/summary/describe-summary-sheets";
import type { SummarySheetsChange } from "../domain/summary/types";

/** What an adapter adds to WorkbookPort to write summaries. Kept apart so a port without it still compiles. */
export interface GeneratedSheetsPort {
  /**
   * Executes the change as one batch: deletes `remove`, clears or recreates each sheet that `replaces` one, writes
   * the sheets after the user's sheets in the given order, and writes the registry very hidden. Touches nothing else.
   */
  writeSummarySheets(change: SummarySheetsChange): Promise<void>;
}

export interface SummaryRunOptions {
  /** The date shown on the sheets; a Date is taken in local time. */
  readonly runDate: Date | string;
}

export interface SummaryResult {
  /** Names of the sheets written, in tab order (Översikt first). */
  readonly sheets: string[];
  readonly problems: Problem[];
}

/** "2024-05-02" for the local calendar day, the way Swedish dates are written. */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `grid` must be the one the evaluation was made from (read before the Status writes): it tells which sheets exist
 * and holds the registry of the sheets generated last time.
 */
export async function writeSummaries(
  port: GeneratedSheetsPort,
  evaluation: Evaluation,
  grid: WorkbookGrid,
  options: SummaryRunOptions,
): Promise<SummaryResult> {
  const runDate = typeof options.runDate === "string" ? options.runDate : isoDate(options.runDate);
  const change = describeSummarySheets(evaluation, grid, { runDate });
  await port.writeSummarySheets(change);
  return { sheets: change.sheets.map((s) => s.sheet.name), problems: [...change.problems] };
}

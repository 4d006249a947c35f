/** The use cases behind the ribbon buttons, the task pane and the CLI: the same code for every adapter. */
import { evaluateWorkbook } from "../domain/evaluate";
import type { Evaluation } from "../domain/evaluation";
import type { WorkbookGrid } from "../domain/grid";
import { generatedSheetNames } from "../domain/summary/registry";
import { writeSummaries, type GeneratedSheetsPort, type SummaryResult } from "./summaries";
import type { WorkbookPort } from "./workbook-port";

export interface RunOptions {
  /** The period (Utfall column header) to use; absent: the rightmost Utfall column with values. */
  readonly period?: string | null;
}

export interface FullRunOptions extends RunOptions {
  /** The date shown on the summary sheets; a Date is taken in local time. */
  readonly runDate: Date | string;
}

export interface FullRunResult {
  readonly evaluation: Evaluation;
  readonly summaries: SummaryResult;
}

/** Sheets this add-in generated (and its registry) are never read as plan sheets. */
function evaluate(grid: WorkbookGrid, options: RunOptions): Evaluation {
  return evaluateWorkbook(grid, { period: options.period ?? null, generatedSheets: generatedSheetNames(grid) });
}

/** Reads and evaluates; writes nothing. */
export async function validate(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  return evaluate(await port.readGrid(), options);
}

/** Reads, evaluates and writes the Status column of every plan sheet. */
export async function recalc(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  const evaluation = await validate(port, options);
  await port.writeStatuses(evaluation.statusWrites);
  return evaluation;
}

/**
 * The whole job of the ribbon's Beräkna status: one read, then the Status column and the summary sheets from the
 * same evaluation, so the arrows on the plan sheets and in the tabs always agree.
 */
export async function recalcWithSummaries(
  port: WorkbookPort & GeneratedSheetsPort,
  options: FullRunOptions,
): Promise<FullRunResult> {
  const grid = await port.readGrid();
  const evaluation = evaluate(grid, options);
  await port.writeStatuses(evaluation.statusWrites);
  const summaries = await writeSummaries(port, evaluation, grid, { runDate: options.runDate });
  return { evaluation, summaries };
}

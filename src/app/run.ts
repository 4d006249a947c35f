/**
 * The use cases behind the ribbon buttons, the task pane and the CLI: the same code for every adapter.
 *
 * Every use case that writes resolves the run's configuration (the Regler rules, the plan sheets, the active period)
 * before evaluating, stops before anything is written when the requested period is unknown, and lets the port check
 * everything it will touch before the first write (`checkWrites`), so a run never leaves a workbook half-written.
 */
import { evaluateWithConfig, resolveRunConfig, type RunConfig } from "../domain/evaluate";
import type { Evaluation } from "../domain/evaluation";
import type { WorkbookGrid } from "../domain/grid";
import type { Problem } from "../domain/problems";
import { describeSummarySheets } from "../domain/summary/describe-summary-sheets";
import { generatedSheetNames } from "../domain/summary/registry";
import { isoDate, type GeneratedSheetsPort, type SummaryResult } from "./summaries";
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

/**
 * A requested period that names no Utfall column (or several): a run that writes stops here, before evaluating and
 * before anything is written. `problems` are the UNKNOWN_PERIOD problems, with the message that lists the periods.
 */
export class UnknownPeriodError extends Error {
  constructor(
    readonly requested: string,
    readonly problems: readonly Problem[],
    readonly periods: readonly string[],
  ) {
    super(problems[0]?.message ?? `Unknown period: ${requested}`);
    this.name = "UnknownPeriodError";
  }
}

/** Sheets this add-in generated (and its registry) are never read as plan sheets. */
function configure(grid: WorkbookGrid, options: RunOptions): RunConfig {
  return resolveRunConfig(grid, { period: options.period ?? null, generatedSheets: generatedSheetNames(grid) });
}

/** The configuration of a run that will write: an unknown period stops it here. */
function configureForWriting(grid: WorkbookGrid, options: RunOptions): RunConfig {
  const config = configure(grid, options);
  const unknown = config.periodProblems.filter((p) => p.code === "UNKNOWN_PERIOD");
  if (unknown.length > 0) throw new UnknownPeriodError(options.period ?? "", unknown, config.periods);
  return config;
}

/** Reads and evaluates; writes nothing. An unknown period is reported as a problem and the automatic one is used. */
export async function validate(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  return evaluateWithConfig(configure(await port.readGrid(), options));
}

/** Reads, evaluates and writes the Status column of every plan sheet. */
export async function recalc(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  const evaluation = evaluateWithConfig(configureForWriting(await port.readGrid(), options));
  await port.checkWrites?.({ statusWrites: evaluation.statusWrites, summaries: null });
  await port.writeStatuses(evaluation.statusWrites);
  return evaluation;
}

/**
 * *Beräkna status* everywhere (SPEC §8: ribbon, task pane, CLI `recalc`): one read, then the Status column and the
 * summary sheets from the same evaluation, so the arrows on the plan sheets and in the tabs always agree. Everything
 * both writes need is computed, and checked by the port, before the first write.
 */
export async function recalcWithSummaries(
  port: WorkbookPort & GeneratedSheetsPort,
  options: FullRunOptions,
): Promise<FullRunResult> {
  const grid = await port.readGrid();
  const evaluation = evaluateWithConfig(configureForWriting(grid, options));
  const runDate = typeof options.runDate === "string" ? options.runDate : isoDate(options.runDate);
  const change = describeSummarySheets(evaluation, grid, { runDate });
  await port.checkWrites?.({ statusWrites: evaluation.statusWrites, summaries: change });
  await port.writeStatuses(evaluation.statusWrites);
  await port.writeSummarySheets(change);
  return { evaluation, summaries: { sheets: change.sheets.map((s) => s.sheet.name), problems: [...change.problems] } };
}

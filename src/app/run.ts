/** The use cases behind the ribbon buttons, the task pane and the CLI: the same code for every adapter. */
import { evaluateWorkbook } from "../domain/evaluate";
import type { Evaluation } from "../domain/evaluation";
import type { WorkbookPort } from "./workbook-port";

export interface RunOptions {
  /** The period (Utfall column header) to use; absent: the rightmost Utfall column with values. */
  readonly period?: string | null;
}

/** Reads and evaluates; writes nothing. */
export async function validate(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  const grid = await port.readGrid();
  return evaluateWorkbook(grid, { period: options.period ?? null });
}

/** Reads, evaluates and writes the Status column of every plan sheet. */
export async function recalc(port: WorkbookPort, options: RunOptions = {}): Promise<Evaluation> {
  const evaluation = await validate(port, options);
  await port.writeStatuses(evaluation.statusWrites);
  return evaluation;
}

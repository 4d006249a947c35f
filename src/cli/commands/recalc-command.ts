/**
 * `malstyrning recalc <in.xlsx>`: load, refuse lossy workbooks, evaluate and write the Status column, run the
 * further workbook steps, save atomically to `-o` (default `<in>-status.xlsx`), print the report.
 */
import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { recalc } from "../../app/run";
import type { Evaluation } from "../../domain/evaluation";
import type { Problem } from "../../domain/problems";
import type { CliIo } from "../cli-io";
import type { ExitCode } from "../exit-codes";
import { reportJson } from "../output/json-output";
import { formatSummary } from "../output/summary-text";
import { exitCodeFor, refuseUnknownPeriod, withProblems } from "./evaluation-outcome";
import { refuseLossyParts } from "./lossy-parts";
import { openWorkbook } from "./open-workbook";
import { defaultOutputFile, saveOutput } from "./save-output";

export interface RecalcOptions {
  readonly input: string;
  /** null: `<in>-status.xlsx` beside the input. Only an explicit -o may name the input itself. */
  readonly output: string | null;
  readonly json: boolean;
  readonly period: string | null;
  readonly allowLossy: boolean;
}

export interface RecalcStepContext {
  readonly workbook: ExcelJS.Workbook;
  /** After the Status column was written. */
  readonly evaluation: Evaluation;
  readonly options: RecalcOptions;
}

/** A change to the workbook after the Status column and before saving; returns problems for the report. */
export type RecalcStep = (context: RecalcStepContext) => Promise<readonly Problem[]>;

/** The steps after the Status column, in order. Summary sheets (and a --no-summaries option) plug in here. */
export function recalcSteps(_options: RecalcOptions): RecalcStep[] {
  return [];
}

export async function runRecalc(options: RecalcOptions, io: CliIo): Promise<ExitCode> {
  const output = options.output ?? defaultOutputFile(options.input);
  const loaded = await openWorkbook(options.input, io);
  const lossWarnings = refuseLossyParts(loaded.unsupportedParts, options.allowLossy);

  const evaluated = await recalc(new XlsxWorkbook(loaded.workbook), { period: options.period });
  refuseUnknownPeriod(evaluated);
  const stepProblems: Problem[] = [];
  for (const step of recalcSteps(options)) {
    stepProblems.push(...(await step({ workbook: loaded.workbook, evaluation: evaluated, options })));
  }
  const evaluation = withProblems(evaluated, lossWarnings, stepProblems);

  await saveOutput(loaded.workbook, output, io);

  for (const w of lossWarnings) io.stderr(`malstyrning: varning: ${w.message}\n`);
  const written = {
    file: output,
    cells: evaluation.statusWrites.reduce((n, w) => n + w.cells.length, 0),
    sheets: evaluation.statusWrites.length,
  };
  if (options.json) {
    io.stdout(reportJson(evaluation));
    io.stderr(`Skrev ${output}.\n`);
  } else {
    io.stdout(formatSummary(evaluation, { file: options.input, action: "recalc", written }));
  }
  return exitCodeFor(evaluation);
}

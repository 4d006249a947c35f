/**
 * `malstyrning recalc <in.xlsx>`: load, refuse lossy workbooks, evaluate, write the Status column and (unless
 * --no-summaries) the summary sheets, save atomically to `-o` (default `<in>-status.xlsx`), print the report.
 */
import { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { recalc, recalcWithSummaries } from "../../app/run";
import type { Evaluation } from "../../domain/evaluation";
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
  /** Write Översikt and the perspective and plan sheets too. */
  readonly summaries: boolean;
}

interface Evaluated {
  readonly evaluation: Evaluation;
  readonly summarySheets: readonly string[];
}

async function evaluateAndWrite(port: XlsxWorkbook, options: RecalcOptions): Promise<Evaluated> {
  if (!options.summaries) return { evaluation: await recalc(port, options), summarySheets: [] };
  const { evaluation, summaries } = await recalcWithSummaries(port, { period: options.period, runDate: new Date() });
  return { evaluation: withProblems(evaluation, [], summaries.problems), summarySheets: summaries.sheets };
}

export async function runRecalc(options: RecalcOptions, io: CliIo): Promise<ExitCode> {
  const output = options.output ?? defaultOutputFile(options.input);
  const loaded = await openWorkbook(options.input, io);
  const lossWarnings = refuseLossyParts(loaded.unsupportedParts, options.allowLossy);

  const evaluated = await evaluateAndWrite(new XlsxWorkbook(loaded.workbook), options);
  refuseUnknownPeriod(evaluated.evaluation);
  const evaluation = withProblems(evaluated.evaluation, lossWarnings);

  await saveOutput(loaded.workbook, output, io);

  for (const w of lossWarnings) io.stderr(`malstyrning: varning: ${w.message}\n`);
  const written = {
    file: output,
    cells: evaluation.statusWrites.reduce((n, w) => n + w.cells.length, 0),
    sheets: evaluation.statusWrites.length,
    summarySheets: evaluated.summarySheets,
  };
  if (options.json) {
    io.stdout(reportJson(evaluation));
    const summaries =
      written.summarySheets.length > 0 ? ` Sammanställningar: ${written.summarySheets.join(", ")}.` : "";
    io.stderr(`Skrev ${output}.${summaries}\n`);
  } else {
    io.stdout(formatSummary(evaluation, { file: options.input, action: "recalc", written }));
  }
  return exitCodeFor(evaluation);
}

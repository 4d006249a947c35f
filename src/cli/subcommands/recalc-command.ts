/**
 * `malstyrning recalc <in.xlsx>`: load, refuse lossy workbooks, evaluate, write the Status column and (unless
 * --no-summaries) the summary sheets, save atomically to `-o` (default `<in>-status.xlsx`), print the report.
 */
import { findLossyParts, type LoadedWorkbook } from "../../adapters/xlsx/file-io";
import { PackageWorkbook } from "../../adapters/xlsx/package/package-workbook";
import { WorkbookFileError } from "../../adapters/xlsx/workbook-file-error";
import { CliFailure } from "../cli-failure";
import { recalc, recalcWithSummaries, UnknownPeriodError } from "../../app/run";
import type { Evaluation } from "../../domain/evaluation";
import type { Problem } from "../../domain/problems";
import type { CliIo } from "../cli-io";
import type { ExitCode } from "../exit-codes";
import { reportJson } from "../output/json-output";
import { formatSummary } from "../output/summary-text";
import { exitCodeFor, withProblems } from "./evaluation-outcome";
import { refuseLossyParts } from "./lossy-parts";
import { openWorkbook, withUserPath } from "./open-workbook";
import { checkOutputExtension, defaultOutputFile, saveOutput, type OutputExtension } from "./save-output";

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
  /** Warnings about parts the output lacks (only with --allow-lossy). */
  readonly lossWarnings: readonly Problem[];
  readonly save: (file: string) => Promise<void>;
  /** What the output is: a macro-enabled package stays one unless ExcelJS wrote it (it drops the macros). */
  readonly extension: OutputExtension;
}

/**
 * The output is the original package with the Status cells patched in and the summary sheets added, so parts ExcelJS
 * cannot write survive. Only when the package editor falls back to ExcelJS are such parts refused (or, with
 * --allow-lossy, dropped with a warning).
 */
async function evaluateAndWrite(loaded: LoadedWorkbook, options: RecalcOptions): Promise<Evaluated> {
  const port = new PackageWorkbook(loaded);
  let evaluated: Pick<Evaluated, "evaluation" | "summarySheets">;
  try {
    if (options.summaries) {
      const run = await recalcWithSummaries(port, { period: options.period, runDate: new Date() });
      evaluated = {
        evaluation: withProblems(run.evaluation, [], run.summaries.problems),
        summarySheets: run.summaries.sheets,
      };
    } else {
      evaluated = { evaluation: await recalc(port, options), summarySheets: [] };
    }
  } catch (error) {
    // The period is resolved before anything is evaluated or written: a --period that names no Utfall column is a
    // usage error (exit 2), as in validate.
    if (error instanceof UnknownPeriodError) throw new CliFailure("period", error.message, error.problems);
    throw error;
  }
  const fallback = port.savesThroughExcelJs;
  // Only the ExcelJS path can lose parts, so only that path looks for them.
  const lossWarnings =
    fallback === null ? [] : refuseLossyParts(await findLossyParts(loaded), options.allowLossy, fallback);
  const extension = loaded.macroEnabled && port.savesThroughExcelJs === null ? ".xlsm" : ".xlsx";
  return { ...evaluated, lossWarnings, save: (file) => port.save(file), extension };
}

export async function runRecalc(options: RecalcOptions, io: CliIo): Promise<ExitCode> {
  const loaded = await openWorkbook(options.input, io);
  const evaluated = await evaluateAndWrite(loaded, options).catch((error: unknown) => {
    // A protected plan sheet: refused before anything is written, as in Excel. A part the lossy-parts scan cannot read.
    if (error instanceof WorkbookFileError)
      throw new CliFailure("file", withUserPath(error.message, options.input, io));
    throw error;
  });
  const output = options.output ?? defaultOutputFile(options.input, evaluated.extension);
  checkOutputExtension(output, evaluated.extension);
  const { lossWarnings } = evaluated;
  const evaluation = withProblems(evaluated.evaluation, lossWarnings);

  // No plan sheet, nothing to write: a copy of the input with an empty Översikt would only mislead.
  if (evaluation.problems.some((p) => p.code === "NO_PLAN_SHEET")) {
    const why = "arbetsboken har inget planblad";
    const nothingWritten = { file: output, why };
    if (options.json) {
      io.stdout(reportJson(evaluation));
      io.stderr(`Inget skrevs: ${why}, så ${output} skapades inte.\n`);
    } else {
      io.stdout(formatSummary(evaluation, { file: options.input, action: "recalc", nothingWritten }));
    }
    return exitCodeFor(evaluation);
  }

  await saveOutput(evaluated.save, output, io);

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

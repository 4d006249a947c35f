/**
 * `malstyrning rapport <in.xlsx>`: evaluate exactly as validate does and write the report document (SPEC §6a) as a
 * Word file, atomically, to `-o` (default `<in>-rapport.docx` beside the input). The input is never written.
 */
import * as path from "node:path";
import { reportDocxBytes } from "../../adapters/docx/pack-docx";
import { writeFileAtomically } from "../../adapters/xlsx/file-io";
import { PackageWorkbook } from "../../adapters/xlsx/package/package-workbook";
import { describeReport } from "../../app/report-document";
import { documentOutline, type ReportDocument } from "../../domain/report-document";
import { formatLocation } from "../../domain/problems";
import { CliFailure } from "../cli-failure";
import type { CliIo } from "../cli-io";
import type { ExitCode } from "../exit-codes";
import { exitCodeFor, refuseUnknownPeriod } from "./evaluation-outcome";
import { openWorkbook } from "./open-workbook";
import { saveOutput } from "./save-output";

export interface RapportOptions {
  readonly input: string;
  /** null: `<in>-rapport.docx` beside the input. */
  readonly output: string | null;
  readonly json: boolean;
  readonly period: string | null;
}

/** `<in>-rapport.docx` beside the input, in the form the user typed the input (relative stays relative). */
export function defaultReportFile(input: string): string {
  const ext = path.extname(input);
  const stem = /^\.xls[xm]?$/i.test(ext) ? input.slice(0, -ext.length) : input;
  return `${stem}-rapport.docx`;
}

/** The report is a Word document: an -o that is not .docx, or that names the input, would lose or mislabel data. */
function checkOutput(output: string, input: string, io: CliIo): void {
  if (path.resolve(io.cwd, output) === path.resolve(io.cwd, input)) {
    throw new CliFailure(
      "usage",
      `Rapporten kan inte skrivas över arbetsboken ${input}. Ange en .docx-fil med -o. Inget skrevs.`,
    );
  }
  if (path.extname(output).toLowerCase() !== ".docx") {
    throw new CliFailure(
      "usage",
      `Rapporten är ett Word-dokument och måste sparas som .docx, inte ${output}. Inget skrevs.`,
    );
  }
}

function headingCount(doc: ReportDocument): number {
  return doc.blocks.filter((b) => b.kind === "heading").length;
}

export async function runRapport(options: RapportOptions, io: CliIo): Promise<ExitCode> {
  const output = options.output ?? defaultReportFile(options.input);
  checkOutput(output, options.input, io);
  const loaded = await openWorkbook(options.input, io);
  const { evaluation, document } = await describeReport(new PackageWorkbook(loaded), {
    period: options.period,
    runDate: new Date(),
  });
  refuseUnknownPeriod(evaluation);
  const bytes = await reportDocxBytes(document);
  await saveOutput((file) => writeFileAtomically(file, bytes), output, io);

  const errors = evaluation.problems.filter((p) => p.severity === "error");
  if (options.json) {
    io.stdout(`${JSON.stringify({ schemaVersion: 1, file: output, ...documentOutline(document) }, null, 2)}\n`);
    io.stderr(`Skrev ${output}.\n`);
  } else {
    const tables = document.blocks.filter((b) => b.kind === "table").length;
    const charts = document.blocks.filter((b) => b.kind === "chart").length;
    const lines = [
      `Skrev ${output}: ${document.title}.`,
      `${headingCount(document)} rubriker, ${tables} tabeller, ${charts} diagram. Period: ${evaluation.period ?? "–"}.`,
    ];
    if (errors.length > 0) {
      const first = errors[0];
      lines.push(
        `Arbetsboken har ${errors.length} fel; raderna utan bedömning står i rapportens bilaga` +
          (first ? ` (första: ${formatLocation(first)} ${first.message})` : "") +
          ". Kör malstyrning validate för hela listan.",
      );
    }
    io.stdout(`${lines.join("\n")}\n`);
  }
  return exitCodeFor(evaluation);
}

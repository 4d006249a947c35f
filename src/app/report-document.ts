/**
 * The report document's use case (SPEC §6a): read once, evaluate exactly as validate does, describe the document.
 * Nothing is written to the workbook; the caller renders the description (docx) and saves or offers it.
 */
import type { Evaluation } from "../domain/evaluation";
import { buildReportDocument, type ReportDocument } from "../domain/report-document";
import { validate, type RunOptions } from "./run";
import { isoDate } from "./summaries";
import type { WorkbookPort } from "./workbook-port";

export interface ReportRunOptions extends RunOptions {
  /** The date the document names; a Date is taken in local time. */
  readonly runDate: Date | string;
}

export interface ReportRunResult {
  readonly evaluation: Evaluation;
  readonly document: ReportDocument;
}

export async function describeReport(port: WorkbookPort, options: ReportRunOptions): Promise<ReportRunResult> {
  const evaluation = await validate(port, options);
  const runDate = typeof options.runDate === "string" ? options.runDate : isoDate(options.runDate);
  return { evaluation, document: buildReportDocument(evaluation, { runDate }) };
}

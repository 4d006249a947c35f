/** `malstyrning validate <in.xlsx>`: read and evaluate exactly like recalc, write nothing. */
import { PackageWorkbook } from "../../adapters/xlsx/package/package-workbook";
import { validate } from "../../app/run";
import type { CliIo } from "../cli-io";
import type { ExitCode } from "../exit-codes";
import { reportJson } from "../output/json-output";
import { formatSummary } from "../output/summary-text";
import { exitCodeFor, refuseUnknownPeriod } from "./evaluation-outcome";
import { openWorkbook } from "./open-workbook";

export interface ValidateOptions {
  readonly input: string;
  readonly json: boolean;
  readonly period: string | null;
}

export async function runValidate(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const loaded = await openWorkbook(options.input, io);
  const evaluation = await validate(new PackageWorkbook(loaded), { period: options.period });
  refuseUnknownPeriod(evaluation);
  io.stdout(
    options.json ? reportJson(evaluation) : formatSummary(evaluation, { file: options.input, action: "validate" }),
  );
  return exitCodeFor(evaluation);
}

/** Where recalc writes, and the atomic save with file errors turned into exit code 2. */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { saveWorkbookFile } from "../../adapters/xlsx/file-io";
import { WorkbookFileError } from "../../adapters/xlsx/workbook-file-error";
import { CliFailure } from "../cli-failure";
import type { CliIo } from "../cli-io";
import { withUserPath } from "./open-workbook";

/** `<in>-status.xlsx` beside the input, in the form the user typed the input (relative stays relative). */
export function defaultOutputFile(input: string): string {
  const ext = path.extname(input);
  const stem = /^\.xls[xm]?$/i.test(ext) ? input.slice(0, -ext.length) : input;
  return `${stem}-status.xlsx`;
}

export async function saveOutput(workbook: ExcelJS.Workbook, file: string, io: CliIo): Promise<void> {
  try {
    await saveWorkbookFile(workbook, path.resolve(io.cwd, file));
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliFailure("file", withUserPath(error.message, file, io));
    throw error;
  }
}

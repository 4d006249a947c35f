/** Where recalc writes, and the atomic save with file errors turned into exit code 2. */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { saveWorkbookFile } from "../../adapters/xlsx/file-io";
import { WorkbookFileError } from "../../adapters/xlsx/workbook-file-error";
import { CliFailure } from "../cli-failure";
import type { CliIo } from "../cli-io";
import { withUserPath } from "./open-workbook";

/**
 * `<in>-status.xlsx` beside the input, in the form the user typed the input (relative stays relative); `.xlsm` for a
 * workbook whose macros are kept.
 */
export function defaultOutputFile(input: string, extension: OutputExtension = ".xlsx"): string {
  const ext = path.extname(input);
  const stem = /^\.xls[xm]?$/i.test(ext) ? input.slice(0, -ext.length) : input;
  return `${stem}-status${extension}`;
}

export type OutputExtension = ".xlsx" | ".xlsm";

/**
 * Excel opens a file only when its extension matches its content: a workbook with macros must be .xlsm, one without
 * must not be. An -o that names the other one is refused before anything is written.
 */
export function checkOutputExtension(file: string, extension: OutputExtension): void {
  const ext = path.extname(file).toLowerCase();
  if (ext === extension || (ext !== ".xlsx" && ext !== ".xlsm")) return;
  const message =
    extension === ".xlsm"
      ? `Arbetsboken har makron, som behålls; den måste sparas som .xlsm, inte ${file}. Inget skrevs.`
      : `Arbetsboken har inga makron och måste sparas som .xlsx, inte ${file}. Inget skrevs.`;
  throw new CliFailure("usage", message);
}

/** `save` gets the absolute path; a workbook in ExcelJS is saved whole. */
export async function saveOutput(
  save: ExcelJS.Workbook | ((file: string) => Promise<void>),
  file: string,
  io: CliIo,
): Promise<void> {
  const target = path.resolve(io.cwd, file);
  try {
    await (typeof save === "function" ? save(target) : saveWorkbookFile(save, target));
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliFailure("file", withUserPath(error.message, file, io));
    throw error;
  }
}

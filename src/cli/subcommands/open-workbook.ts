/** Loading the input for validate and recalc: file errors become exit code 2 with the adapter's Swedish sentence. */
import * as path from "node:path";
import { loadWorkbookFile, type LoadedWorkbook } from "../../adapters/xlsx/file-io";
import { WorkbookFileError } from "../../adapters/xlsx/workbook-file-error";
import { CliFailure } from "../cli-failure";
import type { CliIo } from "../cli-io";

export async function openWorkbook(file: string, io: CliIo): Promise<LoadedWorkbook> {
  try {
    return await loadWorkbookFile(path.resolve(io.cwd, file));
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliFailure("file", withUserPath(error.message, file, io));
    throw error;
  }
}

/** The adapter names the absolute path it was given; the user typed a relative one and should see that. */
export function withUserPath(message: string, file: string, io: CliIo): string {
  return message.split(path.resolve(io.cwd, file)).join(file);
}

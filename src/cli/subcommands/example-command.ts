/** `malstyrning example [-o <file.xlsx>]`: writes the bundled example workbook. */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { buildExampleWorkbook } from "../../adapters/xlsx/exceljs/example-workbook";
import { CliFailure } from "../cli-failure";
import type { CliIo } from "../cli-io";
import { EXIT_OK, type ExitCode } from "../exit-codes";
import { saveOutput } from "./save-output";

export const DEFAULT_EXAMPLE_FILE = "exempel.xlsx";

export async function runExample(options: { readonly output: string | null }, io: CliIo): Promise<ExitCode> {
  const file = options.output ?? DEFAULT_EXAMPLE_FILE;
  // Only a file the user named may be replaced.
  if (options.output === null && existsSync(path.resolve(io.cwd, file))) {
    throw new CliFailure(
      "usage",
      `${file} finns redan. Ange -o ${file} för att skriva över den, eller ett annat namn.`,
    );
  }
  await saveOutput(buildExampleWorkbook(), file, io);
  io.stdout(
    `Skrev exempelarbetsboken ${file}.\nPröva: malstyrning validate ${quote(file)}   eller   malstyrning recalc ${quote(file)}\n`,
  );
  return EXIT_OK;
}

function quote(file: string): string {
  return /[\s"'$]/.test(file) ? `"${file}"` : file;
}

/**
 * The whole CLI as a function of argv: runs one command and turns every failure into exit code 2 with a Swedish
 * sentence (and with --json, a failure document), never a stack trace unless MALSTYRNING_DEBUG is set.
 */
import { version } from "../../package.json";
import { parseCommandLine, wantsJson } from "./args";
import { CliFailure } from "./cli-failure";
import type { CliIo } from "./cli-io";
import { runExample } from "./subcommands/example-command";
import { runRecalc } from "./subcommands/recalc-command";
import { runRapport } from "./subcommands/rapport-command";
import { runValidate } from "./subcommands/validate-command";
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from "./exit-codes";
import { HELP_TEXT } from "./help";
import { failureJson } from "./output/json-output";

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case "help":
        io.stdout(HELP_TEXT);
        return EXIT_OK;
      case "version":
        io.stdout(`${version}\n`);
        return EXIT_OK;
      case "validate":
        return await runValidate(command, io);
      case "recalc":
        return await runRecalc(command, io);
      case "example":
        return await runExample(command, io);
      case "rapport":
        return await runRapport(command, io);
    }
  } catch (error) {
    return reportFailure(error, wantsJson(argv), io);
  }
}

export function reportFailure(error: unknown, json: boolean, io: CliIo): ExitCode {
  const failure =
    error instanceof CliFailure
      ? error
      : new CliFailure(
          "internal",
          `Ett oväntat internt fel inträffade (${oneLine(error)}). Inget skrevs. Kör med MALSTYRNING_DEBUG=1 för detaljer.`,
        );
  io.stderr(`malstyrning: ${failure.message}\n`);
  if (failure.kind === "usage") io.stderr(`\n${HELP_TEXT}`);
  if (isDebug(io) && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  if (json) io.stdout(failureJson(failure));
  return EXIT_FAILURE;
}

export function isDebug(io: Pick<CliIo, "env">): boolean {
  const flag = io.env["MALSTYRNING_DEBUG"];
  return flag !== undefined && flag !== "" && flag !== "0";
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.trim() || "okänt fel";
}

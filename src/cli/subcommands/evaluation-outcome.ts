/** From an evaluation to the exit code, with the problems the CLI itself adds in front of the engine's. */
import type { Evaluation } from "../../domain/evaluation";
import { hasErrors, type Problem } from "../../domain/problems";
import { CliFailure } from "../cli-failure";
import { EXIT_OK, EXIT_PROBLEMS, type ExitCode } from "../exit-codes";

/** The CLI's own problems about the file go first; problems found by later steps (summaries) go last. */
export function withProblems(
  evaluation: Evaluation,
  before: readonly Problem[],
  after: readonly Problem[] = [],
): Evaluation {
  if (before.length === 0 && after.length === 0) return evaluation;
  return { ...evaluation, problems: [...before, ...evaluation.problems, ...after] };
}

/** A --period that names no Utfall column is a usage error (exit 2), not a problem of the workbook. */
export function refuseUnknownPeriod(evaluation: Evaluation): void {
  const unknown = evaluation.problems.filter((p) => p.code === "UNKNOWN_PERIOD");
  const first = unknown[0];
  if (first) throw new CliFailure("period", first.message, unknown);
}

export function exitCodeFor(evaluation: Evaluation): ExitCode {
  return hasErrors(evaluation.problems) ? EXIT_PROBLEMS : EXIT_OK;
}

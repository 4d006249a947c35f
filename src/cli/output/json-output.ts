/**
 * `--json`: exactly one document on stdout. A run that ends with exit code 0 or 1 prints the SPEC §7 report; a run
 * that ends with exit code 2 prints a failure document (failureSchema), so a caller can always parse stdout.
 */
import { z } from "zod";
import type { Evaluation } from "../../domain/evaluation";
import { problemSchema } from "../../domain/report/schema";
import { buildReport, reportProblem } from "../../domain/report";
import type { CliFailure } from "../cli-failure";

export const failureSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** Always false: tells a failure document from a report at a glance. */
  ok: z.literal(false),
  error: z.strictObject({
    kind: z.enum(["usage", "file", "unsupported", "period", "internal"]),
    message: z.string(),
  }),
  /** The problems behind the failure in the report's own shape (UNSUPPORTED_WORKBOOK_PART, UNKNOWN_PERIOD). */
  problems: z.array(problemSchema),
});

export type FailureDocument = z.infer<typeof failureSchema>;

export function reportJson(evaluation: Evaluation): string {
  return `${JSON.stringify(buildReport(evaluation), null, 2)}\n`;
}

export function failureJson(failure: Pick<CliFailure, "kind" | "message" | "problems">): string {
  const document: FailureDocument = {
    schemaVersion: 1,
    ok: false,
    error: { kind: failure.kind, message: failure.message },
    problems: failure.problems.map(reportProblem),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Everything that ends a run with exit code 2: wrong usage, an unreadable file, a workbook we must not rewrite. */
import type { Problem } from "../domain/problems";

export type FailureKind = "usage" | "file" | "unsupported" | "period" | "internal";

export class CliFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** Problems that explain the failure, for --json (UNSUPPORTED_WORKBOOK_PART, UNKNOWN_PERIOD). */
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = "CliFailure";
  }
}

/**
 * What to do with parts ExcelJS would lose (SPEC §7: refuse rather than lose them silently). recalc normally edits the
 * package in place and keeps them; only when it must write through ExcelJS does it refuse, unless --allow-lossy turns
 * the refusal into a warning.
 */
import { describeUnsupportedParts, type UnsupportedPart } from "../../adapters/xlsx/exceljs/unsupported-parts";
import { makeProblem, type Problem } from "../../domain/problems";
import { CliFailure } from "../cli-failure";

/**
 * Throws the refusal (exit 2, nothing written) when there are lossy parts and the user did not accept the loss.
 * `reason`: why the workbook has to be written through ExcelJS instead of being edited in place.
 */
export function refuseLossyParts(parts: readonly UnsupportedPart[], allowLossy: boolean, reason: string): Problem[] {
  if (parts.length === 0) return [];
  const part = describeUnsupportedParts(parts);
  if (!allowLossy) {
    const problem = makeProblem("UNSUPPORTED_WORKBOOK_PART", {}, { part, reason });
    throw new CliFailure("unsupported", problem.message, [problem]);
  }
  return [
    warning(
      part,
      `Arbetsboken innehåller ${part}, som inte finns med i den skrivna filen eftersom ${reason} (--allow-lossy).`,
    ),
  ];
}

/**
 * The shared message map words UNSUPPORTED_WORKBOOK_PART as the refusal; as a warning the sentence must say what
 * actually happened, so the message is replaced (the CLI never re-localises problems).
 */
function warning(part: string, message: string): Problem {
  return { ...makeProblem("UNSUPPORTED_WORKBOOK_PART", {}, { part }, { severity: "warning" }), message };
}

/**
 * What to do with parts ExcelJS would lose (SPEC §7: refuse rather than lose them silently): recalc refuses unless
 * --allow-lossy, which turns the refusal into a warning; validate writes nothing and only warns about it.
 */
import { describeUnsupportedParts, type UnsupportedPart } from "../../adapters/xlsx/unsupported-parts";
import { makeProblem, type Problem } from "../../domain/problems";
import { CliFailure } from "../cli-failure";

/** Throws the refusal (exit 2, nothing written) when there are lossy parts and the user did not accept the loss. */
export function refuseLossyParts(parts: readonly UnsupportedPart[], allowLossy: boolean): Problem[] {
  if (parts.length === 0) return [];
  const part = describeUnsupportedParts(parts);
  if (!allowLossy) {
    const problem = makeProblem("UNSUPPORTED_WORKBOOK_PART", {}, { part });
    throw new CliFailure("unsupported", problem.message, [problem]);
  }
  return [warning(part, `Arbetsboken innehåller ${part}, som inte finns med i den skrivna filen (--allow-lossy).`)];
}

export function lossyPartsNotice(parts: readonly UnsupportedPart[]): Problem[] {
  if (parts.length === 0) return [];
  const part = describeUnsupportedParts(parts);
  return [
    warning(
      part,
      `Arbetsboken innehåller ${part}, som skulle gå förlorade om filen skrevs; recalc vägrar därför utan --allow-lossy.`,
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

/**
 * Every failure of a run as one sentence for the user, Swedish or English by Office's display language (the words are
 * in `i18n/sv/ui.ts` and `i18n/en/ui.ts`), that says
 * what happened and what to do. Office's own error text (English API jargon such as "The requested resource doesn't
 * exist.") never reaches the user; its code is named only where support would need it.
 *
 * Codes: `Excel.ErrorCodes` in @types/office-js and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling.
 */
import { UI_STRINGS } from "../../domain/i18n/ui";
import type { OfficeFailureCode } from "../../domain/i18n/ui-strings";
import type { Locale } from "../../domain/problems";
import { UnknownPeriodError } from "../../app/run";
import { officeErrorCode, ProtectedSheetError, ProtectedWorkbookError, TooManyCellsError } from "./office-errors";

function list(names: readonly string[], locale: Locale): string {
  return names.map(UI_STRINGS[locale].failure.quote).join(", ");
}

function knownCode(code: string | null, locale: Locale): string | null {
  if (code === null) return null;
  const byCode = UI_STRINGS[locale].failure.byCode;
  return Object.prototype.hasOwnProperty.call(byCode, code) ? byCode[code as OfficeFailureCode] : null;
}

/** The sentence the task pane and the result dialog show for a failed run. */
export function failureSentence(error: unknown, locale: Locale, wroteSomething = false): string {
  const t = UI_STRINGS[locale].failure;
  if (error instanceof ProtectedSheetError) {
    const sheets = list(error.sheets, locale);
    if (error.role === "generated") return t.protectedSummarySheet(sheets);
    return t.protectedSheets(sheets, error.sheets.length > 1);
  }
  if (error instanceof ProtectedWorkbookError) return t.protectedWorkbook;
  if (error instanceof TooManyCellsError) return t.tooManyCells(error.sheet, error.cells);
  if (error instanceof UnknownPeriodError) return t.unknownPeriod(error.requested, error.periods);
  const code = officeErrorCode(error);
  const known = knownCode(code, locale);
  if (known !== null) return `${known} ${t.afterwards(wroteSomething)}`;
  return t.unexpected(code, t.afterwards(wroteSomething));
}

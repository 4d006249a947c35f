/**
 * The one door to @microsoft/office-js-helpers (archived upstream): error logging with Office's debug info and host
 * detection. Nothing else in the add-in imports it, so replacing it later touches this file only.
 *
 * Its ExcelUtilities.forceCreateSheet is not used: it syncs once or twice per sheet, and generated sheets are written in
 * a constant number of round trips instead (see render-sheets.ts).
 */
import { Utilities } from "@microsoft/office-js-helpers";

/** Logs an error to the console, with OfficeExtension's debug info (the failing statement) when there is one. */
export function logError(error: unknown): void {
  try {
    Utilities.log(error instanceof Error || typeof error === "string" ? error : String(error));
  } catch {
    // Logging must never turn a reported failure into an unreported one.
    console.error(error);
  }
}

/** True inside Excel (any platform); false in a plain browser tab, where the task pane shows how to install it. */
export function isExcelHost(): boolean {
  try {
    return Utilities.host === "EXCEL";
  } catch {
    return false;
  }
}

/** "OFFICE_ONLINE", "PC", "MAC", "IOS" or null outside Office: shown in error reports so a support case says where it ran. */
export function platformName(): string | null {
  try {
    return Utilities.platform ?? null;
  } catch {
    return null;
  }
}

/**
 * Office.js error codes the adapter reacts to (as strings, so nothing here needs the Excel global), and the errors the
 * adapter itself throws before anything is written. Each becomes one sentence for the user in failure-text.ts.
 */

/** `OfficeExtension.Error.code`, or null for anything else. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** Excel on the web refuses a request or a response above 5 MB. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Thrown before anything is written when a sheet the run must write is protected. */
export class ProtectedSheetError extends Error {
  constructor(
    readonly sheets: readonly string[],
    /** "plan": the Status column's sheet; "generated": a summary sheet (or the registry) the run replaces. */
    readonly role: "plan" | "generated" = "plan",
  ) {
    super(`Protected sheets: ${sheets.join(", ")}`);
    this.name = "ProtectedSheetError";
  }
}

/** Thrown before anything is written when the run must add, delete, rename or move sheets in a protected structure. */
export class ProtectedWorkbookError extends Error {
  constructor() {
    super("The workbook structure is protected");
    this.name = "ProtectedWorkbookError";
  }
}

/** Thrown before reading when the plan sheets hold more cells than one run reads (SPEC §8: under 5 million). */
export class TooManyCellsError extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: number,
    readonly limit: number,
  ) {
    super(`${sheet}: ${cells} cells to read, more than ${limit}`);
    this.name = "TooManyCellsError";
  }
}

/** Office.js error codes the adapter reacts to, as strings so nothing here needs the Excel global. */

function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Excel on the web refuses a request or a response above about 5 MB. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/** Thrown before anything is written when a plan sheet that needs new statuses is protected. */
export class ProtectedSheetError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`Protected sheets: ${sheets.join(", ")}`);
    this.name = "ProtectedSheetError";
  }
}

/** A file that cannot be read or written as an .xlsx workbook: the CLI's exit code 2, with a Swedish sentence. */

export type WorkbookFileErrorKind =
  | "not-found"
  | "not-a-file"
  | "no-access"
  | "not-xlsx"
  | "legacy-format"
  | "encrypted"
  | "corrupt"
  | "write-failed"
  | "protected";

export class WorkbookFileError extends Error {
  constructor(
    readonly kind: WorkbookFileErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** One ExcelJS cell value as the domain's RawCell: formulas by their cached result, text without its formatting. */
import type { CellValue } from "exceljs";
import type { RawCell } from "../../../domain/grid";
import { excelSerialFromDate } from "./excel-date";

export function rawCellFromExcelJs(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
    case "string":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return excelSerialFromDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richTextToString(value.richText);
  if ("formula" in value || "sharedFormula" in value) {
    // A formula Excel never calculated (or ExcelJS wrote without a result) has no value yet: empty, not 0.
    return value.result === undefined ? null : rawCellFromExcelJs(value.result);
  }
  if ("hyperlink" in value) {
    // The link's text may itself be rich text.
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (isRichText(text)) return richTextToString(text.richText);
    return null;
  }
  return null;
}

function richTextToString(runs: readonly { readonly text?: unknown }[]): string {
  let out = "";
  for (const run of runs) if (typeof run.text === "string") out += run.text;
  return out;
}

function isRichText(value: unknown): value is { richText: { text?: unknown }[] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

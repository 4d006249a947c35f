/**
 * The value reader (SPEC §2): one Målvärde, Utfall or Jämförelsevärde cell in, a tagged ReadValue out.
 * A value that cannot be read is an "unparseable" result for the caller to report, never an exception.
 */
import { isCellError, type CellContent, type CellError, type RawCell } from "../grid";
import { excelSerialToText } from "./excel-date";
import { formatNumberSv, formatPercentSv, shiftDecimal } from "./format";
import { readNumberFormat } from "./number-format";
import { booleanValue, readText } from "./read-text";
import type { ReadValue, UnparseableReason, YesNoWords } from "./types";

/** null for an empty cell (null, "", only spaces, or only a dash, the glyph for no value). */
export function readValue(cell: CellContent, words?: YesNoWords): ReadValue | null {
  try {
    return readCell(cell, words);
  } catch (error) {
    // Cells come from files anyone can write; a reader bug must cost one cell, not the whole run. But it is a
    // bug, not the user's text: it stays its own kind so that it is reported as one and tests can forbid it.
    return internalError(describe(cell), error);
  }
}

function internalError(text: string, error: unknown): ReadValue {
  let message: string;
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    message = "";
  }
  return { kind: "internal-error", value: null, unit: null, text, message, comparison: null };
}

function readCell(cell: CellContent, words: YesNoWords | undefined): ReadValue | null {
  const value: unknown = cell?.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return readText(value, words);
  if (typeof value === "boolean") return booleanValue(value ? "Ja" : "Nej", value ? "yes" : "no");
  if (typeof value === "number") return readNumber(value, typeof cell.format === "string" ? cell.format : null);
  if (typeof value === "object" && isCellError(value as RawCell)) {
    return unparseable(String((value as CellError).error), "cell-error");
  }
  return unparseable(describe(cell), "text");
}

function readNumber(raw: number, format: string | null): ReadValue {
  if (!Number.isFinite(raw)) return unparseable(formatNumberSv(raw), "text");
  const n = Object.is(raw, -0) ? 0 : raw;
  const info = readNumberFormat(format);
  switch (info.kind) {
    case "date":
      return unparseable(excelSerialToText(n), "date");
    case "percent":
      return { kind: "percent", value: n, unit: null, text: formatPercentSv(n), comparison: null };
    case "percent-literal": {
      // A negative subnormal shifted down underflows to -0, which a ReadValue never holds.
      const shifted = shiftDecimal(n, -2);
      const fraction = shifted === 0 ? 0 : shifted;
      return { kind: "percent", value: fraction, unit: null, text: formatPercentSv(fraction), comparison: null };
    }
    case "number": {
      const shown = formatNumberSv(n, displayDecimals(n));
      const text = info.unit === null ? shown : `${shown} ${info.unit}`;
      return { kind: "number", value: n, unit: info.unit, text, comparison: null };
    }
  }
}

/** Two decimals, or as many as three significant digits need for small numbers (0,0123 stays visible). */
function displayDecimals(n: number): number {
  const abs = Math.abs(n);
  if (abs === 0 || abs >= 0.1) return 2;
  return Math.min(12, Math.ceil(-Math.log10(abs)) + 2);
}

function unparseable(text: string, reason: UnparseableReason): ReadValue {
  return { kind: "unparseable", value: null, unit: null, reason, text, comparison: null };
}

function describe(cell: CellContent): string {
  try {
    const value: unknown = cell?.value;
    return typeof value === "string" ? value.trim() : String(value);
  } catch {
    return "";
  }
}

/** How cell text is compared and shown: Excel users type soft hyphens, no-break spaces and Alt+Enter line breaks into headers. */
import { rowNumber } from "../address/a1";
import { isCellError, type RawCell } from "../grid";

/** Soft hyphen and zero-width characters: invisible in Excel, so they must not make two words differ. */
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;
/** Every kind of space and line break, including no-break (U+00A0) and narrow no-break (U+202F) spaces. */
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** The text a person sees in the cell, trimmed; "" for an empty cell. Numbers keep JavaScript's form ("2018"). */
export function cellText(value: RawCell): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** A label cleaned for display: invisible characters removed, spaces collapsed, trailing colon dropped ("Utfall\n2018-04-30:" → "Utfall 2018-04-30"). */
export function displayLabel(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .trim()
    .replace(/\s*:+$/, "")
    .trim();
}

/** A label for comparison: displayLabel in lower case. */
export function normalizeLabel(text: string): string {
  return displayLabel(text).toLowerCase();
}

/** A label compared while ignoring every space and hyphen ("Ja-ord", "ja ord", "JAORD" are one). */
export function compactLabel(text: string): string {
  return normalizeLabel(text).replace(/[\s\-‐‑]+/g, "");
}

/** The name shown for a row that has a level but no name, so that it can still be found in reports. */
export function unnamedRowName(levelText: string, row: number): string {
  return `(${levelText} utan namn, rad ${rowNumber(row)})`;
}

/**
 * Office.js range data -> the grid's RawCell. Office reports percent cells as fractions (0.9), dates as serial numbers and
 * errors as their text ("#N/A"); only `valueTypes` tells an error from the same text typed into a cell.
 */
import type { RawCell } from "../../domain/grid";

/** `Excel.RangeValueType` as strings, so this module runs without the Office.js global (tests, the browser fake). */
export type OfficeValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

export function toRawCell(value: unknown, type: OfficeValueType | string | undefined): RawCell {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  // Rich values (linked data types, images in cells) have no plain value the plan reader could use.
  return String(value);
}

/** "General" is the default; the grid spells it null so a 10,000-row sheet does not carry the word 100,000 times. */
export function toNumberFormat(format: unknown): string | null {
  if (typeof format !== "string" || format === "" || format === "General") return null;
  return format;
}

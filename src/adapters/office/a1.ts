/** A1 addresses as Office.js reports them ("'Plan 2021'!B3:C4, 'Plan 2021'!E7") turned into the grid's 0-based ranges. */
import { type CellRange } from "../../domain/grid";
import { parseA1Range } from "../../domain/address/a1";

/** The part after the sheet name: Office quotes names with spaces or commas, so split on the last "!". */
function withoutSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "Plan!B3:C4" or "B3" -> a 0-based range; null when it is not a cell range (whole rows or columns). */
export function parseRange(address: string): CellRange | null {
  return parseA1Range(withoutSheet(address));
}

/** Splits a RangeAreas address on the commas that separate areas, not those inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

export function parseAreas(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const range = parseRange(part);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** How Office wants a sheet named inside an address: quoted, with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

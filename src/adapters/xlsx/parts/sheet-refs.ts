/** Cell addresses and merged areas as they appear in worksheet XML, read without a regex per cell. */
import { type CellRange } from "../../../domain/grid";
import { parseA1Range } from "../../../domain/address/a1";

/** The 0-based column of a cell address ("AB12" → 27); null when it is not one. Runs for every cell of a sheet. */
export function columnOfAddress(address: string): number | null {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else break;
  }
  return i === 0 || i === address.length ? null : col - 1;
}

/** The sheet's merged areas (<mergeCell ref="A1:C1"/>), 0-based. */
export function mergedAreas(sheetXml: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of sheetXml.matchAll(/<mergeCell\s+ref="([^"]+)"/g)) {
    const range = parseA1Range(m[1] ?? "");
    if (range) out.push(range);
  }
  return out;
}

/** Teckenförklaring: each arrow with the legend text from the Regler sheet. */
import { STATUS_GLYPH, STATUSES, type Status } from "../status/statuses";
import type { SheetComposer } from "./composer";
import { SECTION_TITLE, statusGlyphStyle } from "./styles";

/** Writes the legend from row `top` (arrow in column 0, text merged over 1..lastCol); returns the next row. */
export function writeLegend(
  c: SheetComposer,
  top: number,
  lastCol: number,
  legend: Readonly<Record<Status, string>>,
): number {
  c.write(top, 0, [["Teckenförklaring"]], { style: SECTION_TITLE });
  STATUSES.forEach((s, i) => {
    const row = top + 1 + i;
    c.write(row, 0, [[STATUS_GLYPH[s]]], { style: statusGlyphStyle(s), measure: "none" });
    const text = c.write(row, 1, [[legend[s]]]);
    c.merge({ ...text, right: lastCol });
  });
  return top + 1 + STATUSES.length;
}

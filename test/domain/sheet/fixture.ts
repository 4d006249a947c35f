/** Plan sheets written the way they look in Excel: an array of rows. */
import type { CellRange, RawCell, SheetGrid } from "../../../src/domain/grid";

export function sheet(
  name: string,
  values: readonly (readonly RawCell[])[],
  options: { merges?: readonly CellRange[]; numberFormats?: readonly (readonly (string | null)[])[] } = {},
): SheetGrid {
  return { name, values, numberFormats: options.numberFormats ?? [], merges: options.merges ?? [] };
}

/** A merged area given the way Excel names it: "A3:A5". */
export function merge(area: string): CellRange {
  const [from, to] = area.split(":");
  const parse = (ref: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m?.[1] || !m[2]) throw new Error(`bad reference ${ref}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(m[2]) - 1, col];
  };
  const [top, left] = parse(from ?? "");
  const [bottom, right] = parse(to ?? from ?? "");
  return { top, left, bottom, right };
}

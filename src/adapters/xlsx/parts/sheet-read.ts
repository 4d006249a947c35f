/**
 * A worksheet part, read: values, number formats and merged areas as the engine's SheetGrid, in one regex pass over
 * the sheet data (no object per XML node: a 100k-row sheet is read at about the speed of copying it). Expects the
 * main namespace as the default one (see xml/prefixes.ts). Reports what ExcelJS reports (see package/read-grid.ts).
 */
import type { CellLook, RawCell, SheetGrid } from "../../../domain/grid";
import { decodeXmlText } from "../xml/text";
import { columnOfAddress, mergedAreas } from "./sheet-refs";
import { itemText } from "./shared-strings";
import { isDateFormat } from "./styles";

/** Days between the 1900 and 1904 date systems: ExcelJS reports date cells of a 1904 workbook in the 1900 system. */
const DAYS_1904 = 1462;

const EMPTY_ROW: readonly never[] = Object.freeze([]);

export interface SheetReadContext {
  readonly strings: readonly string[];
  readonly formats: readonly (string | undefined)[];
  readonly date1904: boolean;
  /** How each cell format looks (styles.ts parseCellLooks); absent: formatting is not read. */
  readonly looks?: readonly (CellLook | undefined)[];
}

const CELL_OR_ROW = /<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const CELL_ATTRIBUTE = /\s(r|s|t)="([^"]*)"/g;

export function readSheet(name: string, xml: string, context: SheetReadContext): SheetGrid {
  const values: (readonly RawCell[])[] = [];
  const numberFormats: (readonly (string | null)[])[] = [];
  const open = /<sheetData\s*(\/?)>/.exec(xml);
  const end = open && open[1] !== "/" ? xml.indexOf("</sheetData>", open.index) : -1;
  const data = open && end >= 0 ? xml.slice(open.index, end) : "";

  let row = -1;
  let col = -1;
  let rowValues: RawCell[] = [];
  let rowFormats: (string | null)[] | null = null;
  // Formatting costs nothing when a sheet has none: the arrays are made on the first look or outline level.
  let looks: (CellLook | undefined)[][] | null = null;
  let outlineLevels: (number | undefined)[] | null = null;
  const flush = (): void => {
    if (row < 0 || rowValues.length === 0) return;
    while (values.length < row) {
      values.push(EMPTY_ROW);
      numberFormats.push(EMPTY_ROW);
    }
    values[row] = rowValues;
    numberFormats[row] = rowFormats ?? EMPTY_ROW;
  };

  CELL_OR_ROW.lastIndex = 0;
  for (let m = CELL_OR_ROW.exec(data); m; m = CELL_OR_ROW.exec(data)) {
    if (m[1] !== undefined) {
      flush();
      const r = /\sr="(\d+)"/.exec(m[1])?.[1];
      row = r === undefined ? row + 1 : Number(r) - 1;
      const outline = /\soutlineLevel="(\d+)"/.exec(m[1])?.[1];
      if (outline !== undefined && Number(outline) > 0) (outlineLevels ??= [])[row] = Number(outline);
      col = -1;
      rowValues = [];
      rowFormats = null;
      continue;
    }
    let ref: string | undefined;
    let style = 0;
    let type = "n";
    CELL_ATTRIBUTE.lastIndex = 0;
    for (let a = CELL_ATTRIBUTE.exec(m[2] ?? ""); a; a = CELL_ATTRIBUTE.exec(m[2] ?? "")) {
      if (a[1] === "r") ref = a[2];
      else if (a[1] === "s") style = Number(a[2]);
      else type = a[2] ?? "n";
    }
    col = (ref === undefined ? null : columnOfAddress(ref)) ?? col + 1;
    const format = context.formats[style];
    const value = cellValue(m[3] ?? "", type, format, context);
    if (value === undefined) continue;
    while (rowValues.length < col) rowValues.push(null);
    rowValues[col] = value;
    const look = context.looks?.[style];
    if (look !== undefined && typeof value === "string" && value.trim() !== "")
      ((looks ??= [])[row] ??= [])[col] = look;
    if (format !== undefined && format !== "General" && value !== null) {
      rowFormats ??= [];
      while (rowFormats.length < col) rowFormats.push(null);
      rowFormats[col] = format;
    }
  }
  flush();

  const merges = mergedAreas(xml);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = values[r];
      if (!cells || cells === EMPTY_ROW) continue;
      for (let c = m.left; c <= m.right && c < cells.length; c++) {
        if (r !== m.top || c !== m.left) (cells as RawCell[])[c] = null;
      }
    }
    const rowLooks = looks?.[m.top];
    if (rowLooks) for (let c = m.left + 1; c <= m.right; c++) delete rowLooks[c];
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const below = looks?.[r];
      if (below) for (let c = m.left; c <= m.right; c++) delete below[c];
    }
  }
  if (looks === null && outlineLevels === null) return { name, values, numberFormats, merges };
  return {
    name,
    values,
    numberFormats,
    merges,
    formatting: { cells: looks ?? [], outlineLevels: outlineLevels ?? [] },
  };
}

/** The cell's value as read-grid.ts reports it; undefined for a cell with nothing in it. */
function cellValue(
  body: string,
  type: string,
  format: string | undefined,
  context: SheetReadContext,
): RawCell | undefined {
  if (body === "") return undefined;
  const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
    return is === undefined ? undefined : itemText(is);
  }
  // A formula Excel never calculated has no value yet: empty, not 0.
  if (v === undefined) return body.includes("<f") ? null : undefined;
  switch (type) {
    case "s":
      return context.strings[parseInt(v, 10)] ?? null;
    case "str":
      return decodeXmlText(v);
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return { error: decodeXmlText(v) };
  }
  const n = parseFloat(v);
  if (Number.isNaN(n)) return null;
  return context.date1904 && format !== undefined && isDateFormat(format) ? n + DAYS_1904 : n;
}

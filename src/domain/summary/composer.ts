/**
 * Builds one sheet description: sections write rectangles of values with a style, the composer keeps the blocks,
 * groups equal styles into one entry and, at the end, fits column widths and row heights to what was written.
 */
import type { CellRange } from "../grid";
import { DEFAULT_ROW_HEIGHT, lineHeight, longestWordWidth, textWidth, wrappedLines } from "./text-width";
import {
  COUNT_FORMAT,
  GENERAL_FORMAT,
  TEXT_FORMAT,
  type CellStyle,
  type SheetContent,
  type StyledAreas,
  type SummaryValue,
  type ValueBlock,
} from "./types";

/** How a written cell counts towards its column's width. */
export type Measure = "full" | "words" | "none";

export interface WriteOptions {
  readonly style?: CellStyle;
  /** "full": the whole text must fit (default); "words": wrapped, the longest word must fit; "none": ignored. */
  readonly measure?: Measure;
  /** Extra width the cells need, e.g. for a table's filter button. */
  readonly extraWidth?: number;
  /** The style to measure with, where styles laid over the block later change the width (a table's bold goal rows). */
  readonly measureAs?: CellStyle;
  /** Written only by renderers that cannot draw the chart. */
  readonly fallback?: boolean;
}

export const MIN_COLUMN_WIDTH = 5;
export const MAX_COLUMN_WIDTH = 60;
const PADDING = 2;

/** One write's cells, kept for fitting widths and heights at the end. */
interface Written {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly SummaryValue[])[];
  readonly style: CellStyle;
  /** What widths and heights are estimated with: `style`, or WriteOptions.measureAs. */
  readonly measured: CellStyle;
  readonly measure: Measure;
  readonly extraWidth: number;
}

interface StyleEntry {
  readonly style: CellStyle;
  readonly areas: CellRange[];
}

const styleKeys = new WeakMap<CellStyle, string>();

/** The same key for equal styles; computed once per style object (a table uses a few objects for many rows). */
function styleKey(style: CellStyle): string {
  let key = styleKeys.get(style);
  if (key === undefined) {
    key = JSON.stringify(Object.entries(style).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    styleKeys.set(style, key);
  }
  return key;
}

const NO_STYLE: CellStyle = {};

function numberFormatOf(value: SummaryValue): string {
  if (typeof value === "string") return TEXT_FORMAT;
  if (typeof value === "number") return COUNT_FORMAT;
  return GENERAL_FORMAT;
}

/** numberFormatOf() as a digit 0–2. */
function formatCode(value: SummaryValue): number {
  if (typeof value === "string") return 0;
  if (typeof value === "number") return 1;
  return 2;
}

function buildStyles(entries: readonly StyleEntry[]): StyledAreas[] {
  return entries.filter((e) => e.areas.length > 0).map((e) => ({ style: e.style, areas: [...e.areas] }));
}

export interface ComposedSheet {
  readonly content: SheetContent;
  readonly fallback: SheetContent;
  readonly merges: readonly CellRange[];
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
}

export class SheetComposer {
  private readonly blocks: ValueBlock[] = [];
  private readonly fallbackBlocks: ValueBlock[] = [];
  private readonly styles = new Map<string, StyleEntry>();
  private readonly fallbackStyles = new Map<string, StyleEntry>();
  private readonly merges: CellRange[] = [];
  private readonly written: Written[] = [];
  /** Rows of number formats by width and pattern: rows alike share one array, as table rows mostly are. */
  private readonly formatRows = new Map<number, Map<number, readonly string[]>>();
  private readonly minWidths = new Map<number, number>();

  /** Writes a rectangle (rows padded with nulls to the longest) and returns the area it covers. */
  write(top: number, left: number, rows: readonly (readonly SummaryValue[])[], options: WriteOptions = {}): CellRange {
    let width = 1;
    for (const r of rows) if (r.length > width) width = r.length;
    const area: CellRange = { top, left, bottom: top + Math.max(rows.length, 1) - 1, right: left + width - 1 };
    if (rows.length === 0) return area;
    const values: (readonly SummaryValue[])[] = [];
    const numberFormats: (readonly string[])[] = [];
    for (const r of rows) {
      // A full row is kept as given (the rows are the caller's fresh arrays, never changed afterwards).
      let padded: readonly SummaryValue[] = r;
      let pattern = 0;
      let complete = r.length === width;
      for (let c = 0; c < width; c++) {
        const value = r[c];
        if (value === undefined) complete = false;
        pattern = pattern * 3 + formatCode(value ?? null);
      }
      if (!complete) padded = Array.from({ length: width }, (_, c) => r[c] ?? null);
      values.push(padded);
      numberFormats.push(this.formatRow(padded, pattern));
    }
    const block: ValueBlock = { top, left, values, numberFormats };
    (options.fallback ? this.fallbackBlocks : this.blocks).push(block);
    if (options.style) this.addStyle(area, options.style, options.fallback ?? false);
    this.written.push({
      top,
      left,
      values,
      style: options.style ?? NO_STYLE,
      measured: options.measureAs ?? options.style ?? NO_STYLE,
      measure: options.measure ?? "full",
      extraWidth: options.extraWidth ?? 0,
    });
    return area;
  }

  /** Styles applied in order of first use; a later entry overrides the properties it sets where areas overlap. */
  style(area: CellRange, style: CellStyle): void {
    this.addStyle(area, style, false);
  }

  merge(area: CellRange): void {
    if (area.bottom > area.top || area.right > area.left) this.merges.push(area);
  }

  minWidth(col: number, width: number): void {
    this.minWidths.set(col, Math.max(width, this.minWidths.get(col) ?? 0));
  }

  build(): ComposedSheet {
    const columnWidths = this.fitColumns();
    return {
      content: { blocks: [...this.blocks], styles: buildStyles([...this.styles.values()]) },
      fallback: { blocks: [...this.fallbackBlocks], styles: buildStyles([...this.fallbackStyles.values()]) },
      merges: [...this.merges],
      columnWidths,
      rowHeights: this.fitRows(columnWidths),
    };
  }

  private formatRow(values: readonly SummaryValue[], pattern: number): readonly string[] {
    // Wide rows would overflow the pattern's number: those get their own array.
    if (values.length > 20) return values.map(numberFormatOf);
    let byPattern = this.formatRows.get(values.length);
    if (!byPattern) this.formatRows.set(values.length, (byPattern = new Map()));
    let formats = byPattern.get(pattern);
    if (!formats) byPattern.set(pattern, (formats = values.map(numberFormatOf)));
    return formats;
  }

  private addStyle(area: CellRange, style: CellStyle, fallback: boolean): void {
    const map = fallback ? this.fallbackStyles : this.styles;
    const key = styleKey(style);
    const entry = map.get(key) ?? { style, areas: [] };
    map.set(key, entry);
    // Rows written one by one with the same style become one area, keeping the address lists short.
    const last = entry.areas[entry.areas.length - 1];
    if (last && last.left === area.left && last.right === area.right && last.bottom + 1 === area.top) {
      entry.areas[entry.areas.length - 1] = { ...last, bottom: area.bottom };
    } else {
      entry.areas.push(area);
    }
  }

  /** Calls `visit` for every non-empty written cell, with the merge it lies in (the first one listed), if any. */
  private forEachMeasured(
    visit: (w: Written, row: number, col: number, text: string, merge: CellRange | undefined) => void,
  ): void {
    const mergesByRow = new Map<number, CellRange[]>();
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = mergesByRow.get(r);
        if (list) list.push(m);
        else mergesByRow.set(r, [m]);
      }
    }
    for (const w of this.written) {
      w.values.forEach((values, i) => {
        const row = w.top + i;
        const merges = mergesByRow.get(row);
        for (let j = 0; j < values.length; j++) {
          const value = values[j];
          if (value === null || value === undefined || value === "") continue;
          const col = w.left + j;
          const merge = merges?.find((m) => col >= m.left && col <= m.right);
          visit(w, row, col, String(value), merge);
        }
      });
    }
  }

  private fitColumns(): number[] {
    const demand: number[] = [];
    this.forEachMeasured((w, _row, col, text, merge) => {
      // Text spread over merged columns does not widen any one of them (titles, sentences).
      if (w.measure === "none" || (merge && merge.right > merge.left)) return;
      const width =
        (w.measure === "words" ? longestWordWidth(text, w.measured) : textWidth(text, w.measured)) + w.extraWidth;
      demand[col] = Math.max(demand[col] ?? 0, width);
    });
    const columns = Math.max(demand.length, ...[...this.minWidths.keys()].map((c) => c + 1));
    return Array.from({ length: columns }, (_, c) => {
      const wanted = Math.ceil((demand[c] ?? 0) + PADDING);
      const min = Math.max(MIN_COLUMN_WIDTH, this.minWidths.get(c) ?? 0);
      return Math.min(MAX_COLUMN_WIDTH, Math.max(min, wanted));
    });
  }

  private fitRows(widths: readonly number[]): { row: number; height: number }[] {
    const heights = new Map<number, number>();
    const widthOf = (left: number, right: number): number => {
      let sum = 0;
      for (let c = left; c <= right; c++) sum += widths[c] ?? MIN_COLUMN_WIDTH;
      return sum;
    };
    this.forEachMeasured((w, row, col, text, merge) => {
      const lines = w.measured.wrap
        ? wrappedLines(text, w.measured, widthOf(col, merge?.right ?? col) - 1)
        : 1 + lineBreaks(text);
      const height = lines * lineHeight(w.measured);
      if (height > (heights.get(row) ?? DEFAULT_ROW_HEIGHT)) heights.set(row, height);
    });
    return [...heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
  }
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Builds one sheet description: sections write rectangles of values with a style, the composer keeps the blocks,
 * groups equal styles into one entry and, at the end, fits column widths and row heights to what was written.
 */
import type { CellRange } from "../grid";
import { DEFAULT_ROW_HEIGHT, lineHeight, longestWordWidth, textWidth, wrappedLines } from "./measure";
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
  /** Written only by renderers that cannot draw the chart. */
  readonly fallback?: boolean;
}

export const MIN_COLUMN_WIDTH = 5;
export const MAX_COLUMN_WIDTH = 60;
const PADDING = 2;

interface Measured {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly style: CellStyle;
  readonly measure: Measure;
  readonly extraWidth: number;
}

interface StyleEntry {
  readonly style: CellStyle;
  readonly areas: CellRange[];
}

const styleKey = (style: CellStyle): string =>
  JSON.stringify(Object.entries(style).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function numberFormatOf(value: SummaryValue): string {
  if (typeof value === "string") return TEXT_FORMAT;
  if (typeof value === "number") return COUNT_FORMAT;
  return GENERAL_FORMAT;
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
  private readonly measured: Measured[] = [];
  private readonly minWidths = new Map<number, number>();

  /** Writes a rectangle (rows padded with nulls to the longest) and returns the area it covers. */
  write(top: number, left: number, rows: readonly (readonly SummaryValue[])[], options: WriteOptions = {}): CellRange {
    const width = rows.reduce((max, r) => Math.max(max, r.length), 1);
    const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    const area: CellRange = { top, left, bottom: top + Math.max(rows.length, 1) - 1, right: left + width - 1 };
    if (rows.length === 0) return area;
    const block: ValueBlock = { top, left, values, numberFormats: values.map((r) => r.map(numberFormatOf)) };
    (options.fallback ? this.fallbackBlocks : this.blocks).push(block);
    if (options.style) this.addStyle(area, options.style, options.fallback ?? false);
    const style = options.style ?? {};
    values.forEach((r, i) =>
      r.forEach((value, j) => {
        if (value === null || value === "") return;
        this.measured.push({
          row: top + i,
          col: left + j,
          text: String(value),
          style,
          measure: options.measure ?? "full",
          extraWidth: options.extraWidth ?? 0,
        });
      }),
    );
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

  private mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  private fitColumns(): number[] {
    const demand: number[] = [];
    for (const m of this.measured) {
      const merge = this.mergeAt(m.row, m.col);
      // Text spread over merged columns does not widen any one of them (titles, sentences).
      if (m.measure === "none" || (merge && merge.right > merge.left)) continue;
      const width =
        (m.measure === "words" ? longestWordWidth(m.text, m.style) : textWidth(m.text, m.style)) + m.extraWidth;
      demand[m.col] = Math.max(demand[m.col] ?? 0, width);
    }
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
    for (const m of this.measured) {
      const merge = this.mergeAt(m.row, m.col);
      const lines = m.style.wrap
        ? wrappedLines(m.text, m.style, widthOf(m.col, merge?.right ?? m.col) - 1)
        : 1 + (m.text.match(/\n/g)?.length ?? 0);
      const height = lines * lineHeight(m.style);
      if (height > (heights.get(m.row) ?? DEFAULT_ROW_HEIGHT)) heights.set(m.row, height);
    }
    return [...heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
  }
}

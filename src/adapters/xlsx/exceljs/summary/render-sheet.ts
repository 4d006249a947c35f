/** Renders one neutral SheetDescription onto an empty ExcelJS worksheet. */
import type ExcelJS from "exceljs";
import type { CellRange } from "../../../../domain/grid";
import type { CellStyle, SheetContent, SheetDescription, SummaryValue } from "../../../../domain/summary/types";
import { GENERAL_FORMAT } from "../../../../domain/summary/types";
import { styleWith, type ExcelStyle } from "./cell-style";

/** ExcelJS's code for A4 in pageSetup.paperSize. */
const A4 = 9;
/** ExcelJS takes a width of exactly 9 for "default" and writes nothing, leaving Excel's 8.43; a hair more is kept. */
const EXCELJS_DEFAULT_WIDTH = 9;

const storableWidth = (width: number): number => (width === EXCELJS_DEFAULT_WIDTH ? width + 0.01 : width);

/**
 * The look of every written cell, built up as the description's layers are applied (number format, then the styles
 * in order) and handed to ExcelJS at the end as one shared style object per distinct look. A style object per cell
 * would make ExcelJS serialise fonts, fills and borders once per cell when saving (it caches by object identity),
 * which made saving a large workbook's summaries many times slower than writing the cells.
 */
class CellLooks {
  /** Look 0 is "nothing applied": the cell keeps its own style object. */
  private readonly looks: ExcelStyle[] = [{}];
  private readonly transitions: Map<CellStyle | string, number>[] = [new Map()];
  /** Look per cell, by 0-based row then column; undefined where nothing was written. */
  private readonly cells: number[][] = [];
  /**
   * Values of the cells in `held` (the table's range), by 0-based row then column: kept here instead of written,
   * as addTable() writes every cell of the table itself.
   */
  readonly held: SummaryValue[][] = [];

  constructor(private readonly holdArea: CellRange | null) {}

  private next(look: number, layer: CellStyle | string): number {
    const transitions = this.transitions[look] ?? new Map<CellStyle | string, number>();
    let to = transitions.get(layer);
    if (to === undefined) {
      const base = this.looks[look] ?? {};
      to = this.looks.length;
      this.looks.push(typeof layer === "string" ? { ...base, numFmt: layer } : styleWith(base, layer));
      this.transitions.push(new Map());
      transitions.set(layer, to);
    }
    return to;
  }

  private lay(row: number, col: number, layer: CellStyle | string): void {
    const cells = (this.cells[row] ??= []);
    cells[col] = this.next(cells[col] ?? 0, layer);
  }

  add(ws: ExcelJS.Worksheet, content: SheetContent): void {
    for (const block of content.blocks) {
      block.values.forEach((values, i) => {
        const row = block.top + i;
        const hold = this.holdArea;
        const held = hold && row >= hold.top && row <= hold.bottom ? (this.held[row] ??= []) : null;
        const formats = block.numberFormats[i];
        // Cells through their row: ws.getCell(r, c) parses an A1 address for every cell.
        const wsRow = ws.getRow(row + 1);
        values.forEach((value, j) => {
          const col = block.left + j;
          if (held && hold && col >= hold.left && col <= hold.right) held[col] = value;
          // A string is always a string cell in ExcelJS ("=…" included): only a { formula } object makes a formula.
          else wsRow.getCell(col + 1).value = value;
          const format = formats?.[j];
          if (format && format !== GENERAL_FORMAT) this.lay(row, col, format);
          else if (this.cells[row]?.[col] === undefined) (this.cells[row] ??= [])[col] = 0;
        });
      });
    }
    for (const { style, areas } of content.styles) {
      for (const area of areas) {
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) this.lay(r, c, style);
        }
      }
    }
  }

  /** Gives every styled cell its look; cells with the same look share one style object. */
  apply(ws: ExcelJS.Worksheet): void {
    this.cells.forEach((looks, r) => {
      const wsRow = ws.getRow(r + 1);
      looks.forEach((look, c) => {
        const style = this.looks[look];
        if (look > 0 && style) wsRow.getCell(c + 1).style = style;
      });
    });
  }
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): SummaryValue {
  const value = ws.getCell(row + 1, col + 1).value;
  return typeof value === "string" || typeof value === "number" ? value : null;
}

/** The table's cells may be left for addTable() to write when no merge reaches into it (a merged cell shows its master's value). */
function heldArea(sheet: SheetDescription): CellRange | null {
  if (!sheet.table) return null;
  const { top, left, bottom, right } = sheet.table.range;
  const merged = sheet.merges.some((m) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left);
  return merged ? null : sheet.table.range;
}

/** `held`: the values of the table's cells, not yet written (see CellLooks); null: read them from the cells. */
function addTable(
  ws: ExcelJS.Worksheet,
  sheet: SheetDescription,
  held: readonly (readonly SummaryValue[])[] | null,
): void {
  const table = sheet.table;
  if (!table) return;
  const { top, left, bottom, right } = table.range;
  const cellValue = (r: number, c: number): SummaryValue => (held ? (held[r]?.[c] ?? null) : cellText(ws, r, c));
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = left; c <= right; c++) columns.push({ name: String(cellValue(top, c) ?? ""), filterButton: true });
  const rows: SummaryValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: SummaryValue[] = [];
    for (let c = left; c <= right; c++) row.push(cellValue(r, c));
    rows.push(row);
  }
  // addTable writes the values into the cells; their styles stay.
  ws.addTable({
    name: table.name,
    ref: ws.getCell(top + 1, left + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as NonNullable<ExcelJS.TableStyleProperties["theme"]>, showRowStripes: true },
    columns,
    rows,
  });
}

export function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetDescription): void {
  const held = heldArea(sheet);
  const looks = new CellLooks(held);
  looks.add(ws, sheet.content);
  // ExcelJS cannot draw charts: the description's cell bars stand in for the pie.
  if (sheet.chart) looks.add(ws, sheet.chart.fallback);
  looks.apply(ws);
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = storableWidth(width);
  });
  for (const { row, height } of sheet.rowHeights) ws.getRow(row + 1).height = height;
  addTable(ws, sheet, held ? looks.held : null);

  if (sheet.freezeRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }];
  }
  const { print } = sheet;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    // 0: as many pages down as the table needs.
    fitToHeight: print.fitToPagesTall,
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}` } : {}),
  };
  ws.properties.tabColor = { argb: sheet.tabColor };
  // sheet.links are left out: ExcelJS writes an internal link with an external relationship as well, which Excel
  // follows as a file name. The package writer and Office.js write them.
}

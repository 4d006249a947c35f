/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells are plain objects in memory, not Office.js proxies */
/**
 * The Status column, written into an ExcelJS workbook: the glyph, bold, in the status colour, centred. Only value,
 * font and alignment change; the cell's fill, border and number format stay as the user made them.
 */
import type ExcelJS from "exceljs";
import type { StatusColumnWrite } from "../../../domain/evaluation";
import { STATUS_COLOR, STATUS_GLYPH, type Status } from "../../../domain/status/statuses";

type CellStyle = Partial<ExcelJS.Style>;

/** Used when a cell has no font of its own: the workbook's body font (theme "minor"), at Excel's default size. */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };

export function writeStatusCells(workbook: ExcelJS.Workbook, writes: readonly StatusColumnWrite[]): void {
  const styles = new StatusStyles();
  for (const write of writes) {
    const worksheet = workbook.getWorksheet(write.sheet);
    if (!worksheet) continue;
    if (write.addHeader) writeHeader(worksheet, write.addHeader.row, write.col, write.addHeader.text);
    for (const { row, status } of write.cells) {
      const cell = worksheet.getCell(row + 1, write.col + 1);
      // Writing into the inner cell of a merged area would overwrite its top-left cell: leave it to that cell.
      if (cell.isMerged && cell.master !== cell) continue;
      cell.value = STATUS_GLYPH[status];
      // ExcelJS shares one style object between all cells loaded with the same format, so replace, never mutate.
      cell.style = styles.for(cell.style, status);
    }
  }
}

function writeHeader(worksheet: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  const cell = worksheet.getCell(row + 1, col + 1);
  cell.value = text;
  const neighbour = col > 0 ? worksheet.getCell(row + 1, col).style : {};
  cell.style = { ...neighbour, font: { ...DEFAULT_FONT, ...neighbour.font, bold: true } };
}

/**
 * One style object per (original look, status). ExcelJS caches a style's xf by object identity when saving; a new
 * object per cell would make it serialise fonts, fills and borders for every one of 100k Status cells. Cells with
 * equal but separate style objects (every newly created cell has its own `{}`) are matched by content.
 */
class StatusStyles {
  private readonly byObject = new WeakMap<CellStyle, Map<Status, CellStyle>>();
  private readonly byContent = new Map<string, Map<Status, CellStyle>>();

  for(original: CellStyle | undefined, status: Status): CellStyle {
    const base = original ?? {};
    const byStatus = this.byStatus(base);
    let style = byStatus.get(status);
    if (!style) {
      style = {
        ...base,
        font: { ...DEFAULT_FONT, ...base.font, bold: true, color: { argb: STATUS_COLOR[status] } },
        alignment: { ...base.alignment, horizontal: "center" },
      };
      byStatus.set(status, style);
    }
    return style;
  }

  private byStatus(base: CellStyle): Map<Status, CellStyle> {
    let map = this.byObject.get(base);
    if (map) return map;
    const key = isEmpty(base) ? "" : JSON.stringify(base);
    map = this.byContent.get(key);
    if (!map) this.byContent.set(key, (map = new Map()));
    this.byObject.set(base, map);
    return map;
  }
}

function isEmpty(style: CellStyle): boolean {
  for (const key in style) if (style[key as keyof CellStyle] !== undefined) return false;
  return true;
}

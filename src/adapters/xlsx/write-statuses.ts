/**
 * The Status column, written into an ExcelJS workbook: the glyph, bold, in the status colour, centred. Only value,
 * font and alignment change; the cell's fill, border and number format stay as the user made them.
 */
import type ExcelJS from "exceljs";
import type { StatusColumnWrite } from "../../domain/evaluation";
import { STATUS_COLOR, STATUS_GLYPH, type Status } from "../../domain/status";

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

/** One new style object per (original style, status), so a 100k-row column does not allocate 100k styles. */
class StatusStyles {
  private readonly cache = new WeakMap<CellStyle, Map<Status, CellStyle>>();
  private readonly unstyled = new Map<Status, CellStyle>();

  for(original: CellStyle | undefined, status: Status): CellStyle {
    const byStatus = original ? this.byStatus(original) : this.unstyled;
    let style = byStatus.get(status);
    if (!style) {
      const base = original ?? {};
      style = {
        ...base,
        font: { ...DEFAULT_FONT, ...base.font, bold: true, color: { argb: STATUS_COLOR[status] } },
        alignment: { ...base.alignment, horizontal: "center" },
      };
      byStatus.set(status, style);
    }
    return style;
  }

  private byStatus(original: CellStyle): Map<Status, CellStyle> {
    let map = this.cache.get(original);
    if (!map) this.cache.set(original, (map = new Map()));
    return map;
  }
}

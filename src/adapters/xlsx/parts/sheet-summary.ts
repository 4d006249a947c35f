/**
 * One generated summary sheet as package parts: the worksheet XML and its table XML, written straight from the
 * neutral SheetDescription. Produces what the ExcelJS renderer (summary/render-sheet.ts) produces, without building an
 * object per cell: a 100k-row table costs one pass over its cells and one join of the text.
 */
import { type CellRange } from "../../../domain/grid";
import { columnLetters } from "../../../domain/address/a1";
import type {
  CellStyle,
  SheetContent,
  SheetDescription,
  SummaryValue,
  TableDescription,
} from "../../../domain/summary/types";
import { GENERAL_FORMAT, sheetLinkLocation } from "../../../domain/summary/types";
import { escapeCellText, escapeExcelStringAttribute, escapeXmlAttribute, storableText } from "../xml/escape";

/** The final look of one cell: its number format and all style layers merged (later layers win per property). */
export interface CellLook {
  readonly numFmt: string;
  /** Merged; {} when no style layer touched the cell. */
  readonly style: CellStyle;
}

/** Gives the cellXfs index (the `s` attribute) for a look; 0, the workbook's default, is written as no `s` at all. */
export interface StyleSink {
  xfFor(look: CellLook): number;
}

export interface SheetXmlParts {
  /** The complete xl/worksheets/sheetN.xml. */
  readonly sheetXml: string;
  /** The table part (xl/tables/tableN.xml), or null when the sheet has no table. */
  readonly tableXml: string | null;
}

export interface SheetXmlIds {
  /** Relationship id the sheet uses for its table part ("rId1"); the caller writes the sheet's .rels file. */
  readonly tableRelId: string;
  /** The table's `id` attribute, unique among all tables in the workbook. */
  readonly tableId: number;
  /** Its name, unique among the workbook's tables and defined names (parts/table-names.ts); the description's by default. */
  readonly tableName?: string;
  /**
   * Relationship id the sheet uses for the drawing that holds its chart, or null when the chart is not drawn as a
   * DrawingML chart (then the description's cell bars stand in for it).
   */
  readonly drawingRelId?: string | null;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** ST_PaperSize. */
const A4 = 9;
/** Excel's name for a table column whose header cell is empty; the Swedish Excel the users run says Kolumn. */
const EMPTY_COLUMN_NAME = "Kolumn";

export function summarySheetXml(sheet: SheetDescription, styles: StyleSink, ids: SheetXmlIds): SheetXmlParts {
  const cells = new LaidCells();
  cells.lay(sheet.content);
  // Without a drawing for the chart, the description's cell bars stand in for the pie, as in the ExcelJS renderer.
  if (sheet.chart && !ids.drawingRelId) cells.lay(sheet.chart.fallback);
  cells.merge(sheet.merges);
  const columns = sheet.table ? cells.nameHeader(sheet.table.range) : [];
  return {
    sheetXml: worksheetXml(sheet, cells, styles, ids),
    tableXml: sheet.table ? tableXml(sheet.table, columns, ids.tableId, ids.tableName || sheet.table.name) : null,
  };
}

/**
 * Every cell's value and look, as the description's layers leave them. Looks are numbered and a cell keeps only the
 * number: laying a layer is one map lookup from (look, layer) to the next look, so a style over 100k cells builds
 * one merged CellStyle, not 100k of them.
 */
class LaidCells {
  /** Look 0: touched, nothing applied. */
  private readonly looks: CellLook[] = [{ numFmt: GENERAL_FORMAT, style: {} }];
  private readonly transitions: Map<CellStyle | string, number>[] = [new Map()];
  /** By 0-based row, then column; a hole is a cell no layer touched. */
  readonly lookAt: number[][] = [];
  /** Same indexing; undefined: the cell has no value (never written, or emptied by a merge). */
  readonly valueAt: (SummaryValue | undefined)[][] = [];
  /** The range the touched cells span (the sheet's dimension), or null while there are none. */
  used: CellRange | null = null;

  look(id: number): CellLook {
    const look = this.looks[id];
    if (!look) throw new Error(`no look ${id}`);
    return look;
  }

  lay(content: SheetContent): void {
    for (const block of content.blocks) {
      let width = 0;
      for (const values of block.values) width = Math.max(width, values.length);
      if (width > 0) this.cover(block.top, block.left, block.top + block.values.length - 1, block.left + width - 1);
      block.values.forEach((values, i) => {
        const row = block.top + i;
        const rowValues = (this.valueAt[row] ??= []);
        const rowLooks = (this.lookAt[row] ??= []);
        const formats = block.numberFormats[i];
        values.forEach((value, j) => {
          const col = block.left + j;
          rowValues[col] = value;
          const format = formats?.[j];
          // "General" is what a cell has anyway: it does not undo a format an earlier block set.
          if (format !== undefined && format !== GENERAL_FORMAT) rowLooks[col] = this.next(rowLooks[col] ?? 0, format);
          else rowLooks[col] ??= 0;
        });
      });
    }
    for (const { style, areas } of content.styles) {
      for (const area of areas) {
        this.cover(area.top, area.left, area.bottom, area.right);
        for (let r = area.top; r <= area.bottom; r++) {
          const rowLooks = (this.lookAt[r] ??= []);
          for (let c = area.left; c <= area.right; c++) rowLooks[c] = this.next(rowLooks[c] ?? 0, style);
        }
      }
    }
  }

  /**
   * Every cell of a merge takes the top-left cell's look and loses its value, as when merging in Excel (and in
   * ExcelJS): a border or fill must reach across the whole merged area, which Excel draws from each cell's own xf.
   */
  merge(merges: readonly CellRange[]): void {
    for (const m of merges) {
      this.cover(m.top, m.left, m.bottom, m.right);
      const master = this.lookAt[m.top]?.[m.left] ?? 0;
      for (let r = m.top; r <= m.bottom; r++) {
        const rowLooks = (this.lookAt[r] ??= []);
        const rowValues = this.valueAt[r];
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          rowLooks[c] = master;
          if (rowValues) rowValues[c] = undefined;
        }
      }
    }
  }

  /**
   * The table's column names, written back into its header cells: Excel repairs a file whose header cells differ
   * from the names, and it wants the names non-empty and unique regardless of case.
   */
  nameHeader(range: CellRange): string[] {
    const row = range.top;
    this.cover(row, range.left, row, range.right);
    const rowValues = (this.valueAt[row] ??= []);
    const rowLooks = (this.lookAt[row] ??= []);
    const taken = new Set<string>();
    const names: string[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const value = rowValues[c];
      const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : (value ?? "");
      // Characters that cannot be stored are dropped from the cell, so they must not count in the name either.
      const base = storableText(text) || `${EMPTY_COLUMN_NAME}${c - range.left + 1}`;
      let name = base;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
      taken.add(name.toLowerCase());
      names.push(name);
      rowValues[c] = name;
      rowLooks[c] ??= 0;
    }
    return names;
  }

  private cover(top: number, left: number, bottom: number, right: number): void {
    const u = this.used;
    this.used = u
      ? {
          top: Math.min(u.top, top),
          left: Math.min(u.left, left),
          bottom: Math.max(u.bottom, bottom),
          right: Math.max(u.right, right),
        }
      : { top, left, bottom, right };
  }

  private next(from: number, layer: CellStyle | string): number {
    const transitions = this.transitions[from];
    let to = transitions?.get(layer);
    if (to === undefined) {
      const base = this.look(from);
      to = this.looks.length;
      this.looks.push(
        typeof layer === "string"
          ? { numFmt: layer, style: base.style }
          : { numFmt: base.numFmt, style: { ...base.style, ...layer } },
      );
      this.transitions.push(new Map());
      transitions?.set(layer, to);
    }
    return to;
  }
}

/** xfFor once per distinct look: different layer orders can end in equal looks, which share one xf. */
function xfLookup(cells: LaidCells, styles: StyleSink): (lookId: number) => number {
  const byId: number[] = [];
  const byKey = new Map<string, number>();
  return (lookId) => {
    let xf = byId[lookId];
    if (xf === undefined) {
      const look = cells.look(lookId);
      const entries = Object.entries(look.style).filter(([, v]) => v !== undefined);
      entries.sort(([a], [b]) => (a < b ? -1 : 1));
      const key = `${look.numFmt}\u0000${JSON.stringify(entries)}`;
      xf = byKey.get(key);
      if (xf === undefined) {
        xf = styles.xfFor(look);
        byKey.set(key, xf);
      }
      byId[lookId] = xf;
    }
    return xf;
  };
}

function worksheetXml(sheet: SheetDescription, cells: LaidCells, styles: StyleSink, ids: SheetXmlIds): string {
  const out = new TextBuilder();
  out.push(XML_DECLARATION);
  out.push(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  out.push(`<sheetPr><tabColor rgb="${escapeXmlAttribute(sheet.tabColor)}"/><pageSetUpPr fitToPage="1"/></sheetPr>`);
  out.push(`<dimension ref="${cells.used ? rangeRef(cells.used) : "A1"}"/>`);
  out.push(sheetViewsXml(sheet.freezeRows));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(colsXml(sheet.columnWidths));
  out.push("<sheetData>");
  writeRows(out, sheet.rowHeights, cells, styles);
  out.push("</sheetData>");
  if (sheet.merges.length > 0) {
    out.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${rangeRef(m)}"/>`);
    out.push("</mergeCells>");
  }
  out.push(hyperlinksXml(sheet.links));
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  // fitToHeight 0: as many pages down as the table needs.
  const { orientation, fitToPagesWide, fitToPagesTall } = sheet.print;
  out.push(
    `<pageSetup paperSize="${A4}" orientation="${orientation}" fitToWidth="${fitToPagesWide}" fitToHeight="${fitToPagesTall}"/>`,
  );
  // CT_Worksheet: drawing after pageSetup (and headerFooter, breaks…), before tableParts.
  if (sheet.chart && ids.drawingRelId) out.push(`<drawing r:id="${escapeXmlAttribute(ids.drawingRelId)}"/>`);
  if (sheet.table) {
    out.push(`<tableParts count="1"><tablePart r:id="${escapeXmlAttribute(ids.tableRelId)}"/></tableParts>`);
  }
  out.push("</worksheet>");
  return out.text();
}

/** The <row> elements: rows with touched cells or a height of their own, ascending, each with its touched cells. */
function writeRows(
  out: TextBuilder,
  rowHeights: SheetDescription["rowHeights"],
  cells: LaidCells,
  styles: StyleSink,
): void {
  const xfOf = xfLookup(cells, styles);
  const heights = new Map<number, number>();
  let lastRow = cells.lookAt.length - 1;
  // A loop, not Math.max(...): a long table of wrapped comments has a height for most of its rows.
  for (const { row, height } of rowHeights) {
    heights.set(row, height);
    if (row > lastRow) lastRow = row;
  }
  const letters: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const rowLooks = cells.lookAt[r];
    const height = heights.get(r);
    if (!rowLooks?.length && height === undefined) continue;
    const rowNumber = String(r + 1);
    out.push(`<row r="${rowNumber}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>`);
    const rowValues = cells.valueAt[r];
    // forEach skips the holes: the cells no layer touched are not written.
    rowLooks?.forEach((lookId, c) => {
      const ref = (letters[c] ??= columnLetters(c)) + rowNumber;
      const xf = xfOf(lookId);
      const s = xf === 0 ? "" : ` s="${xf}"`;
      const value = rowValues?.[c];
      if (typeof value === "string") {
        const space = needsPreserve(value) ? ' xml:space="preserve"' : "";
        out.push(`<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(value)}</t></is></c>`);
      } else if (typeof value === "number" && Number.isFinite(value)) {
        out.push(`<c r="${ref}"${s}><v>${value}</v></c>`);
      } else {
        out.push(`<c r="${ref}"${s}/>`);
      }
    });
    out.push("</row>");
  }
}

function sheetViewsXml(freezeRows: number): string {
  if (freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const below = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/>` +
    "</sheetView></sheetViews>"
  );
}

/** Links within the workbook need no relationship: the location alone leads to the sheet. */
function hyperlinksXml(links: SheetDescription["links"]): string {
  if (links.length === 0) return "";
  const items = links.map(
    (l) =>
      `<hyperlink ref="${columnLetters(l.col)}${l.row + 1}" location="${escapeXmlAttribute(sheetLinkLocation(l.sheet))}"/>`,
  );
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

/** CT_Cols must not be empty: no widths, no element. */
function colsXml(widths: readonly number[]): string {
  const cols: string[] = [];
  widths.forEach((width, c) => {
    if (Number.isFinite(width)) cols.push(`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`);
  });
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function tableXml(table: TableDescription, columns: readonly string[], id: number, tableName: string): string {
  const ref = rangeRef(table.range);
  const name = escapeXmlAttribute(tableName);
  const out: string[] = [
    XML_DECLARATION,
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">`,
    `<autoFilter ref="${ref}"/>`,
    `<tableColumns count="${columns.length}">`,
  ];
  columns.forEach((column, i) => out.push(`<tableColumn id="${i + 1}" name="${escapeExcelStringAttribute(column)}"/>`));
  out.push(
    "</tableColumns>",
    `<tableStyleInfo name="${escapeXmlAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>`,
    "</table>",
  );
  return out.join("");
}

/**
 * Text built from many small pieces, joined a few thousand at a time: a million small strings kept alive until one
 * final join make the garbage collector copy them again and again, which doubled the time of a 100k-row sheet.
 */
class TextBuilder {
  private readonly joined: string[] = [];
  private pending: string[] = [];

  push(piece: string): void {
    this.pending.push(piece);
    if (this.pending.length >= 4096) this.flush();
  }

  text(): string {
    this.flush();
    return this.joined.join("");
  }

  private flush(): void {
    this.joined.push(this.pending.join(""));
    this.pending = [];
  }
}

const rangeRef = (r: CellRange): string =>
  `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;

/** Without xml:space="preserve", leading and trailing whitespace and line breaks of a <t> may be dropped on reading. */
function needsPreserve(text: string): boolean {
  if (text.length === 0) return false;
  return text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20 || text.includes("\n");
}

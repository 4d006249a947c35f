/**
 * The Status column written into a worksheet part's XML in place: the Status cells are replaced or inserted, every
 * other byte of the sheet stays as it was (SPEC §6: only the Status column changes). Works on the XML text in one
 * forward pass, so a 100k-row sheet costs about as much as copying it.
 *
 * What this does not handle it reports instead of guessing (the caller then writes through ExcelJS): prefixed
 * namespaces, rows or cells without an `r` address, rows out of order, and a Status cell that anchors a formula
 * spanning other cells (a shared or array formula), whose dependants would lose their formula.
 */
import { formatA1, parseA1 } from "../../../domain/address/a1";
import { columnOfAddress, mergedAreas } from "./sheet-refs";
import { escapeCellText } from "../xml/escape";

/** One cell to write: 0-based row, its text, and how its format follows from the cell's current one. */
export interface ColumnCell {
  readonly row: number;
  readonly text: string;
  /**
   * The xf index to give the cell, from the xf it has now (its own, else its row's or column's, else 0) and the xf
   * of the stored cell to its left in the same row (null when there is none).
   */
  readonly style: (currentXf: number, leftXf: number | null) => number;
}

export interface ColumnPatch {
  /** 0-based column. */
  readonly col: number;
  /** Ascending, one per row. */
  readonly cells: readonly ColumnCell[];
}

export type SheetPatchResult =
  | { readonly ok: true; readonly xml: string; readonly formulaReplaced: boolean }
  | { readonly ok: false; readonly reason: string };

const unsupported = (reason: string): SheetPatchResult => ({ ok: false, reason });

interface Tag {
  readonly start: number;
  /** Index just past the element's end (its end tag, or the start tag when self-closing). */
  readonly end: number;
  readonly startTag: string;
  readonly body: string;
}

const START_TAGS = new Map<string, RegExp>();

/** The next element named `name` at or after `from`; null when there is none before `limit`. */
function nextElement(xml: string, name: string, from: number, limit: number): Tag | null {
  let pattern = START_TAGS.get(name);
  if (!pattern) START_TAGS.set(name, (pattern = new RegExp(`<${name}[\\s/>]`, "g")));
  pattern.lastIndex = from;
  const m = pattern.exec(xml);
  if (!m || m.index >= limit) return null;
  const tagEnd = xml.indexOf(">", m.index);
  if (tagEnd < 0) return null;
  const startTag = xml.slice(m.index, tagEnd + 1);
  if (startTag.endsWith("/>")) return { start: m.index, end: tagEnd + 1, startTag, body: "" };
  const close = xml.indexOf(`</${name}>`, tagEnd);
  if (close < 0) return null;
  return { start: m.index, end: close + name.length + 3, startTag, body: xml.slice(tagEnd + 1, close) };
}

const ATTRIBUTES = new Map<string, RegExp>();

function attribute(startTag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  return pattern.exec(startTag)?.[1];
}

function cellXml(row: number, col: number, xf: number, text: string): string {
  const s = xf > 0 ? ` s="${xf}"` : "";
  return `<c r="${formatA1({ row, col })}"${s} t="inlineStr"><is><t>${escapeCellText(text)}</t></is></c>`;
}

/** Rows (0-based) of the column whose cell is inside a merged area but not its top-left cell: Excel shows the top-left. */
function coveredRows(xml: string, col: number): Set<number> {
  const covered = new Set<number>();
  for (const range of mergedAreas(xml)) {
    if (col < range.left || col > range.right) continue;
    for (let r = range.top; r <= range.bottom; r++) if (r !== range.top || col !== range.left) covered.add(r);
  }
  return covered;
}

/** The column's own style (<col style>), which a new cell in it shows unless its row has one. */
function columnStyle(xml: string, col: number, sheetDataStart: number): number | null {
  const head = xml.slice(0, sheetDataStart);
  for (const m of head.matchAll(/<col\s[^>]*>/g)) {
    const min = Number(attribute(m[0], "min")) - 1;
    const max = Number(attribute(m[0], "max")) - 1;
    const style = attribute(m[0], "style");
    if (col >= min && col <= max && style !== undefined) return Number(style);
  }
  return null;
}

export function patchStatusColumn(xml: string, patch: ColumnPatch): SheetPatchResult {
  if (!/<worksheet[\s>]/.test(xml)) return unsupported("XML-koden har namnrymdsprefix");
  const open = /<sheetData\s*(\/?)>/.exec(xml);
  if (!open) return unsupported("celldata (<sheetData>) saknas");
  const dataStart = open.index + open[0].length;
  const dataEnd = open[1] === "/" ? dataStart : xml.indexOf("</sheetData>", dataStart);
  if (dataEnd < 0) return unsupported("celldata (<sheetData>) är inte avslutade");

  const covered = coveredRows(xml, patch.col);
  const colXf = columnStyle(xml, patch.col, open.index);
  const cells = patch.cells.filter((c) => !covered.has(c.row));
  const out: string[] = [];
  let formulaReplaced = false;
  let copied = dataStart;
  let next = 0; // index into cells
  let lastRow = -1;
  let maxRow = -1;

  const newRow = (cell: ColumnCell): string => {
    maxRow = Math.max(maxRow, cell.row);
    return `<row r="${cell.row + 1}">${cellXml(cell.row, patch.col, cell.style(colXf ?? 0, null), cell.text)}</row>`;
  };

  for (let pos = dataStart; next < cells.length;) {
    const row = nextElement(xml, "row", pos, dataEnd);
    if (!row) break;
    pos = row.end;
    const r = Number(attribute(row.startTag, "r")) - 1;
    if (!Number.isInteger(r) || r < 0) return unsupported("en rad saknar radnummer");
    if (r <= lastRow) return unsupported("raderna står inte i ordning");
    lastRow = r;
    // Rows to write that the sheet does not have yet go in before this one.
    out.push(xml.slice(copied, row.start));
    while (next < cells.length && (cells[next]?.row ?? 0) < r) out.push(newRow(cells[next++] as ColumnCell));
    copied = row.start;
    const cell = cells[next];
    if (!cell || cell.row !== r) continue;
    next++;
    const patched = patchRow(row, r, patch.col, cell, colXf);
    if (!patched.ok) return patched;
    formulaReplaced ||= patched.formulaReplaced;
    maxRow = Math.max(maxRow, r);
    out.push(patched.xml);
    copied = row.end;
  }
  out.push(xml.slice(copied, dataEnd));
  while (next < cells.length) out.push(newRow(cells[next++] as ColumnCell));

  const before = open[1] === "/" ? `${xml.slice(0, open.index)}<sheetData>` : xml.slice(0, dataStart);
  const after = open[1] === "/" ? `</sheetData>${xml.slice(dataEnd)}` : xml.slice(dataEnd);
  const result = withDimension(before, patch.col, maxRow) + out.join("") + after;
  return { ok: true, xml: result, formulaReplaced };
}

type RowResult = { readonly ok: true; readonly xml: string; readonly formulaReplaced: boolean } | SheetPatchResult;

function patchRow(row: Tag, r: number, col: number, cell: ColumnCell, colXf: number | null): RowResult {
  // `spans` is an optional hint of the row's first and last cell; a new cell may fall outside it.
  const startTag = row.startTag.replace(/\sspans="[^"]*"/, "").replace(/\s*\/>$/, ">");
  const rowXf = attribute(row.startTag, "customFormat") === "1" ? Number(attribute(row.startTag, "s") ?? 0) : null;
  const body = row.body;
  let pos = 0;
  let leftXf: number | null = null;
  for (;;) {
    const c = nextElement(body, "c", pos, body.length);
    const at = c ? columnOfAddress(attribute(c.startTag, "r") ?? "") : null;
    if (c && at === null) return unsupported(`en cell på rad ${r + 1} saknar adress`);
    if (!c || at === null || at > col) {
      // No cell in the Status column yet: a new one, formatted like the row, else the column.
      const insertAt = c ? c.start : body.length;
      const xf = cell.style(rowXf ?? colXf ?? 0, leftXf);
      const xml = `${startTag}${body.slice(0, insertAt)}${cellXml(r, col, xf, cell.text)}${body.slice(insertAt)}</row>`;
      return { ok: true, xml, formulaReplaced: false };
    }
    if (at === col) {
      const formula = /<f[\s>/]/.exec(c.body);
      if (formula) {
        const fTag = c.body.slice(formula.index, c.body.indexOf(">", formula.index) + 1);
        const ref = attribute(fTag, "ref");
        if (
          ref !== undefined &&
          ref.includes(":") &&
          ref !== `${formatA1({ row: r, col })}:${formatA1({ row: r, col })}`
        ) {
          return unsupported(
            `Status-cellen ${formatA1({ row: r, col })} har en formel som gäller fler celler (${ref})`,
          );
        }
      }
      const xf = cell.style(Number(attribute(c.startTag, "s") ?? 0), leftXf);
      const xml = `${startTag}${body.slice(0, c.start)}${cellXml(r, col, xf, cell.text)}${body.slice(c.end)}</row>`;
      return { ok: true, xml, formulaReplaced: formula !== null };
    }
    leftXf = at === col - 1 ? Number(attribute(c.startTag, "s") ?? 0) : null;
    pos = c.end;
  }
}

/** <dimension> names the used range; it grows when a Status column or row is added outside it. */
function withDimension(head: string, col: number, maxRow: number): string {
  return head.replace(/<dimension\s+ref="([^"]*)"\s*\/>/, (tag, ref: string) => {
    const [first, last] = ref.split(":");
    const from = parseA1(first ?? "");
    const to = parseA1(last ?? first ?? "");
    if (!from || !to || maxRow < 0) return tag;
    const bottom = Math.max(to.row, maxRow);
    const right = Math.max(to.col, col);
    if (bottom === to.row && right === to.col) return tag;
    return `<dimension ref="${formatA1({ row: from.row, col: from.col })}:${formatA1({ row: bottom, col: right })}"/>`;
  });
}

/**
 * The Status columns of a recalc as changes to the original package: the touched worksheet parts and styles.xml,
 * nothing else. Parts ExcelJS cannot write back (charts, pivot tables, sensitivity labels…) are kept as they are,
 * because they are never parsed at all.
 */
import type { StatusColumnWrite } from "../../../domain/evaluation";
import { STATUS_COLOR, STATUS_GLYPH, type Status } from "../../../domain/status/statuses";
import { readRels } from "../parts/relationships";
import { WORKBOOK_PATH, WorkbookPart } from "../parts/workbook";
import { withDefaultMainNamespace } from "../xml/prefixes";
import { xmlAttributes } from "../xml/text";
import type { ZipPackage } from "../zip/reader";
import { PackageEdit } from "./package-edit";
import { patchStatusColumn, type ColumnCell } from "../parts/sheet-status";
import { StylesXml } from "../parts/styles";

export type PatchOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Sheet name → worksheet part path, from workbook.xml and its relationships (read by namespace, not by prefix). */
export async function worksheetParts(zip: Pick<ZipPackage, "text">): Promise<Map<string, string>> {
  const workbookXml = await zip.text(WORKBOOK_PATH);
  const rels = await readRels(zip, WORKBOOK_PATH);
  const parts = new Map<string, string>();
  if (workbookXml === undefined) return parts;
  for (const { name, rId } of WorkbookPart.parse(workbookXml).sheets()) {
    const part = rels.get(rId);
    if (part !== undefined) parts.set(name, part);
  }
  return parts;
}

/**
 * The sheets among `names` whose protection is on (<sheetProtection sheet="1">): their Status cells are never written
 * (SPEC §6), by the package editor or the ExcelJS fallback.
 */
export async function protectedSheets(zip: Pick<ZipPackage, "text">, names: readonly string[]): Promise<string[]> {
  const parts = await worksheetParts(zip);
  const out: string[] = [];
  for (const name of names) {
    const path = parts.get(name);
    const xml = path === undefined ? undefined : await zip.text(path);
    if (xml === undefined) continue;
    // The element sits after sheetData; looking from the end keeps a 10 MB sheet cheap.
    const tag = /<(?:[\w.-]+:)?sheetProtection\b[^>]*>/.exec(xml.slice(xml.lastIndexOf("sheetData>")))?.[0];
    const on = tag ? xmlAttributes(tag).get("sheet") : undefined;
    if (on === "1" || on === "true") out.push(name);
  }
  return out;
}

/** Applies the Status writes to `edit`; on { ok: false } nothing usable was written and the caller must fall back. */
export async function patchStatusColumns(
  edit: PackageEdit,
  writes: readonly StatusColumnWrite[],
): Promise<PatchOutcome> {
  if (writes.length === 0) return { ok: true };
  const stylesRaw = await edit.text("xl/styles.xml");
  const stylesXml = stylesRaw === undefined ? null : withDefaultMainNamespace(stylesRaw);
  const styles = stylesXml === null ? null : StylesXml.parse(stylesXml);
  if (!styles) return { ok: false, reason: "arbetsbokens formatmallar (styles.xml) kan inte läsas" };
  let parts: Map<string, string>;
  try {
    parts = await worksheetParts(edit);
  } catch (error) {
    return {
      ok: false,
      reason: `arbetsbokens workbook.xml kan inte läsas (${error instanceof Error ? error.message : String(error)})`,
    };
  }

  const statusXf = new Map<string, number>();
  const statusStyle =
    (status: Status) =>
    (current: number): number => {
      const key = `${current}:${status}`;
      let xf = statusXf.get(key);
      if (xf === undefined) {
        xf = styles.derive(current, { bold: true, color: STATUS_COLOR[status] }, { horizontal: "center" });
        statusXf.set(key, xf);
      }
      return xf;
    };
  // The added header looks like the header to its left, in bold.
  const headerStyle = (current: number, left: number | null): number => styles.derive(left ?? current, { bold: true });

  let formulaReplaced = false;
  for (const write of writes) {
    const path = parts.get(write.sheet);
    const raw = path === undefined ? undefined : await edit.text(path);
    if (path === undefined || raw === undefined)
      return { ok: false, reason: `bladet ${write.sheet} hittas inte i filen` };
    const xml = withDefaultMainNamespace(raw);
    if (xml === null)
      return { ok: false, reason: `bladet ${write.sheet} använder namnrymder som inte kan redigeras säkert` };
    const cells: ColumnCell[] = write.cells.map(({ row, status }) => ({
      row,
      text: STATUS_GLYPH[status],
      style: statusStyle(status),
    }));
    if (write.addHeader) {
      const { row, text } = write.addHeader;
      cells.push({ row, text, style: headerStyle });
    }
    cells.sort((a, b) => a.row - b.row);
    const unique = cells.filter((c, i) => cells[i - 1]?.row !== c.row);
    const result = patchStatusColumn(xml, { col: write.col, cells: unique });
    if (!result.ok) return { ok: false, reason: `${result.reason} på bladet ${write.sheet}` };
    formulaReplaced ||= result.formulaReplaced;
    edit.setText(path, result.xml);
  }
  if (styles.changed) edit.setText("xl/styles.xml", styles.toXml());
  // Excel's list of formula cells would name a cell that no longer has one; Excel rebuilds the list when it is absent.
  if (formulaReplaced) await edit.removePart("xl/calcChain.xml");
  return { ok: true };
}

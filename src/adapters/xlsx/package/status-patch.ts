/**
 * The Status columns of a recalc as changes to the original package: the touched worksheet parts and styles.xml,
 * nothing else. Parts ExcelJS cannot write back (charts, pivot tables, sensitivity labels…) are kept as they are,
 * because they are never parsed at all.
 */
import type { StatusColumnWrite } from "../../../domain/evaluation";
import { STATUS_COLOR, STATUS_GLYPH, type Status } from "../../../domain/status";
import { readRels } from "../parts/relationships";
import { xmlAttributes } from "../xml/text";
import type { ZipPackage } from "../zip/reader";
import { PackageEdit } from "./package-edit";
import { patchStatusColumn, type ColumnCell } from "../parts/sheet-status";
import { StylesXml } from "../parts/styles";

export type PatchOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Sheet name → worksheet part path, from workbook.xml and its relationships. */
export async function worksheetParts(zip: Pick<ZipPackage, "text">): Promise<Map<string, string>> {
  const workbookXml = (await zip.text("xl/workbook.xml")) ?? "";
  const rels = await readRels(zip, "xl/workbook.xml");
  const parts = new Map<string, string>();
  for (const tag of workbookXml.match(/<sheet\s[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    const name = a.get("name");
    const part = rels.get(a.get("r:id") ?? "");
    if (name !== undefined && part !== undefined) parts.set(name, part);
  }
  return parts;
}

/** Applies the Status writes to `edit`; on { ok: false } nothing usable was written and the caller must fall back. */
export async function patchStatusColumns(
  edit: PackageEdit,
  writes: readonly StatusColumnWrite[],
): Promise<PatchOutcome> {
  if (writes.length === 0) return { ok: true };
  const stylesXml = await edit.text("xl/styles.xml");
  const styles = stylesXml === undefined ? null : StylesXml.parse(stylesXml);
  if (!styles) return { ok: false, reason: "arbetsbokens formatmallar (styles.xml) kan inte läsas" };
  const parts = await worksheetParts(edit);

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
    const xml = path === undefined ? undefined : await edit.text(path);
    if (path === undefined || xml === undefined)
      return { ok: false, reason: `bladet ${write.sheet} hittas inte i filen` };
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

/** Which worksheet a package part belongs to (its drawing, its chart…), so a refusal can name the sheet. */
import { readRels } from "../parts/relationships";
import { WORKBOOK_PATH, WorkbookPart } from "../parts/workbook";
import type { ZipPackage } from "../zip/reader";

export interface PartSheets {
  /** The sheet name for a part reachable from a worksheet; null for workbook-level parts. */
  sheetOf(path: string): string | null;
}

export async function mapPartsToSheets(zip: ZipPackage): Promise<PartSheets> {
  const owner = new Map<string, string>();
  const workbookXml = await zip.text(WORKBOOK_PATH);
  const workbookRels = await readRels(zip, WORKBOOK_PATH);
  const sheets = workbookXml === undefined ? [] : WorkbookPart.parse(workbookXml).sheets();

  for (const { name, rId } of sheets) {
    const part = workbookRels.get(rId);
    if (part === undefined) continue;
    // Follow relationships two levels down: sheet → drawing → chart, sheet → pivot table → cache.
    let frontier = [part];
    for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const p of frontier) {
        if (owner.has(p)) continue;
        owner.set(p, name);
        next.push(...(await readRels(zip, p)).values());
      }
      frontier = next;
    }
  }
  return { sheetOf: (path) => owner.get(path) ?? null };
}

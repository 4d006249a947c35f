/** Which worksheet a package part belongs to (its drawing, its chart…), so a refusal can name the sheet. */
import { xmlAttributes } from "../xml/text";
import type { ZipPackage } from "../zip/reader";

export interface PartSheets {
  /** The sheet name for a part reachable from a worksheet; null for workbook-level parts. */
  sheetOf(path: string): string | null;
}

export async function mapPartsToSheets(zip: ZipPackage): Promise<PartSheets> {
  const owner = new Map<string, string>();
  const workbookXml = (await zip.text("xl/workbook.xml")) ?? "";
  const workbookRels = await readRels(zip, "xl/workbook.xml");

  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const attributes = xmlAttributes(tag);
    const name = attributes.get("name");
    const rid = [...attributes].find(([key]) => key === "r:id" || key.endsWith(":id"))?.[1];
    const part = rid ? workbookRels.get(rid) : undefined;
    if (name === undefined || part === undefined) continue;
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

/** Relationship id → resolved package path, for the part at `path`. External targets are left out. */
export async function readRels(zip: Pick<ZipPackage, "text">, path: string): Promise<Map<string, string>> {
  const xml = await zip.text(relsPathOf(path));
  const rels = new Map<string, string>();
  if (!xml) return rels;
  const dir = path.slice(0, path.lastIndexOf("/") + 1);
  for (const tag of xml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const a = xmlAttributes(tag);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id === undefined || target === undefined || a.get("TargetMode") === "External") continue;
    rels.set(id, resolvePartPath(dir, target));
  }
  return rels;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

function resolvePartPath(dir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

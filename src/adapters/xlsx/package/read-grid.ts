/**
 * The engine's grid read straight from the package's XML, without building ExcelJS's object model: for a 100k-row
 * sheet that is several times faster and a fraction of the memory. It reports exactly what `exceljs/read-grid.ts`
 * reports through ExcelJS (a differential test holds the two together), including ExcelJS's readings that the rest
 * of the code relies on: the built-in number formats by id, `_xHHHH_` escapes decoded, inner cells of a merge empty.
 *
 * Returns null for a package it does not understand (no workbook part, a sheet part missing, a part that is not
 * namespace-well-formed or binds SpreadsheetML in a way the text readers cannot follow); the caller then reads
 * through ExcelJS, which also gives the clear error for a damaged file.
 */
import type { SheetGrid, WorkbookGrid } from "../../../domain/grid";
import { readRelationships } from "../parts/relationships";
import { readSheet } from "../parts/sheet-read";
import { parseSharedStrings } from "../parts/shared-strings";
import { parseCellFormats, parseCellLooks } from "../parts/styles";
import { WORKBOOK_PATH, WorkbookPart } from "../parts/workbook";
import { withDefaultMainNamespace } from "../xml/prefixes";
import type { ZipPackage } from "../zip/reader";

export async function readGridFromPackage(zip: Pick<ZipPackage, "text">): Promise<WorkbookGrid | null> {
  try {
    return await readGrid(zip);
  } catch {
    // Not XML these readers take (the tree reader throws on anything not namespace-well-formed): ExcelJS decides.
    return null;
  }
}

async function readGrid(zip: Pick<ZipPackage, "text">): Promise<WorkbookGrid | null> {
  // The workbook part is where the package's root relationships say; the readers below assume Excel's xl/ layout.
  const root = await readRelationships(zip, "");
  if (!root.some((r) => r.part === WORKBOOK_PATH)) return null;
  const workbookXml = await zip.text(WORKBOOK_PATH);
  if (workbookXml === undefined) return null;
  const workbook = WorkbookPart.parse(workbookXml);
  const rels = new Map((await readRelationships(zip, WORKBOOK_PATH)).map((r) => [r.id, r]));
  // Found by relationship type: not every program names them xl/sharedStrings.xml and xl/styles.xml.
  const partOfType = async (type: string): Promise<string | null | undefined> => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(type) && r.part !== null);
    if (!rel?.part) return null;
    const xml = await zip.text(rel.part);
    return xml === undefined ? undefined : withDefaultMainNamespace(xml);
  };
  const stringsXml = await partOfType("/sharedStrings");
  const stylesXml = await partOfType("/styles");
  // A part the workbook names but the package lacks: a damaged file, for ExcelJS to report.
  if (stringsXml === undefined || stylesXml === undefined) return null;
  const strings = parseSharedStrings(stringsXml ?? "");
  const formats = parseCellFormats(stylesXml ?? "");
  const looks = parseCellLooks(stylesXml ?? "");

  const sheets: SheetGrid[] = [];
  for (const sheet of workbook.sheets()) {
    const rel = rels.get(sheet.rId);
    // Chart sheets and dialog sheets hold no cells; ExcelJS leaves them out too.
    if (!rel?.part || !rel.type.endsWith("/worksheet")) continue;
    const raw = await zip.text(rel.part);
    const xml = raw === undefined ? null : withDefaultMainNamespace(raw);
    if (xml === null) return null;
    sheets.push(readSheet(sheet.name, xml, { strings, formats, date1904: workbook.date1904, looks }));
  }
  return { sheets };
}

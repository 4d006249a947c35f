/**
 * Executes a SummarySheetsChange on the package: the generated sheets of the earlier run are removed (with their tables,
 * print titles and relationships), the new ones are added after the user's sheets with Översikt first, and the very
 * hidden registry last. The user's sheets, names and parts are not touched; defined names local to a sheet follow
 * it when sheets before it are removed, and the tab the user was on stays active.
 */
import { formatA1 } from "../../../domain/address/a1";
import { TEXT_FORMAT, type SummarySheetsChange } from "../../../domain/summary/types";
import { AppPropsPart } from "../parts/app-props";
import { CONTENT_TYPES_PATH, ContentTypesPart, TABLE_TYPE, WORKSHEET_TYPE } from "../parts/content-types";
import { readRelationships, readRels, RelationshipsPart, relationshipsXml, relsPathOf } from "../parts/relationships";
import { CHART_CONTENT_TYPE, chartDrawingXml, DRAWING_CONTENT_TYPE, pieChartXml } from "../parts/chart";
import { summarySheetXml } from "../parts/sheet-summary";
import { StylesXml } from "../parts/styles";
import { TableNames } from "../parts/table-names";
import { nameKey, WORKBOOK_PATH, WorkbookPart, type SheetEntry, type WorkbookSheet } from "../parts/workbook";
import { escapeCellText } from "../xml/escape";
import { MAIN_NS, OFFICE_REL_NS, relType, XML_DECLARATION } from "../xml/namespaces";
import { withDefaultMainNamespace } from "../xml/prefixes";
import { attributeValue, parseXml } from "../xml/tree";
import type { PackageEdit } from "./package-edit";

const STYLES_PATH = "xl/styles.xml";

export type SummaryOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export async function writeSummarySheetsToPackage(
  edit: PackageEdit,
  change: SummarySheetsChange,
): Promise<SummaryOutcome> {
  const workbookXml = await edit.text(WORKBOOK_PATH);
  const stylesRaw = await edit.text(STYLES_PATH);
  const stylesXml = stylesRaw === undefined ? null : withDefaultMainNamespace(stylesRaw);
  const styles = stylesXml === null ? null : StylesXml.parse(stylesXml);
  if (workbookXml === undefined || !styles) {
    return { ok: false, reason: "arbetsboken (workbook.xml eller styles.xml) kan inte läsas" };
  }
  let workbook: WorkbookPart;
  try {
    workbook = WorkbookPart.parse(workbookXml);
  } catch (error) {
    return { ok: false, reason: `arbetsbokens workbook.xml kan inte läsas (${errorText(error)})` };
  }
  const before = workbook.sheets();
  const activeName = before[workbook.activeTab]?.name;

  // 1. The generated sheets of the earlier run go, with their parts.
  const replaced = change.sheets.flatMap((s) => (s.replaces === null ? [] : [s.replaces]));
  const registry = change.registry.replaces === null ? [] : [change.registry.replaces];
  const removeKeys = new Set([...change.remove, ...replaced, ...registry].map(nameKey));
  const workbookRels = await readRels(edit, WORKBOOK_PATH);
  const kept: WorkbookSheet[] = [];
  try {
    for (const entry of before) {
      if (!removeKeys.has(nameKey(entry.name))) {
        kept.push(entry);
        continue;
      }
      const part = workbookRels.get(entry.rId);
      if (part !== undefined) await removeSheetPart(edit, part);
    }
  } catch (error) {
    return { ok: false, reason: `paketets relationer eller innehållstyper kan inte läsas (${errorText(error)})` };
  }

  // 2. The new sheets, after the user's.
  let rels: RelationshipsPart;
  let types: ContentTypesPart;
  try {
    const relsXml = await edit.text(relsPathOf(WORKBOOK_PATH));
    rels =
      relsXml === undefined ? RelationshipsPart.empty(WORKBOOK_PATH) : RelationshipsPart.parse(relsXml, WORKBOOK_PATH);
    const typesXml = await edit.text(CONTENT_TYPES_PATH);
    if (typesXml === undefined) return { ok: false, reason: `${CONTENT_TYPES_PATH} saknas` };
    types = ContentTypesPart.parse(typesXml);
  } catch (error) {
    return { ok: false, reason: `paketets relationer eller innehållstyper kan inte läsas (${errorText(error)})` };
  }
  // Every Id in use, external targets included.
  const relIds = new Ids(
    rels.list().map((r) => r.id),
    "rId",
  );
  const sheetIds = new Ids(
    kept.map((e) => e.sheetId),
    "",
  );
  const existingTables = await existingTableParts(edit);
  const tableIds = new Ids(
    existingTables.map((t) => t.id),
    "",
  );
  const tableNames = new TableNames([
    ...existingTables.map((t) => t.name),
    ...workbook.definedNames().map((n) => n.name),
  ]);
  const free = new FreePaths(edit);
  const added: SheetEntry[] = [];
  const printTitles: { sheet: number; formula: string }[] = [];
  for (const { sheet } of change.sheets) {
    const part = free.take("xl/worksheets/sheet", ".xml");
    const table = sheet.table ? free.take("xl/tables/table", ".xml") : null;
    const sheetRels: [string, string, string][] = [];
    let drawingRelId: string | null = null;
    if (sheet.chart) {
      // The pie as a DrawingML chart: sheet → drawing → chart, each part numbered like the sheets.
      const drawing = free.take("xl/drawings/drawing", ".xml");
      const chart = free.take("xl/charts/chart", ".xml");
      drawingRelId = table ? "rId2" : "rId1";
      edit.setText(chart, pieChartXml(sheet.chart, sheet.name));
      edit.setText(drawing, chartDrawingXml(sheet.chart, "rId1"));
      edit.setText(relsPathOf(drawing), relationshipsXml([["rId1", relType("chart"), `../charts/${basename(chart)}`]]));
      types.addOverride(drawing, DRAWING_CONTENT_TYPE);
      types.addOverride(chart, CHART_CONTENT_TYPE);
      sheetRels.push([drawingRelId, relType("drawing"), `../drawings/${basename(drawing)}`]);
    }
    const { sheetXml, tableXml } = summarySheetXml(sheet, styles, {
      tableRelId: "rId1",
      tableId: tableIds.nextNumber(),
      tableName: sheet.table ? tableNames.claim(sheet.table.name) : "",
      drawingRelId,
    });
    edit.setText(part, sheetXml, { wholeFromWriter: true });
    types.addOverride(part, WORKSHEET_TYPE);
    if (table !== null && tableXml !== null) {
      edit.setText(table, tableXml);
      types.addOverride(table, TABLE_TYPE);
      sheetRels.unshift(["rId1", relType("table"), `../tables/${basename(table)}`]);
    }
    if (sheetRels.length > 0) edit.setText(relsPathOf(part), relationshipsXml(sheetRels));
    const rId = relIds.next();
    rels.add(rId, relType("worksheet"), `worksheets/${basename(part)}`);
    added.push({ add: { name: sheet.name, sheetId: sheetIds.nextNumber(), rId } });
    if (sheet.print.titleRows) {
      const { first, last } = sheet.print.titleRows;
      const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
      printTitles.push({ sheet: kept.length + added.length - 1, formula: `${quoted}!$${first + 1}:$${last + 1}` });
    }
  }
  const registryPart = free.take("xl/worksheets/sheet", ".xml");
  edit.setText(
    registryPart,
    registrySheetXml(change.registry.values, styles.xfFor({ numFmt: TEXT_FORMAT, style: {} })),
  );
  types.addOverride(registryPart, WORKSHEET_TYPE);
  const registryRel = relIds.next();
  rels.add(registryRel, relType("worksheet"), `worksheets/${basename(registryPart)}`);
  added.push({
    add: { name: change.registry.name, sheetId: sheetIds.nextNumber(), rId: registryRel, veryHidden: true },
  });

  // 3. workbook.xml, its relationships, the content types, the styles, the document properties.
  workbook.setSheets([...kept.map((k) => ({ kept: k })), ...added], printTitles, activeName);
  edit.setText(WORKBOOK_PATH, workbook.toXml());
  edit.setText(relsPathOf(WORKBOOK_PATH), rels.toXml());
  edit.setText(CONTENT_TYPES_PATH, types.toXml());
  if (styles.changed) edit.setText(STYLES_PATH, styles.toXml());
  await updateAppProps(
    edit,
    before.map((s) => s.name),
    workbook.sheets().map((s) => s.name),
  );
  return { ok: true };
}

/**
 * docProps/app.xml lists the sheets; brought in line with the new list (see parts/app-props.ts). A part that cannot be
 * read is dropped with its relationship: it is optional, and Excel writes a new one on its next save.
 */
async function updateAppProps(edit: PackageEdit, before: readonly string[], after: readonly string[]): Promise<void> {
  const path = (await readRelationships(edit, "")).find((r) => r.type.endsWith("/extended-properties"))?.part;
  const xml = path === undefined || path === null ? undefined : await edit.text(path);
  if (path === undefined || path === null || xml === undefined) return;
  let props: AppPropsPart;
  try {
    props = AppPropsPart.parse(xml);
  } catch {
    await edit.removePart(path, [""]);
    return;
  }
  if (props.update(before, after)) edit.setText(path, props.toXml());
}

/**
 * The part, its relationships file, the tables it owns and its drawings with their charts (and the parts a chart
 * owns: the style and colour parts Excel adds when a chart is edited); their content types and the workbook's link.
 * Only generated sheets are removed, so only charts this add-in made go.
 */
async function removeSheetPart(edit: PackageEdit, part: string): Promise<void> {
  const owned = await readRels(edit, part);
  for (const target of owned.values()) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(target)) await edit.removePart(target, []);
    if (/^xl\/drawings\/[^/]+\.xml$/.test(target)) {
      for (const chart of (await readRels(edit, target)).values()) {
        if (!/^xl\/charts\/[^/]+\.xml$/.test(chart)) continue;
        for (const extra of (await readRels(edit, chart)).values()) {
          if (/^xl\/charts\/[^/]+\.xml$/.test(extra)) await edit.removePart(extra, []);
        }
        await edit.removePart(chart, []);
      }
      await edit.removePart(target, []);
    }
  }
  await edit.removePart(part);
}

/** Id and name of every table part in the package (after the earlier run's were removed). */
async function existingTableParts(edit: PackageEdit): Promise<{ id: string; name: string }[]> {
  const out: { id: string; name: string }[] = [];
  for (const path of edit.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const xml = await edit.text(path);
    if (xml === undefined) continue;
    const root = parseXml(xml).root;
    out.push({ id: attributeValue(root, "", "id") ?? "", name: attributeValue(root, "", "name") ?? "" });
    const display = attributeValue(root, "", "displayName");
    if (display !== undefined) out.push({ id: "", name: display });
  }
  return out;
}

/**
 * Allocates numbered identifiers not in use, lowest first: the ids the previous run's sheets freed are taken again,
 * so a second run on its own output writes the same workbook.xml.
 */
class Ids {
  private readonly used = new Set<number>();
  private last = 0;
  constructor(
    existing: Iterable<string>,
    private readonly prefix: string,
  ) {
    for (const id of existing) {
      const n = Number(id.slice(prefix.length));
      if (id.startsWith(prefix) && Number.isInteger(n)) this.used.add(n);
    }
  }
  nextNumber(): number {
    do this.last++;
    while (this.used.has(this.last));
    return this.last;
  }
  next(): string {
    return `${this.prefix}${this.nextNumber()}`;
  }
}

/** Part names "stemN.ext" not in use, in increasing order (a package can hold a thousand generated sheets). */
class FreePaths {
  private readonly next = new Map<string, number>();
  constructor(private readonly edit: PackageEdit) {}

  take(stem: string, ext: string): string {
    for (let n = this.next.get(stem) ?? 1; ; n++) {
      const path = `${stem}${n}${ext}`;
      if (!this.edit.has(path)) {
        this.next.set(stem, n + 1);
        return path;
      }
    }
  }
}

const basename = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

function registrySheetXml(values: readonly (readonly string[])[], xf: number): string {
  const rows = values.map((row, r) => {
    const cells = row.map((text, c) => {
      const ref = formatA1({ row: r, col: c });
      return `<c r="${ref}" s="${xf}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${OFFICE_REL_NS}">` +
    `<sheetData>${rows.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

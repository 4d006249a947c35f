/**
 * Executes a SummaryWritePlan on the package: the generated sheets of the earlier run are removed (with their tables,
 * print titles and relationships), the new ones are added after the user's sheets with Översikt first, and the very
 * hidden registry last. The user's sheets, names and parts are not touched; defined names local to a sheet follow
 * it when sheets before it are removed, and the tab the user was on stays active.
 */
import { cellAddress } from "../../../domain/grid";
import { TEXT_FORMAT, type SummaryWritePlan } from "../../../domain/summary/types";
import { readRels, relsPathOf } from "../parts/relationships";
import { xmlAttributes } from "../xml/text";
import type { PackageEdit } from "./package-edit";
import { StylesXml } from "../parts/styles";
import { summarySheetXml } from "../parts/sheet-summary";
import { escapeCellText, escapeXmlAttribute, escapeXmlText } from "../xml/escape";

const WORKBOOK = "xl/workbook.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export type SummaryOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

interface SheetEntry {
  /** The <sheet …/> element as written. */
  readonly tag: string;
  readonly name: string;
  readonly rId: string;
  readonly visible: boolean;
}

const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

export async function applySummaryPlanToPackage(edit: PackageEdit, plan: SummaryWritePlan): Promise<SummaryOutcome> {
  const workbookXml = await edit.text(WORKBOOK);
  const stylesXml = await edit.text("xl/styles.xml");
  const styles = stylesXml === undefined ? null : StylesXml.parse(stylesXml);
  const sheetsBlock = workbookXml === undefined ? null : /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml);
  if (!workbookXml || !sheetsBlock || !styles) {
    return { ok: false, reason: "arbetsboken (workbook.xml eller styles.xml) kan inte läsas" };
  }
  const before = parseSheets(sheetsBlock[1] ?? "");
  const activeName = before[activeTab(workbookXml)]?.name;

  // 1. The generated sheets of the earlier run go, with their parts.
  const replaced = plan.sheets.flatMap((s) => (s.replaces === null ? [] : [s.replaces]));
  const registry = plan.registry.replaces === null ? [] : [plan.registry.replaces];
  const removeKeys = new Set([...plan.remove, ...replaced, ...registry].map(nameKey));
  const workbookRels = await readRels(edit, WORKBOOK);
  const kept: SheetEntry[] = [];
  for (const entry of before) {
    if (!removeKeys.has(nameKey(entry.name))) {
      kept.push(entry);
      continue;
    }
    const part = workbookRels.get(entry.rId);
    if (part !== undefined) await removeSheetPart(edit, part);
  }

  // 2. The new sheets, after the user's.
  // Every Id in use, external targets included (readRels leaves those out).
  const relsXml = (await edit.text(relsPathOf(WORKBOOK))) ?? "";
  const rels = new Ids(
    [...relsXml.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1] ?? ""),
    "rId",
  );
  const sheetIds = new Ids(
    kept.map((e) => xmlAttributes(e.tag).get("sheetId") ?? ""),
    "",
  );
  const tableIds = new Ids(await existingTableIds(edit), "");
  const free = new FreePaths(edit);
  const added: SheetEntry[] = [];
  const printTitles: { name: string; sheet: number; ref: string }[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  for (const { sheet } of plan.sheets) {
    const part = free.take("xl/worksheets/sheet", ".xml");
    const table = sheet.table ? free.take("xl/tables/table", ".xml") : null;
    const { sheetXml, tableXml } = summarySheetXml(sheet, styles, {
      tableRelId: "rId1",
      tableId: tableIds.nextNumber(),
    });
    edit.setText(part, sheetXml);
    newTypes.push(override(part, WORKSHEET_TYPE));
    if (table !== null && tableXml !== null) {
      edit.setText(table, tableXml);
      newTypes.push(override(table, TABLE_TYPE));
      edit.setText(relsPathOf(part), relationships([[`rId1`, "table", `../tables/${basename(table)}`]]));
    }
    const rId = rels.next();
    newRels.push(relationship(rId, "worksheet", `worksheets/${basename(part)}`));
    const tag = `<sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${sheetIds.nextNumber()}" r:id="${rId}"/>`;
    added.push({ tag, name: sheet.name, rId, visible: true });
    if (sheet.print.titleRows) {
      const { first, last } = sheet.print.titleRows;
      printTitles.push({ name: sheet.name, sheet: kept.length + added.length - 1, ref: `$${first + 1}:$${last + 1}` });
    }
  }
  const registryPart = free.take("xl/worksheets/sheet", ".xml");
  edit.setText(registryPart, registrySheetXml(plan.registry.values, styles.xfFor({ numFmt: TEXT_FORMAT, style: {} })));
  newTypes.push(override(registryPart, WORKSHEET_TYPE));
  const registryRel = rels.next();
  newRels.push(relationship(registryRel, "worksheet", `worksheets/${basename(registryPart)}`));
  added.push({
    tag: `<sheet name="${escapeXmlAttribute(plan.registry.name)}" sheetId="${sheetIds.nextNumber()}" state="veryHidden" r:id="${registryRel}"/>`,
    name: plan.registry.name,
    rId: registryRel,
    visible: false,
  });

  // 3. workbook.xml, its relationships, the content types, the styles.
  const after = [...kept, ...added];
  // Replacements are functions throughout: a sheet name or formula may hold "$'" or "$&", which a string would expand.
  let workbook = workbookXml.replace(sheetsBlock[0], () => `<sheets>${after.map((e) => e.tag).join("")}</sheets>`);
  workbook = withDefinedNames(workbook, before, after, printTitles);
  workbook = withActiveTab(workbook, after, activeName);
  edit.setText(WORKBOOK, workbook);
  await appendTo(edit, relsPathOf(WORKBOOK), "</Relationships>", newRels.join(""));
  await appendTo(edit, CONTENT_TYPES, "</Types>", newTypes.join(""));
  if (styles.changed) edit.setText("xl/styles.xml", styles.toXml());
  return { ok: true };
}

function parseSheets(block: string): SheetEntry[] {
  return (block.match(/<sheet\s[^>]*>/g) ?? []).map((tag) => {
    const a = xmlAttributes(tag);
    return {
      tag,
      name: a.get("name") ?? "",
      rId: a.get("r:id") ?? "",
      visible: (a.get("state") ?? "visible") === "visible",
    };
  });
}

function activeTab(workbookXml: string): number {
  const view = /<workbookView\b[^>]*>/.exec(workbookXml)?.[0];
  return Number((view && xmlAttributes(view).get("activeTab")) ?? 0);
}

/** The part, its relationships file and the tables it owns; its content type and the workbook's link to it. */
async function removeSheetPart(edit: PackageEdit, part: string): Promise<void> {
  const owned = await readRels(edit, part);
  for (const target of owned.values()) {
    if (/^xl\/tables\/[^/]+\.xml$/.test(target)) await edit.removePart(target, []);
  }
  await edit.removePart(part);
}

async function existingTableIds(edit: PackageEdit): Promise<string[]> {
  const ids: string[] = [];
  for (const path of edit.paths()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(path)) continue;
    const tag = /<table\b[^>]*>/.exec((await edit.text(path)) ?? "")?.[0];
    if (tag) ids.push(xmlAttributes(tag).get("id") ?? "");
  }
  return ids;
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

function override(path: string, type: string): string {
  return `<Override PartName="/${escapeXmlAttribute(path)}" ContentType="${type}"/>`;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${escapeXmlAttribute(target)}"/>`;
}

function relationships(list: readonly (readonly [string, string, string])[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map(([id, type, target]) => relationship(id, type, target)).join("") +
    "</Relationships>"
  );
}

async function appendTo(edit: PackageEdit, path: string, closing: string, xml: string): Promise<void> {
  if (xml === "") return;
  const text = await edit.text(path);
  if (text === undefined) throw new Error(`${path} saknas i paketet`);
  const at = text.lastIndexOf(closing);
  edit.setText(path, `${text.slice(0, at)}${xml}${text.slice(at)}`);
}

/**
 * Names local to a removed sheet go with it; the others follow their sheet to its new position. Print titles of the
 * new sheets are added.
 */
function withDefinedNames(
  workbook: string,
  before: readonly SheetEntry[],
  after: readonly SheetEntry[],
  printTitles: readonly { name: string; sheet: number; ref: string }[],
): string {
  const block = /<definedNames>([\s\S]*?)<\/definedNames>|<definedNames\/>/.exec(workbook);
  const names = (block?.[1] ?? "").match(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g) ?? [];
  // A kept sheet is the same entry object in both lists; a new sheet may have a removed one's very tag.
  const newIndex = new Map(before.map((e, i) => [i, after.indexOf(e)]));
  const moved: string[] = [];
  for (const name of names) {
    const local = /\slocalSheetId="(\d+)"/.exec(name);
    if (!local) {
      moved.push(name);
      continue;
    }
    const to = newIndex.get(Number(local[1])) ?? -1;
    if (to >= 0) moved.push(name.replace(local[0], ` localSheetId="${to}"`));
  }
  for (const { name, sheet, ref } of printTitles) {
    const quoted = `'${name.replace(/'/g, "''")}'`;
    moved.push(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${sheet}">${escapeXmlText(`${quoted}!${ref}`)}</definedName>`,
    );
  }
  const xml = moved.length === 0 ? "" : `<definedNames>${moved.join("")}</definedNames>`;
  if (block) return workbook.replace(block[0], () => xml);
  // CT_Workbook: definedNames comes after sheets, functionGroups and externalReferences.
  const anchor = /<\/externalReferences>|<\/functionGroups>|<\/sheets>/g;
  let end = -1;
  for (const m of workbook.matchAll(anchor)) end = m.index + m[0].length;
  return `${workbook.slice(0, end)}${xml}${workbook.slice(end)}`;
}

/** Keeps the tab the user was on (a summary they read: its new version); Excel reports a damaged file when it is hidden. */
function withActiveTab(workbook: string, after: readonly SheetEntry[], activeName: string | undefined): string {
  const key = activeName === undefined ? null : nameKey(activeName);
  let index = after.findIndex((e) => nameKey(e.name) === key);
  if (index < 0 || !after[index]?.visible)
    index = Math.max(
      0,
      after.findIndex((e) => e.visible),
    );
  return workbook.replace(/<workbookView\b[^>]*?\/?>/, (view) => {
    const cleaned = view.replace(/\s(activeTab|firstSheet)="[^"]*"/g, "");
    const attribute = index > 0 ? ` activeTab="${index}"` : "";
    return cleaned.replace(/\s*(\/?)>$/, `${attribute}$1>`);
  });
}

function registrySheetXml(values: readonly (readonly string[])[], xf: number): string {
  const rows = values.map((row, r) => {
    const cells = row.map((text, c) => {
      const ref = cellAddress(r, c);
      return `<c r="${ref}" s="${xf}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    `<sheetData>${rows.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/**
 * Which parts of an .xlsx package ExcelJS 4.4 would drop or damage on load + save (see docs/xlsx-limits.md for
 * the experiments behind every rule). The CLI refuses such a workbook rather than silently losing them.
 *
 * Whitelist first: a package part that ExcelJS neither reads nor is known to be harmless to lose is reported,
 * so a feature we have never seen is refused instead of dropped.
 */
import { analyseDefinedNames } from "./defined-names";
import { mapPartsToSheets, type PartSheets } from "./package-map";
import type { ZipPackage } from "../zip/reader";

export interface UnsupportedPart {
  /** Swedish, as it reads in a sentence: "diagram", "pivottabeller", "makron". */
  readonly label: string;
  /** Where it was found: sheet names, defined names or package paths, deduplicated. */
  readonly where: readonly string[];
}

interface PartRule {
  readonly pattern: RegExp;
  readonly label: string;
}

/** Parts ExcelJS reads and writes back. */
const HANDLED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/drawings\/_rels\/vmlDrawing\d+\.vml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/media\/[A-Za-z0-9]+\.[A-Za-z0-9]{3,4}$/,
];

/** Parts ExcelJS drops that Excel rebuilds or that carry nothing the user made. */
const HARMLESS: readonly RegExp[] = [
  /^xl\/calcChain\.xml$/, // Excel rebuilds the calculation chain on open
  /^xl\/printerSettings\//, // driver blobs; the page setup itself lives in the sheet and survives
  /^docProps\/thumbnail\.\w+$/, // preview picture, regenerated on the next save in Excel
];

const LOST: readonly PartRule[] = [
  { pattern: /^xl\/charts\//, label: "diagram" },
  { pattern: /^xl\/chartsheets\//, label: "diagramblad" },
  { pattern: /^xl\/diagrams\//, label: "SmartArt-grafik" },
  { pattern: /^xl\/(pivotTables|pivotCache)\//, label: "pivottabeller" },
  { pattern: /^xl\/(vbaProject\.bin|vbaProjectSignature|macrosheets\/|dialogsheets\/)/, label: "makron" },
  { pattern: /^xl\/(slicers|slicerCaches)\//, label: "utsnitt" },
  { pattern: /^xl\/(timelines|timelineCaches)\//, label: "tidslinjer" },
  { pattern: /^xl\/externalLinks\//, label: "länkar till andra arbetsböcker" },
  { pattern: /^xl\/ctrlProps\//, label: "formulärkontroller" },
  { pattern: /^xl\/activeX\//, label: "ActiveX-kontroller" },
  { pattern: /^xl\/embeddings\//, label: "inbäddade objekt" },
  { pattern: /^xl\/(threadedComments|persons)\//, label: "trådade kommentarer" },
  { pattern: /^xl\/model\//, label: "datamodell (Power Pivot)" },
  { pattern: /^xl\/(connections\.xml|queryTables\/)/, label: "dataanslutningar och frågor" },
  { pattern: /^xl\/richData\//, label: "datatyper eller bilder i celler" },
  { pattern: /^xl\/metadata\.xml$/, label: "dynamiska matrisformler" },
  { pattern: /^xl\/webextensions\//, label: "Office-tillägg sparade i arbetsboken" },
  { pattern: /^xl\/ink\//, label: "pennanteckningar" },
  { pattern: /^customXml\//, label: "anpassade XML-data (t.ex. SharePoint-egenskaper)" },
  { pattern: /^docProps\/custom\.xml$/, label: "anpassade dokumentegenskaper (t.ex. känslighetsetikett)" },
  { pattern: /^docMetadata\//, label: "känslighetsetikett" },
  { pattern: /^xl\/worksheets\/[^/]+\.xml$/, label: "kalkylblad som inte kan läsas" },
];

/** Top-level worksheet elements ExcelJS does not read, where losing them loses something the user set. */
const LOST_SHEET_ELEMENTS: readonly (readonly [string, string])[] = [
  ["protectedRanges", "områden som får redigeras i skyddat blad"],
  ["scenarios", "scenarier"],
  ["dataConsolidate", "konsolidering"],
  ["customSheetViews", "anpassade vyer"],
  ["colBreaks", "sidbrytningar mellan kolumner"],
  ["customProperties", "anpassade bladegenskaper"],
  ["oleObjects", "inbäddade objekt"],
  ["controls", "formulärkontroller"],
  ["legacyDrawingHF", "bilder i sidhuvud eller sidfot"],
  ["AlternateContent", "formulärkontroller eller inbäddade objekt"],
];

/** Worksheet extensions (extLst) by URI; ExcelJS keeps only conditional formats, checked rule by rule below. */
const SHEET_EXTENSIONS: Readonly<Record<string, string>> = {
  "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}": "miniatyrdiagram (sparklines)",
  "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}": "dataverifieringar som hänvisar till andra blad",
  "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}": "utsnitt",
  "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}": "utsnitt",
  "{7E03D99C-DC04-49d9-9315-930204A7B6E9}": "tidslinjer",
  "{F7C9EE02-42E1-4005-9D12-6889AFFD525C}": "Office-tillägg sparade i arbetsboken",
};
const CONDITIONAL_FORMATTING_EXTENSION = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
/** Of the Excel 2010 conditional formats, ExcelJS writes back icon sets intact; data bars lose their settings. */
const KEPT_EXTENDED_RULE_TYPES = new Set(["iconSet"]);

export async function findUnsupportedParts(zip: ZipPackage): Promise<UnsupportedPart[]> {
  const found = new Findings();
  const paths = zip.paths;
  const sheets = await mapPartsToSheets(zip);

  for (const path of paths) {
    if (HANDLED.some((p) => p.test(path)) || HARMLESS.some((p) => p.test(path))) continue;
    const rule = LOST.find((r) => r.pattern.test(path));
    // Parts that only make sense together with a reported one (their _rels, for instance) add nothing new.
    if (rule) found.add(rule.label, sheets.sheetOf(path) ?? path);
    else if (!/(^|\/)_rels\//.test(path)) found.add("andra delar som inte kan sparas", path);
  }

  await inspectWorkbookXml(zip, found);
  await inspectStyles(zip, found);
  for (const path of paths) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) await inspectWorksheet(zip, path, sheets, found);
    else if (/^xl\/drawings\/drawing\d+\.xml$/.test(path)) await inspectDrawing(zip, path, sheets, found);
    else if (/^xl\/drawings\/vmlDrawing\d+\.vml$/.test(path)) await inspectVml(zip, path, sheets, found);
  }
  return found.list();
}

/** "diagram, pivottabeller och makron" */
export function describeUnsupportedParts(parts: readonly UnsupportedPart[]): string {
  const labels = parts.map((p) => (p.where.length > 0 ? `${p.label} (${abbreviate(p.where)})` : p.label));
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} och ${labels[labels.length - 1] ?? ""}`;
}

function abbreviate(where: readonly string[]): string {
  const shown = where.slice(0, 3).join(", ");
  return where.length > 3 ? `${shown} m.fl.` : shown;
}

async function inspectWorkbookXml(zip: ZipPackage, found: Findings): Promise<void> {
  const xml = await zip.text("xl/workbook.xml");
  if (!xml) return;
  if (hasElement(xml, "workbookProtection")) found.add("skydd av arbetsbokens struktur", null);
  if (hasElement(xml, "fileSharing")) found.add("lösenord för att ändra", null);
  if (hasElement(xml, "customWorkbookViews")) found.add("anpassade vyer", null);
  const lostNames = analyseDefinedNames(xml);
  if (lostNames.length > 0) found.addAll("namn i Namnhanteraren", lostNames);
}

async function inspectStyles(zip: ZipPackage, found: Findings): Promise<void> {
  const xml = await zip.text("xl/styles.xml");
  if (!xml) return;
  if (hasElement(xml, "tableStyle")) found.add("egna tabellformat", null);
  if (hasElement(xml, "indexedColors")) found.add("egen färgpalett", null);
}

async function inspectWorksheet(zip: ZipPackage, path: string, sheets: PartSheets, found: Findings): Promise<void> {
  const xml = await zip.bytes(path);
  if (!xml) return;
  const where = sheets.sheetOf(path) ?? path;
  // sheetData is nearly all of a big sheet: search it as bytes and decode only what lies before and after it.
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.lastIndexOf("</sheetData>");
  const outside =
    dataStart >= 0 && dataEnd > dataStart
      ? xml.toString("utf8", 0, dataStart) + xml.toString("utf8", dataEnd)
      : xml.toString("utf8");
  const lostHere = LOST_SHEET_ELEMENTS.filter(([element]) => hasElement(outside, element));
  for (const [element, label] of lostHere) {
    // mc:AlternateContent usually wraps controls or embedded objects, which are then reported by name already.
    if (element !== "AlternateContent" || lostHere.length === 1) found.add(label, where);
  }
  // What-if data tables: ExcelJS writes their formula back as an empty <f/>.
  if (xml.includes('t="dataTable"')) found.add("datatabeller (konsekvensanalys)", where);
  // A data bar's own <extLst> inside <conditionalFormatting> only links to the sheet-level extension checked below.
  inspectSheetExtensions(
    outside.replace(/<conditionalFormatting[\s>][\s\S]*?<\/conditionalFormatting>/g, ""),
    where,
    found,
  );
}

function inspectSheetExtensions(xml: string, where: string, found: Findings): void {
  for (const ext of xml.matchAll(/<(?:\w+:)?ext\s[^>]*uri="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?ext>/g)) {
    const uri = ext[1] ?? "";
    if (uri.toUpperCase() === CONDITIONAL_FORMATTING_EXTENSION.toUpperCase()) {
      for (const rule of (ext[2] ?? "").matchAll(/<(?:\w+:)?cfRule\s[^>]*type="(\w+)"/g)) {
        if (!KEPT_EXTENDED_RULE_TYPES.has(rule[1] ?? "")) {
          found.add("villkorsstyrd formatering av nyare typ (t.ex. datastaplar)", where);
        }
      }
      continue;
    }
    const known = Object.entries(SHEET_EXTENSIONS).find(([u]) => u.toUpperCase() === uri.toUpperCase());
    found.add(known?.[1] ?? "Excel-tillägg i bladet (extLst)", where);
  }
}

async function inspectDrawing(zip: ZipPackage, path: string, sheets: PartSheets, found: Findings): Promise<void> {
  const xml = await zip.text(path);
  if (!xml) return;
  const where = sheets.sheetOf(path) ?? path;
  // ExcelJS keeps pictures (xdr:pic) and drops every other kind of anchored object.
  if (hasElement(xml, "graphicFrame")) found.add("diagram", where);
  if (["sp", "grpSp", "cxnSp", "AlternateContent", "absoluteAnchor"].some((e) => hasElement(xml, e))) {
    found.add("former och textrutor", where);
  }
  if (hasElement(xml, "contentPart")) found.add("pennanteckningar", where);
}

async function inspectVml(zip: ZipPackage, path: string, sheets: PartSheets, found: Findings): Promise<void> {
  const xml = await zip.text(path);
  if (!xml) return;
  // Legacy VML holds the notes ExcelJS rewrites, and also old-style buttons and check boxes, which it drops.
  for (const m of xml.matchAll(/ObjectType="(\w+)"/g)) {
    if (m[1] !== "Note") found.add("formulärkontroller", sheets.sheetOf(path) ?? path);
  }
}

function hasElement(xml: string, localName: string): boolean {
  return new RegExp(`<(?:\\w+:)?${localName}[\\s/>]`).test(xml);
}

class Findings {
  private readonly byLabel = new Map<string, Set<string>>();

  add(label: string, where: string | null): void {
    let set = this.byLabel.get(label);
    if (!set) this.byLabel.set(label, (set = new Set()));
    if (where !== null) set.add(where);
  }

  addAll(label: string, where: readonly string[]): void {
    for (const w of where) this.add(label, w);
  }

  list(): UnsupportedPart[] {
    return [...this.byLabel].map(([label, where]) => ({ label, where: [...where] }));
  }
}

/**
 * `docProps/app.xml` (extended properties): its HeadingPairs/TitlesOfParts list the workbook's sheets by group
 * ("Worksheets"/"Kalkylblad", then named ranges…), in the display language of the Excel that saved it. After sheets
 * are added or removed the worksheet group is rewritten to the new list. When the groups cannot be matched to the
 * workbook (no group lists exactly the old worksheets, or another group names a sheet that comes or goes), both
 * elements are dropped instead: they are optional (CT_Properties), Excel rebuilds them on its next save, and
 * LibreOffice never writes them, whereas a wrong list is what a strict reader reports.
 */
import { EXTENDED_PROPERTIES_NS, VT_NS } from "../xml/namespaces";
import {
  childElements,
  createElement,
  firstChild,
  parseXml,
  serializeXml,
  setAttribute,
  textContent,
  type XmlDocument,
  type XmlElement,
} from "../xml/tree";

export const APP_PROPS_PATH = "docProps/app.xml";

interface Group {
  readonly label: XmlElement;
  readonly count: XmlElement;
  readonly titles: XmlElement[];
}

export class AppPropsPart {
  private constructor(private readonly doc: XmlDocument) {}

  static parse(xml: string): AppPropsPart {
    const doc = parseXml(xml);
    if (doc.root.ns !== EXTENDED_PROPERTIES_NS || doc.root.local !== "Properties")
      throw new Error(`${APP_PROPS_PATH} är inga dokumentegenskaper`);
    return new AppPropsPart(doc);
  }

  /** The worksheet titles as listed, all groups together (for tests and inspection). */
  titles(): string[] {
    const vector = this.vector("TitlesOfParts");
    return vector ? childElements(vector, VT_NS, "lpstr").map(textContent) : [];
  }

  /**
   * Brings the lists in line with a workbook whose sheets were `before` and are now `after` (names, in tab order).
   * Returns false when nothing needed to change.
   */
  update(before: readonly string[], after: readonly string[]): boolean {
    const headings = this.vector("HeadingPairs");
    const titlesVector = this.vector("TitlesOfParts");
    if (!headings && !titlesVector) return false;
    const groups = headings && titlesVector ? readGroups(headings, titlesVector) : null;
    const beforeSet = new Set(before);
    const afterSet = new Set(after);
    const changed = new Set([...before.filter((n) => !afterSet.has(n)), ...after.filter((n) => !beforeSet.has(n))]);
    if (changed.size === 0) return false;
    const sheetGroup = groups?.find((g) => isSubsequence(g.titles.map(textContent), before) && g.titles.length > 0);
    const othersMention = (groups ?? []).some(
      (g) => g !== sheetGroup && g.titles.some((t) => mentionsAny(textContent(t), changed)),
    );
    if (!groups || !sheetGroup || othersMention || !titlesVector) {
      this.dropLists();
      return true;
    }
    const listed = new Set(sheetGroup.titles.map(textContent));
    const names = after.filter((n) => listed.has(n) || !beforeSet.has(n));
    const replacement = names.map((name) => {
      const e = createElement(titlesVector, VT_NS, "lpstr");
      e.children.push({ kind: "text", text: name });
      return e;
    });
    const first = titlesVector.children.indexOf(sheetGroup.titles[0] as XmlElement);
    const dropped = new Set<unknown>(sheetGroup.titles);
    const kept = titlesVector.children.filter((c) => !dropped.has(c));
    kept.splice(first, 0, ...replacement);
    titlesVector.children = kept;
    setAttribute(titlesVector, "", "size", String(childElements(titlesVector, VT_NS, "lpstr").length));
    sheetGroup.count.children = [{ kind: "text", text: String(names.length) }];
    return true;
  }

  private vector(element: string): XmlElement | undefined {
    const holder = firstChild(this.doc.root, EXTENDED_PROPERTIES_NS, element);
    return holder && firstChild(holder, VT_NS, "vector");
  }

  private dropLists(): void {
    this.doc.root.children = this.doc.root.children.filter(
      (c) =>
        c.kind !== "element" ||
        c.ns !== EXTENDED_PROPERTIES_NS ||
        (c.local !== "HeadingPairs" && c.local !== "TitlesOfParts"),
    );
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

/** Pairs of (label, count) variants, each count taking the next titles in order; null when they do not add up. */
function readGroups(headings: XmlElement, titlesVector: XmlElement): Group[] | null {
  const variants = childElements(headings, VT_NS, "variant");
  const titles = childElements(titlesVector, VT_NS, "lpstr");
  if (variants.length % 2 !== 0 || titles.length !== childElements(titlesVector).length) return null;
  const groups: Group[] = [];
  let at = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const label = variants[i] && firstChild(variants[i] as XmlElement, VT_NS, "lpstr");
    const count = variants[i + 1] && (childElements(variants[i + 1] as XmlElement)[0] as XmlElement | undefined);
    const n = count ? Number(textContent(count)) : NaN;
    if (!label || !count || !Number.isInteger(n) || n < 0 || at + n > titles.length) return null;
    groups.push({ label, count, titles: titles.slice(at, at + n) });
    at += n;
  }
  return at === titles.length ? groups : null;
}

function isSubsequence(items: readonly string[], of: readonly string[]): boolean {
  let j = 0;
  for (const item of items) {
    while (j < of.length && of[j] !== item) j++;
    if (j === of.length) return false;
    j++;
  }
  return true;
}

/** A named-range title such as "'Översikt'!Print_Titles" or "Plan!Data". */
function mentionsAny(title: string, sheets: ReadonlySet<string>): boolean {
  const bang = title.lastIndexOf("!");
  if (bang < 0) return false;
  let sheet = title.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return sheets.has(sheet);
}

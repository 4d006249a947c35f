/**
 * `xl/workbook.xml`: its sheets, defined names and active tab, read and edited by the parsed, namespace-aware
 * structure (SheetJS's 72_wbxml and ExcelJS's workbook xform hold both directions in one place too). An openpyxl
 * workbook binds `xmlns:r` on every <sheet>; a new <sheet> then declares the prefix itself, as openpyxl does.
 */
import { MAIN_NS, OFFICE_REL_NS } from "../xml/namespaces";
import {
  attributeValue,
  childElements,
  createElement,
  firstChild,
  parseXml,
  removeAttribute,
  serializeXml,
  setAttribute,
  textContent,
  type XmlDocument,
  type XmlElement,
  type XmlNode,
} from "../xml/tree";

export const WORKBOOK_PATH = "xl/workbook.xml";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: string;
  /** The relationship id (`r:id`, whatever its prefix). */
  readonly rId: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
}

export interface DefinedName {
  readonly name: string;
  /** 0-based index of the sheet the name is local to; null for a workbook-wide name. */
  readonly localSheetId: number | null;
  readonly formula: string;
}

/** CT_Workbook's children in schema order: a new child goes in its place. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** A sheet entry of an edited workbook: one kept from the file, or a new one. */
export type SheetEntry =
  | { readonly kept: WorkbookSheet }
  | {
      readonly add: {
        readonly name: string;
        readonly sheetId: number;
        readonly rId: string;
        readonly veryHidden?: boolean;
      };
    };

export class WorkbookPart {
  private constructor(
    private readonly doc: XmlDocument,
    private readonly sheetsElement: XmlElement,
  ) {}

  private get sheetElements(): XmlElement[] {
    return childElements(this.sheetsElement, MAIN_NS, "sheet");
  }

  /** Throws when the part is not a transitional SpreadsheetML workbook that parses as namespace-well-formed XML. */
  static parse(xml: string): WorkbookPart {
    const doc = parseXml(xml);
    if (doc.root.ns !== MAIN_NS || doc.root.local !== "workbook") throw new Error("workbook.xml är ingen arbetsbok");
    const sheets = firstChild(doc.root, MAIN_NS, "sheets");
    if (!sheets) throw new Error("workbook.xml saknar <sheets>");
    return new WorkbookPart(doc, sheets);
  }

  sheets(): WorkbookSheet[] {
    return this.sheetElements.map(sheetOf);
  }

  get date1904(): boolean {
    const pr = firstChild(this.doc.root, MAIN_NS, "workbookPr");
    const v = pr && attributeValue(pr, "", "date1904");
    return v === "1" || v === "true";
  }

  /** The 0-based tab the workbook opens on. */
  get activeTab(): number {
    const view = this.workbookView();
    return Number((view && attributeValue(view, "", "activeTab")) ?? 0) || 0;
  }

  definedNames(): DefinedName[] {
    const block = firstChild(this.doc.root, MAIN_NS, "definedNames");
    if (!block) return [];
    return childElements(block, MAIN_NS, "definedName").map((e) => {
      const local = attributeValue(e, "", "localSheetId");
      return {
        name: attributeValue(e, "", "name") ?? "",
        localSheetId: local === undefined ? null : Number(local),
        formula: textContent(e),
      };
    });
  }

  /**
   * Replaces the sheet list: kept sheets keep their element as written (and its namespace declarations), new ones
   * are created in the list's namespace with `r:id` under a prefix bound where it stands. Names local to a sheet
   * follow it to its new position, names of a removed sheet go, `printTitles` are added for new sheets, and the
   * active tab is the sheet named `activeName` when it is still there and visible, else the first visible sheet.
   */
  setSheets(
    entries: readonly SheetEntry[],
    printTitles: readonly { readonly sheet: number; readonly formula: string }[],
    activeName: string | undefined,
  ): void {
    const byRid = new Map(this.sheetElements.map((e) => [sheetOf(e).rId, e]));
    const oldIndex = new Map(this.sheetElements.map((e, i) => [e, i]));
    const elements = entries.map((entry) => {
      if ("kept" in entry) {
        const element = byRid.get(entry.kept.rId);
        if (!element) throw new Error(`bladet ${entry.kept.name} finns inte i workbook.xml`);
        return element;
      }
      const { name, sheetId, rId, veryHidden } = entry.add;
      const attributes: [string, string, string][] = [
        ["", "name", name],
        ["", "sheetId", String(sheetId)],
      ];
      if (veryHidden) attributes.push(["", "state", "veryHidden"]);
      attributes.push([OFFICE_REL_NS, "id", rId]);
      return createElement(this.sheetsElement, MAIN_NS, "sheet", attributes, { [OFFICE_REL_NS]: "r" });
    });
    // Whitespace and comments between the old entries go; the list is written compactly, as Excel writes it.
    this.sheetsElement.children = elements;

    const newIndex = new Map<number, number>();
    elements.forEach((e, i) => {
      const old = oldIndex.get(e);
      if (old !== undefined) newIndex.set(old, i);
    });
    this.moveDefinedNames(newIndex, printTitles);
    this.setActiveTab(elements, activeName);
  }

  private moveDefinedNames(
    newIndex: ReadonlyMap<number, number>,
    printTitles: readonly { readonly sheet: number; readonly formula: string }[],
  ): void {
    let block = firstChild(this.doc.root, MAIN_NS, "definedNames");
    if (block) {
      block.children = block.children.filter((c) => {
        if (c.kind !== "element" || c.ns !== MAIN_NS || c.local !== "definedName") return true;
        const local = attributeValue(c, "", "localSheetId");
        if (local === undefined) return true;
        const to = newIndex.get(Number(local));
        if (to === undefined) return false;
        setAttribute(c, "", "localSheetId", String(to));
        return true;
      });
    }
    if (printTitles.length > 0) {
      if (!block) {
        block = createElement(this.doc.root, MAIN_NS, "definedNames");
        insertInOrder(this.doc.root, block, WORKBOOK_ORDER);
      }
      for (const { sheet, formula } of printTitles) {
        const name = createElement(block, MAIN_NS, "definedName", [
          ["", "name", "_xlnm.Print_Titles"],
          ["", "localSheetId", String(sheet)],
        ]);
        name.children.push({ kind: "text", text: formula });
        block.children.push(name);
      }
    }
    // CT_DefinedNames may not be empty... it may, but Excel never writes one; drop it rather than leave it.
    if (block && childElements(block).length === 0) {
      this.doc.root.children = this.doc.root.children.filter((c) => c !== block);
    }
  }

  /** Excel reports a damaged file when the active tab is hidden. */
  private setActiveTab(elements: readonly XmlElement[], activeName: string | undefined): void {
    const view = this.workbookView();
    if (!view) return;
    const key = activeName === undefined ? null : nameKey(activeName);
    const sheets = elements.map(sheetOf);
    let index = sheets.findIndex((s) => nameKey(s.name) === key);
    if (index < 0 || sheets[index]?.state !== "visible")
      index = Math.max(
        0,
        sheets.findIndex((s) => s.state === "visible"),
      );
    removeAttribute(view, "", "activeTab");
    removeAttribute(view, "", "firstSheet");
    if (index > 0) setAttribute(view, "", "activeTab", String(index));
  }

  private workbookView(): XmlElement | undefined {
    const views = firstChild(this.doc.root, MAIN_NS, "bookViews");
    return views && firstChild(views, MAIN_NS, "workbookView");
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

export const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

function sheetOf(e: XmlElement): WorkbookSheet {
  return {
    name: attributeValue(e, "", "name") ?? "",
    sheetId: attributeValue(e, "", "sheetId") ?? "",
    rId: attributeValue(e, OFFICE_REL_NS, "id") ?? "",
    state: attributeValue(e, "", "state") ?? "visible",
  };
}

/** Places `child` before the first sibling that comes after it in `order` (unknown siblings are passed over). */
function insertInOrder(parent: XmlElement, child: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(child.local);
  const at = parent.children.findIndex(
    (c: XmlNode) => c.kind === "element" && c.ns === parent.ns && order.indexOf(c.local) > rank,
  );
  if (at < 0) parent.children.push(child);
  else parent.children.splice(at, 0, child);
}

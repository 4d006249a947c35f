/**
 * `[Content_Types].xml` (OPC): read and edited by its parsed structure, so `<ns0:Types>` (valid OPC, written by
 * Python post-processors) gets its overrides in its own namespace instead of text spliced before a closing tag.
 */
import { CONTENT_TYPES_NS } from "../xml/namespaces";
import { attributeValue, childElements, createElement, parseXml, serializeXml, type XmlDocument } from "../xml/tree";

export const CONTENT_TYPES_PATH = "[Content_Types].xml";
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

export class ContentTypesPart {
  private constructor(private readonly doc: XmlDocument) {}

  static parse(xml: string): ContentTypesPart {
    const doc = parseXml(xml);
    if (doc.root.ns !== CONTENT_TYPES_NS || doc.root.local !== "Types")
      throw new Error(`${CONTENT_TYPES_PATH} är ingen innehållstypsdel`);
    return new ContentTypesPart(doc);
  }

  /** The content type of a part: its override, else the default for its extension. */
  typeOf(path: string): string | undefined {
    const partName = `/${path}`.toLowerCase();
    for (const o of childElements(this.doc.root, CONTENT_TYPES_NS, "Override")) {
      if ((attributeValue(o, "", "PartName") ?? "").toLowerCase() === partName)
        return attributeValue(o, "", "ContentType");
    }
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    for (const d of childElements(this.doc.root, CONTENT_TYPES_NS, "Default")) {
      if ((attributeValue(d, "", "Extension") ?? "").toLowerCase() === ext) return attributeValue(d, "", "ContentType");
    }
    return undefined;
  }

  addOverride(path: string, contentType: string): void {
    this.removeOverride(path);
    this.doc.root.children.push(
      createElement(this.doc.root, CONTENT_TYPES_NS, "Override", [
        ["", "PartName", `/${path}`],
        ["", "ContentType", contentType],
      ]),
    );
  }

  /** Part names compare case-insensitively (OPC). True when there was one. */
  removeOverride(path: string): boolean {
    const partName = `/${path}`.toLowerCase();
    const before = this.doc.root.children.length;
    this.doc.root.children = this.doc.root.children.filter(
      (c) =>
        c.kind !== "element" ||
        c.ns !== CONTENT_TYPES_NS ||
        c.local !== "Override" ||
        (attributeValue(c, "", "PartName") ?? "").toLowerCase() !== partName,
    );
    return this.doc.root.children.length !== before;
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

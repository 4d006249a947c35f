/**
 * Relationships parts (`_rels/*.rels`, OPC): read and edited by their parsed, namespace-aware structure, so a part
 * saved with a prefix (`<ns0:Relationships>`) is edited as well as Excel's own.
 */
import { escapeXmlAttribute } from "../xml/escape";
import { OFFICE_REL_NS, PACKAGE_REL_NS, XML_DECLARATION } from "../xml/namespaces";
import { attributeValue, childElements, createElement, parseXml, serializeXml, type XmlDocument } from "../xml/tree";
import type { ZipPackage } from "../zip/reader";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The target as a package path, resolved against the source part; null for an external target. */
  readonly part: string | null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

export function resolvePartPath(dir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : dir.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships of the part at `source`, parsed; throws XmlError when the part is not XML we can read. */
export class RelationshipsPart {
  private constructor(
    private readonly doc: XmlDocument,
    private readonly source: string,
  ) {}

  static parse(xml: string, source: string): RelationshipsPart {
    const doc = parseXml(xml);
    if (doc.root.ns !== PACKAGE_REL_NS || doc.root.local !== "Relationships")
      throw new Error(`${relsPathOf(source)} är ingen relationsdel`);
    return new RelationshipsPart(doc, source);
  }

  static empty(source: string): RelationshipsPart {
    return RelationshipsPart.parse(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}"/>`, source);
  }

  list(): Relationship[] {
    const dir = this.source.slice(0, this.source.lastIndexOf("/") + 1);
    return childElements(this.doc.root, PACKAGE_REL_NS, "Relationship").map((e) => {
      const target = attributeValue(e, "", "Target") ?? "";
      const external = attributeValue(e, "", "TargetMode") === "External";
      return {
        id: attributeValue(e, "", "Id") ?? "",
        type: attributeValue(e, "", "Type") ?? "",
        target,
        part: external ? null : resolvePartPath(dir, target),
      };
    });
  }

  add(id: string, type: string, target: string): void {
    const rel = createElement(this.doc.root, PACKAGE_REL_NS, "Relationship", [
      ["", "Id", id],
      ["", "Type", type],
      ["", "Target", target],
    ]);
    this.doc.root.children.push(rel);
  }

  /** Removes the relationships pointing at `part`; true when there were any. */
  removeTo(part: string): boolean {
    const gone = new Set(this.list().flatMap((r) => (r.part === part ? [r.id] : [])));
    if (gone.size === 0) return false;
    this.doc.root.children = this.doc.root.children.filter(
      (c) => c.kind !== "element" || c.ns !== PACKAGE_REL_NS || !gone.has(attributeValue(c, "", "Id") ?? ""),
    );
    return true;
  }

  toXml(): string {
    return serializeXml(this.doc);
  }
}

/** Relationship id → package path of the part at `path`; external targets are left out. */
export async function readRels(zip: Pick<ZipPackage, "text">, path: string): Promise<Map<string, string>> {
  const rels = new Map<string, string>();
  for (const r of await readRelationships(zip, path)) if (r.part !== null) rels.set(r.id, r.part);
  return rels;
}

/** Every relationship of the part at `path`; none when it has no relationships part. */
export async function readRelationships(zip: Pick<ZipPackage, "text">, path: string): Promise<Relationship[]> {
  const xml = await zip.text(relsPathOf(path));
  return xml === undefined ? [] : RelationshipsPart.parse(xml, path).list();
}

/** A new relationships part, as Excel writes one. */
export function relationshipsXml(list: readonly (readonly [id: string, type: string, target: string])[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    list
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${escapeXmlAttribute(id)}" Type="${escapeXmlAttribute(type)}" Target="${escapeXmlAttribute(target)}"/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

export { OFFICE_REL_NS };

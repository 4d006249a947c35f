/**
 * A small, strict, namespace-aware XML reader and writer for the package's small parts (workbook.xml, relationships,
 * content types, docProps): enough to edit them by their structure rather than by the text of their tags, whatever
 * prefixes the program that saved them chose (openpyxl binds `xmlns:r` on each <sheet>; Python post-processors write
 * `<ns0:Types>`). Node has no DOM, and the parts are a few kilobytes, so a tree is cheap here; worksheet parts, which
 * can be tens of megabytes, are patched as text instead (see `prefixes.ts`).
 *
 * Strict in what the tools that read our output are strict about: well-formedness, bound prefixes, unique attributes
 * after namespace resolution, no DTD. What it cannot read it reports with an XmlError, and the caller falls back or
 * refuses; it never guesses.
 */
import { escapeXmlAttribute, escapeXmlText } from "./escape";

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export class XmlError extends Error {
  constructor(message: string, at: number) {
    super(`${message} (tecken ${at})`);
    this.name = "XmlError";
  }
}

export interface XmlAttribute {
  /** As written: "r:id", "xmlns:r", "name". */
  readonly name: string;
  /** Decoded. */
  value: string;
}

export interface XmlElement {
  readonly kind: "element";
  /** Qualified name as written ("x:sheet", "sheet"). */
  readonly name: string;
  /** Resolved namespace URI ("" when none) and local name. */
  readonly ns: string;
  readonly local: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** Prefix → namespace in scope on this element ("" is the default namespace). Shared with the parent when unchanged. */
  readonly scope: ReadonlyMap<string, string>;
}

export type XmlNode =
  | XmlElement
  | { readonly kind: "text"; text: string }
  /** Comments, processing instructions and CDATA sections, kept as written. */
  | { readonly kind: "raw"; readonly xml: string };

export interface XmlDocument {
  /** Everything before the root element as written: the XML declaration, comments, whitespace. */
  readonly prolog: string;
  readonly root: XmlElement;
  /** Comments and whitespace after the root, as written. */
  readonly epilog: string;
}

const NAME_START = String.raw`A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD`;
const NAME_CHAR = String.raw`${NAME_START}\-.0-9\u00B7\u203F\u2040`;
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_START}][${NAME_CHAR}]*)?`, "y");
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE_VALUE = /"([^"<]*)"|'([^'<]*)'/y;
/** Characters XML 1.0 does not allow anywhere. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([["xml", XML_NS]]);

export function parseXml(input: string): XmlDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const forbidden = FORBIDDEN.exec(text);
  if (forbidden) throw new XmlError("otillåtet tecken", forbidden.index);
  const parser = new Parser(text);
  return parser.document();
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): XmlDocument {
    const prologStart = this.pos;
    this.misc(true);
    const prolog = this.text.slice(prologStart, this.pos);
    if (this.text[this.pos] !== "<") throw new XmlError("rotelement saknas", this.pos);
    const root = this.element(ROOT_SCOPE);
    const epilogStart = this.pos;
    this.misc(false);
    if (this.pos < this.text.length) throw new XmlError("text efter rotelementet", this.pos);
    return { prolog, root, epilog: this.text.slice(epilogStart) };
  }

  /** Whitespace, comments and processing instructions outside the root. */
  private misc(prolog: boolean): void {
    for (;;) {
      this.space();
      if (this.text.startsWith("<!--", this.pos)) this.comment();
      else if (this.text.startsWith("<?", this.pos)) {
        if (!prolog && /^<\?xml[\s?]/i.test(this.text.slice(this.pos, this.pos + 6)))
          throw new XmlError("XML-deklaration på fel plats", this.pos);
        this.processingInstruction();
      } else if (this.text.startsWith("<!DOCTYPE", this.pos)) {
        // OPC forbids DTDs in package parts (ECMA-376 part 2, 8.1.4).
        throw new XmlError("dokumenttypdeklaration (DTD) är inte tillåten", this.pos);
      } else return;
    }
  }

  private space(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  private comment(): string {
    const end = this.text.indexOf("-->", this.pos + 4);
    if (end < 0) throw new XmlError("kommentaren avslutas inte", this.pos);
    if (this.text.slice(this.pos + 4, end).includes("--")) throw new XmlError("'--' i en kommentar", this.pos);
    const xml = this.text.slice(this.pos, end + 3);
    this.pos = end + 3;
    return xml;
  }

  private processingInstruction(): string {
    const end = this.text.indexOf("?>", this.pos + 2);
    if (end < 0) throw new XmlError("processinstruktionen avslutas inte", this.pos);
    const xml = this.text.slice(this.pos, end + 2);
    this.pos = end + 2;
    return xml;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.text);
    if (!m) throw new XmlError("ogiltigt namn", this.pos);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  private element(parentScope: ReadonlyMap<string, string>): XmlElement {
    const start = this.pos;
    this.pos++; // "<"
    const name = this.name();
    const attributes: XmlAttribute[] = [];
    const seen = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const before = this.pos;
      this.space();
      const ch = this.text[this.pos];
      if (ch === ">") {
        this.pos++;
        break;
      }
      if (ch === "/" && this.text[this.pos + 1] === ">") {
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (this.pos === before) throw new XmlError(`blanksteg saknas i <${name}>`, this.pos);
      const attributeName = this.name();
      if (seen.has(attributeName)) throw new XmlError(`attributet ${attributeName} förekommer två gånger`, this.pos);
      seen.add(attributeName);
      this.space();
      if (this.text[this.pos] !== "=") throw new XmlError(`'=' saknas efter ${attributeName}`, this.pos);
      this.pos++;
      this.space();
      ATTRIBUTE_VALUE.lastIndex = this.pos;
      const m = ATTRIBUTE_VALUE.exec(this.text);
      if (!m) throw new XmlError(`värdet för ${attributeName} saknar citattecken eller innehåller '<'`, this.pos);
      const raw = m[1] ?? m[2] ?? "";
      // Attribute-value normalisation: literal whitespace characters read as spaces, references as what they name.
      attributes.push({ name: attributeName, value: decode(raw.replace(/[\t\n\r]/g, " "), this.pos) });
      this.pos = ATTRIBUTE_VALUE.lastIndex;
    }

    const scope = declaredScope(parentScope, attributes, start);
    const { ns, local } = resolve(name, scope, true, start);
    const resolved = new Set<string>();
    for (const a of attributes) {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
      const r = resolve(a.name, scope, false, start);
      const key = `${r.ns}}${r.local}`;
      if (resolved.has(key)) throw new XmlError(`attributet ${a.name} förekommer två gånger`, start);
      resolved.add(key);
    }
    const element: XmlElement = { kind: "element", name, ns, local, attributes, children: [], scope };
    if (!selfClosing) this.content(element);
    return element;
  }

  private content(element: XmlElement): void {
    for (;;) {
      const lt = this.text.indexOf("<", this.pos);
      if (lt < 0) throw new XmlError(`<${element.name}> avslutas inte`, this.pos);
      if (lt > this.pos) {
        const raw = this.text.slice(this.pos, lt);
        if (raw.includes("]]>")) throw new XmlError("']]>' i text", this.pos);
        element.children.push({ kind: "text", text: decode(raw.replace(/\r\n?/g, "\n"), this.pos) });
        this.pos = lt;
      }
      if (this.text.startsWith("</", this.pos)) {
        this.pos += 2;
        const name = this.name();
        if (name !== element.name) throw new XmlError(`</${name}> avslutar <${element.name}>`, this.pos);
        this.space();
        if (this.text[this.pos] !== ">") throw new XmlError(`'>' saknas i </${name}>`, this.pos);
        this.pos++;
        return;
      }
      if (this.text.startsWith("<!--", this.pos)) element.children.push({ kind: "raw", xml: this.comment() });
      else if (this.text.startsWith("<![CDATA[", this.pos)) {
        const end = this.text.indexOf("]]>", this.pos);
        if (end < 0) throw new XmlError("CDATA avslutas inte", this.pos);
        element.children.push({ kind: "raw", xml: this.text.slice(this.pos, end + 3) });
        this.pos = end + 3;
      } else if (this.text.startsWith("<?", this.pos)) {
        element.children.push({ kind: "raw", xml: this.processingInstruction() });
      } else if (this.text.startsWith("<!", this.pos)) {
        throw new XmlError("oväntad deklaration", this.pos);
      } else element.children.push(this.element(element.scope));
    }
  }
}

function declaredScope(
  parent: ReadonlyMap<string, string>,
  attributes: readonly XmlAttribute[],
  at: number,
): ReadonlyMap<string, string> {
  let scope: Map<string, string> | null = null;
  for (const { name, value } of attributes) {
    let prefix: string;
    if (name === "xmlns") prefix = "";
    else if (name.startsWith("xmlns:")) prefix = name.slice(6);
    else continue;
    if (prefix === "xmlns") throw new XmlError("prefixet xmlns kan inte deklareras", at);
    if (prefix === "xml" ? value !== XML_NS : value === XML_NS || value === XMLNS_NS)
      throw new XmlError(`prefixet ${prefix} är reserverat`, at);
    if (prefix !== "" && value === "") throw new XmlError(`prefixet ${prefix} binds till en tom namnrymd`, at);
    scope ??= new Map(parent);
    scope.set(prefix, value);
  }
  return scope ?? parent;
}

function resolve(
  qname: string,
  scope: ReadonlyMap<string, string>,
  element: boolean,
  at: number,
): { ns: string; local: string } {
  const colon = qname.indexOf(":");
  if (colon < 0) return { ns: element ? (scope.get("") ?? "") : "", local: qname };
  const prefix = qname.slice(0, colon);
  const ns = scope.get(prefix);
  if (ns === undefined) throw new XmlError(`prefixet ${prefix} i ${qname} är inte deklarerat`, at);
  return { ns, local: qname.slice(colon + 1) };
}

function decode(raw: string, at: number): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new XmlError("'&' utan avslutande ';'", at);
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
    if (!m) throw new XmlError(`okänd entitet &${name};`, at);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] ?? "", 10);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new XmlError(`teckenreferensen &${name}; är inte tillåten`, at);
    return String.fromCodePoint(code);
  });
}

// --- reading helpers ---

/** The element's child elements, optionally only those with the given namespace and local name. */
export function childElements(element: XmlElement, ns?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    if (ns !== undefined && child.ns !== ns) continue;
    if (local !== undefined && child.local !== local) continue;
    out.push(child);
  }
  return out;
}

export function firstChild(element: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const child of element.children)
    if (child.kind === "element" && child.ns === ns && child.local === local) return child;
  return undefined;
}

/** The value of the attribute with this namespace ("" for an unqualified attribute) and local name. */
export function attributeValue(element: XmlElement, ns: string, local: string): string | undefined {
  return findAttribute(element, ns, local)?.value;
}

function findAttribute(element: XmlElement, ns: string, local: string): XmlAttribute | undefined {
  for (const a of element.attributes) {
    if (a.name === "xmlns" || a.name.startsWith("xmlns:")) continue;
    const colon = a.name.indexOf(":");
    if (colon < 0) {
      if (ns === "" && a.name === local) return a;
    } else if (a.name.slice(colon + 1) === local && element.scope.get(a.name.slice(0, colon)) === ns) return a;
  }
  return undefined;
}

/** The concatenated text of the element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = "";
  for (const child of element.children) {
    if (child.kind === "text") out += child.text;
    else if (child.kind === "element") out += textContent(child);
    else if (child.xml.startsWith("<![CDATA[")) out += child.xml.slice(9, -3);
  }
  return out;
}

// --- editing helpers ---

/** Sets (or adds) an attribute in a namespace, using a prefix already bound to it or declaring one on the element. */
export function setAttribute(element: XmlElement, ns: string, local: string, value: string, prefixHint = "ns"): void {
  const existing = findAttribute(element, ns, local);
  if (existing) {
    existing.value = value;
    return;
  }
  if (ns === "") {
    element.attributes.push({ name: local, value });
    return;
  }
  element.attributes.push({ name: `${attributePrefix(element, ns, prefixHint)}:${local}`, value });
}

export function removeAttribute(element: XmlElement, ns: string, local: string): void {
  const existing = findAttribute(element, ns, local);
  if (existing) element.attributes = element.attributes.filter((a) => a !== existing);
}

/** A prefix bound to `ns` in the element's scope; when there is none, one is declared on the element itself. */
function attributePrefix(element: XmlElement, ns: string, hint: string): string {
  for (const [prefix, uri] of element.scope) if (prefix !== "" && uri === ns) return prefix;
  let prefix = hint;
  for (let n = 1; element.scope.has(prefix); n++) prefix = `${hint}${n}`;
  // Declarations first, as every writer puts them.
  const at = element.attributes.findIndex((a) => a.name !== "xmlns" && !a.name.startsWith("xmlns:"));
  element.attributes.splice(at < 0 ? element.attributes.length : at, 0, { name: `xmlns:${prefix}`, value: ns });
  (element.scope as Map<string, string>).set(prefix, ns);
  return prefix;
}

/**
 * A new element in namespace `ns` to be placed inside `parent`: named with the parent's default namespace or a prefix
 * already bound there, else with its own default-namespace declaration. Attributes are [namespace, local, value].
 */
export function createElement(
  parent: XmlElement,
  ns: string,
  local: string,
  attributes: readonly (readonly [string, string, string])[] = [],
  prefixHints: Readonly<Record<string, string>> = {},
): XmlElement {
  let name: string | null = null;
  let scope = parent.scope;
  const declarations: XmlAttribute[] = [];
  if ((parent.scope.get("") ?? "") === ns) name = local;
  else {
    for (const [prefix, uri] of parent.scope) {
      if (prefix !== "" && uri === ns) {
        name = `${prefix}:${local}`;
        break;
      }
    }
  }
  if (name === null) {
    name = local;
    declarations.push({ name: "xmlns", value: ns });
    scope = new Map(parent.scope).set("", ns);
  }
  const element: XmlElement = { kind: "element", name, ns, local, attributes: declarations, children: [], scope };
  for (const [attributeNs, attributeLocal, value] of attributes) {
    if (attributeNs !== "" && element.scope === parent.scope) {
      // Declarations go on the new element; keep the parent's scope untouched.
      (element as { scope: ReadonlyMap<string, string> }).scope = new Map(parent.scope);
    }
    setAttribute(element, attributeNs, attributeLocal, value, prefixHints[attributeNs] ?? "ns");
  }
  return element;
}

// --- writing ---

export function serializeXml(doc: XmlDocument): string {
  const out: string[] = [doc.prolog];
  writeElement(doc.root, out);
  out.push(doc.epilog);
  return out.join("");
}

function writeElement(element: XmlElement, out: string[]): void {
  out.push("<", element.name);
  for (const a of element.attributes) out.push(" ", a.name, '="', escapeXmlAttribute(a.value), '"');
  if (element.children.length === 0) {
    out.push("/>");
    return;
  }
  out.push(">");
  for (const child of element.children) {
    if (child.kind === "element") writeElement(child, out);
    else if (child.kind === "text") out.push(escapeXmlText(child.text));
    else out.push(child.xml);
  }
  out.push("</", element.name, ">");
}

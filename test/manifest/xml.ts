/**
 * A small, strict XML reader for the manifest tests: elements, attributes, text, comments and the XML declaration.
 * It throws on anything not well-formed (unclosed or mismatched tags, bad attributes, unknown entities), which is
 * the well-formedness check; the schema check itself is xmllint's.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (match, entity: string | undefined) => {
    if (!entity) throw new Error(`line ${line}: bare "&"`);
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = ENTITIES[entity];
    if (value === undefined) throw new Error(`line ${line}: unknown entity ${match}`);
    return value;
  });
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function parseAttributes(source: string, line: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let rest = source.trim();
  while (rest.length > 0) {
    const m = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(rest);
    if (!m || !m[1]) throw new Error(`line ${line}: malformed attributes near "${rest.slice(0, 30)}"`);
    if (m[1] in attributes) throw new Error(`line ${line}: duplicate attribute ${m[1]}`);
    attributes[m[1]] = decode(m[3] ?? m[4] ?? "", line);
    rest = rest.slice(m[0].length);
    if (rest.length > 0 && !/^\s/.test(rest)) throw new Error(`line ${line}: attributes must be separated by space`);
    rest = rest.trim();
  }
  return attributes;
}

/** Index of the ">" that ends the tag starting at `lt`; a ">" inside a quoted attribute value does not count. */
function tagEnd(source: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < source.length; j++) {
    const ch = source[j];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return j;
    }
  }
  return -1;
}

export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const lineAt = (pos: number): number => source.slice(0, pos).split("\n").length;

  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const text = source.slice(i, lt === -1 ? source.length : lt);
    if (text.trim()) {
      const parent = stack[stack.length - 1];
      if (!parent) throw new Error(`line ${lineAt(i)}: text outside the root element`);
      parent.text += decode(text, lineAt(i));
    }
    if (lt === -1) break;
    const line = lineAt(lt);
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      if (end === -1) throw new Error(`line ${line}: unclosed comment`);
      if (source.slice(lt + 4, end).includes("--")) throw new Error(`line ${line}: "--" inside a comment`);
      i = end + 3;
      continue;
    }
    if (source.startsWith("<?", lt)) {
      if (lt !== 0 && source.startsWith("<?xml", lt)) throw new Error(`line ${line}: XML declaration not at the start`);
      const end = source.indexOf("?>", lt);
      if (end === -1) throw new Error(`line ${line}: unclosed processing instruction`);
      i = end + 2;
      continue;
    }
    if (source.startsWith("<![CDATA[", lt)) {
      const end = source.indexOf("]]>", lt);
      if (end === -1) throw new Error(`line ${line}: unclosed CDATA`);
      const parent = stack[stack.length - 1];
      if (!parent) throw new Error(`line ${line}: CDATA outside the root element`);
      parent.text += source.slice(lt + 9, end);
      i = end + 3;
      continue;
    }
    const gt = tagEnd(source, lt);
    if (gt === -1) throw new Error(`line ${line}: unclosed tag`);
    const inner = source.slice(lt + 1, gt);
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`line ${line}: </${name}> does not close <${open?.name ?? "nothing"}>`);
      i = gt + 1;
      continue;
    }
    const selfClosing = inner.endsWith("/");
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = NAME.exec(body);
    if (!nameMatch) throw new Error(`line ${line}: bad tag name`);
    const element: XmlElement = {
      name: nameMatch[0],
      attributes: parseAttributes(body.slice(nameMatch[0].length), line),
      children: [],
      text: "",
      line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`line ${line}: a second root element`);
    else root = element;
    if (!selfClosing) stack.push(element);
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name ?? ""}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Local name without the namespace prefix: "bt:Image" -> "Image". */
export function localName(element: XmlElement): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}

export function findAll(element: XmlElement, name: string): XmlElement[] {
  return descendants(element).filter((e) => localName(e) === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((e) => localName(e) === name);
}

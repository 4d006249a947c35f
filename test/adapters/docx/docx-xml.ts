/**
 * Reading our own .docx output in tests. The renderer (the docx package) always writes the standard prefixes
 * (w:, wp:, dc:), so the checks look for them; every part is also checked for well-formedness with xmllint when it
 * is installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import JSZip from "jszip";

export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async("string"));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}: ${[...parts.keys()].join(", ")}`);
  return xml;
}

export const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

export function wellFormed(xml: string): void {
  execFileSync("xmllint", ["--noout", "-"], { input: xml });
}

/** Every element `<prefix:name …>…</prefix:name>` (not nested in itself), in document order. */
export function elements(xml: string, name: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${name}[\\s>/]`, "g");
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const start = m.index;
    const selfClosing = xml.indexOf("/>", start);
    const tagEnd = xml.indexOf(">", start);
    if (selfClosing !== -1 && selfClosing + 1 === tagEnd) {
      out.push(xml.slice(start, tagEnd + 1));
      continue;
    }
    // Find the matching close tag, counting nested elements of the same name.
    let depth = 1;
    let at = tagEnd + 1;
    const any = new RegExp(`<${name}[\\s>/]|</${name}>`, "g");
    any.lastIndex = at;
    for (let n = any.exec(xml); n; n = any.exec(xml)) {
      if (n[0].startsWith("</")) depth -= 1;
      else if (xml.indexOf("/>", n.index) + 1 !== xml.indexOf(">", n.index)) depth += 1;
      at = n.index + n[0].length;
      if (depth === 0) break;
    }
    out.push(xml.slice(start, at));
    open.lastIndex = at;
  }
  return out;
}

export function attribute(element: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return m?.[1] === undefined ? null : decode(m[1]);
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The text of a paragraph, table or cell: its w:t runs joined. */
export function text(xml: string): string {
  return elements(xml, "w:t")
    .map((t) => decode(t.replace(/^<w:t[^>]*>/, "").replace(/<\/w:t>$/, "")))
    .join("");
}

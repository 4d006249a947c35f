/**
 * Parts too large for a tree (worksheets of 10+ MB) and parts whose editors work on the text (styles.xml) are read
 * and patched as text, which assumes SpreadsheetML in the default namespace, as Excel, LibreOffice and ExcelJS
 * write it. A part that binds the main namespace to a prefix instead (`<x:worksheet xmlns:x="…main">`, written by
 * .NET and Python tools) is first brought to that form: the same elements in the same namespace, only spelt
 * without the prefix. Done only when that provably changes nothing else; otherwise null, and the caller falls back.
 */
import { MAIN_NS } from "./namespaces";
import { xmlAttributes } from "./text";

const ROOT_START = /^(?:\uFEFF)?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([^\s/>!?]+)([^>]*)>/;

/** The part with SpreadsheetML's main namespace as its default namespace, or null when that cannot be done safely. */
export function withDefaultMainNamespace(xml: string): string | null {
  const root = ROOT_START.exec(xml.slice(0, 4096));
  if (!root) return null;
  const name = root[1] ?? "";
  const attributes = xmlAttributes(root[2] ?? "");
  const colon = name.indexOf(":");
  if (colon < 0) return attributes.get("xmlns") === MAIN_NS ? xml : null;
  const prefix = name.slice(0, colon);
  if (attributes.get(`xmlns:${prefix}`) !== MAIN_NS || attributes.has("xmlns")) return null;
  // Another default namespace somewhere, the prefix bound again, or CDATA (whose text must not change): not safe.
  if (/\sxmlns\s*=/.test(xml) || xml.includes("<![CDATA[")) return null;
  const declarations = xml.match(new RegExp(`\\sxmlns:${escapeRegExp(prefix)}\\s*=`, "g")) ?? [];
  if (declarations.length !== 1) return null;
  const renamed = xml.replace(new RegExp(`<(/?)${escapeRegExp(prefix)}:`, "g"), "<$1");
  // The prefix stays declared too: attributes may use it.
  const local = name.slice(colon + 1);
  const at = renamed.indexOf(`<${local}`) + 1 + local.length;
  return `${renamed.slice(0, at)} xmlns="${MAIN_NS}"${renamed.slice(at)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

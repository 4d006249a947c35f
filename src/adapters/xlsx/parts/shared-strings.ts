/**
 * xl/sharedStrings.xml, read: the text of every string item as ExcelJS's reader gives it (entities and `_xHHHH_`
 * decoded, phonetic guides left out). The CLI never writes this part: new cells are inline strings.
 */
import { decodeXmlText } from "../xml/text";

/** Text as ExcelJS's text reader gives it: entities decoded, then `_xHHHH_` (upper-case hex only, as ExcelJS). */
function decodeText(raw: string): string {
  const text = raw.includes("&") ? decodeXmlText(raw) : raw;
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The text of a string item (<si> or <is>): its runs joined, phonetic guides (<rPh>) left out. */
export function itemText(body: string): string {
  const visible = body.includes("<rPh") ? body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : body;
  let out = "";
  for (const m of visible.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)) out += decodeText(m[1] ?? "");
  return out;
}

/** Expects the main namespace as the default one (see xml/prefixes.ts). */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) out.push(itemText(m[1] ?? ""));
  return out;
}

/** Number format code per cell format (xf index); undefined where ExcelJS reports none. */

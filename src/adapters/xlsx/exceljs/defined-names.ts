/**
 * Names (Namnhanteraren) that ExcelJS 4.4 would lose or rewrite. It keeps only workbook-wide names made of
 * absolute cell references (`Plan!$A$1:$E$9`); it drops constants, formulas, whole columns and #REF!, corrupts
 * some formulas, merges sheet-local names into one global name, and forgets the hidden flag. Print areas and
 * print titles are rebuilt from the page setup and survive.
 */
import { decodeXmlText, xmlAttributes } from "../xml/text";

const REBUILT = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);
/** Excel's cache of a sheet's filter range: rebuilt from the sheet's autoFilter on open (the adapter drops it on save). */
export const FILTER_DATABASE_NAME = "_xlnm._FilterDatabase";

const SHEET = String.raw`(?:'(?:[^']|'')+'|[^\s'!,()"]+)`;
const CELL = String.raw`\$[A-Z]{1,3}\$\d+`;
const KEPT_REFERENCE = new RegExp(`^${SHEET}!${CELL}(?::${CELL})?$`, "i");

/** The names, as written, that would not come back unchanged. */
export function analyseDefinedNames(workbookXml: string): string[] {
  const lost: string[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName(\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attributes = xmlAttributes(m[1] ?? "");
    const name = attributes.get("name") ?? "";
    if (REBUILT.has(name.toLowerCase()) || name.toLowerCase() === FILTER_DATABASE_NAME.toLowerCase()) continue;
    const keeps =
      !attributes.has("localSheetId") &&
      attributes.get("hidden") !== "1" &&
      attributes.get("hidden") !== "true" &&
      splitReferences(decodeXmlText(m[2] ?? "")).every((ref) => KEPT_REFERENCE.test(ref));
    if (!keeps) lost.push(name);
  }
  return lost;
}

/** Splits "Plan!$A$1,'Plan, två'!$B$2" on the commas outside quoted sheet names. */
function splitReferences(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text.trim()) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

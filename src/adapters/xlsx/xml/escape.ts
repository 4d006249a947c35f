/**
 * Escaping for XML we write into package parts. Characters XML 1.0 forbids are dropped, as Excel cannot store them.
 *
 * Two kinds of text: plain XML text (sheet names, relationship targets, defined-name formulas), written as it is, and
 * Excel strings (ST_Xstring: cell text, table column names), in which Excel reads `_xHHHH_` as an escaped character,
 * so a literal `_xHHHH_` gets its underscore escaped. Escaping plain text that way would change it: Excel does not
 * decode the sequence there.
 */

/** Replacement per ASCII code: "" drops a character XML 1.0 forbids, undefined keeps the character. */
type Escapes = readonly (string | undefined)[];

function asciiEscapes(replacements: Readonly<Record<string, string>>, allowed: string): Escapes {
  const table: (string | undefined)[] = [];
  for (let code = 0; code < 0x20; code++) table[code] = allowed.includes(String.fromCharCode(code)) ? undefined : "";
  for (const [char, replacement] of Object.entries(replacements)) table[char.charCodeAt(0)] = replacement;
  return table;
}

/** Element text; a carriage return as a reference, as XML parsers turn a literal one into a line feed. */
const TEXT = asciiEscapes({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" }, "\t\n");
/** Attribute values also lose literal tabs and line breaks to spaces when parsed. */
const ATTRIBUTE = asciiEscapes(
  { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" },
  "",
);
/** Only drops what XML cannot hold. */
const CLEAN = asciiEscapes({}, "\t\n\r");

/** Element text, written as it is. */
export function escapeXmlText(text: string): string {
  return escapeXml(text, TEXT);
}

/** An attribute value, written as it is. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text, ATTRIBUTE);
}

/** The text of a cell (`<t>`). */
export function escapeCellText(text: string): string {
  return escapeXml(excelString(storableText(text)), TEXT);
}

/** An ST_Xstring attribute value, such as a table column's name. */
export function escapeExcelStringAttribute(text: string): string {
  return escapeXml(excelString(storableText(text)), ATTRIBUTE);
}

/** The text without the characters XML cannot hold: what a reader gets back of it. */
export function storableText(text: string): string {
  return escapeXml(text, CLEAN);
}

/**
 * Excel reads `_xHHHH_` in an Excel string as an escaped character: text that contains such a sequence literally
 * keeps it by escaping its underscore (`_x005F_`), as Excel does when saving. Decided on the storable text: a
 * dropped character can close up a sequence ("_x0041" + lone surrogate + "_").
 */
function excelString(text: string): string {
  return text.includes("_x") ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_") : text;
}

/**
 * One pass over the characters, no regex: this runs for every string cell of a summary. Unpaired surrogates, U+FFFE
 * and U+FFFF are dropped like the forbidden control characters.
 */
function escapeXml(text: string, escapes: Escapes): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code < 0x80) {
      replacement = escapes[code];
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else replacement = "";
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      replacement = "";
    }
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Estimates of how wide text is in Excel's units (the width of "0" in the default font) and how tall wrapped text
 * gets. Deliberately rough: column widths only need to fit content without cutting it, not to match to the pixel.
 */
import type { CellStyle } from "./types";

const NARROW = " .,:;'|!iljtfr()[]-–";
const WIDE = "mwMW@%█";
/** Points per line of 11-point text, Excel's default row height. */
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;

/** Width of each UTF-16 unit in the basic plane; a character outside it (a surrogate pair) counts 1. */
const CHAR_WIDTHS: Float64Array = (() => {
  const widths = new Float64Array(0x10000).fill(1);
  for (let c = "A".charCodeAt(0); c <= "Z".charCodeAt(0); c++) widths[c] = 1.2;
  for (const ch of "ÅÄÖ") widths[ch.charCodeAt(0)] = 1.2;
  for (const ch of WIDE) widths[ch.charCodeAt(0)] = 1.35;
  for (const ch of NARROW) widths[ch.charCodeAt(0)] = 0.55;
  return widths;
})();

/** Sum of the character widths at 11 points, character by character as `for…of` reads the text. */
function rawWidth(text: string): number {
  let width = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width += 1;
        i++;
        continue;
      }
    }
    width += CHAR_WIDTHS[code] ?? 1;
  }
  return width;
}

function fontScale(style: CellStyle): number {
  return ((style.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style.bold ? 1.12 : 1);
}

export function textWidth(text: string, style: CellStyle): number {
  return rawWidth(text) * fontScale(style);
}

/** The widest single word: what a wrapped header needs so that no word is broken. */
export function longestWordWidth(text: string, style: CellStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, style)));
}

const FIT_MARGIN = 1e-6;

/** Lines needed for text wrapped in `available` width units (greedy, word by word, as Excel wraps). */
export function wrappedLines(text: string, style: CellStyle, available: number): number {
  // The usual case, decided without splitting the text.
  if (text.indexOf("\n") < 0 && textWidth(text, style) <= available - FIT_MARGIN) return 1;
  const space = textWidth(" ", style);
  let lines = 0;
  // Text that fits on one line as a whole fits word by word too (every whitespace is at least as wide as the one
  // space counted between words); the margin keeps rounding differences between the two sums on the safe side.
  const fitsWhole = available - FIT_MARGIN;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    if (textWidth(paragraph, style) <= fitsWhole) continue;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w > available) {
        lines += 1;
        used = w;
      } else {
        used += (used > 0 ? space : 0) + w;
      }
      // A word longer than the cell is broken over several lines.
      if (used > available) {
        lines += Math.floor(used / available);
        used %= available;
      }
    }
  }
  return lines;
}

export function lineHeight(style: CellStyle): number {
  return Math.round((DEFAULT_ROW_HEIGHT * (style.size ?? DEFAULT_FONT_SIZE)) / DEFAULT_FONT_SIZE);
}

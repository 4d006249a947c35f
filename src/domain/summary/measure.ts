/**
 * Estimates of how wide text is in Excel's units (the width of "0" in the default font) and how tall wrapped text
 * gets. Deliberately rough: column widths only need to fit content without cutting it, not to match to the pixel.
 */
import type { CellStyle } from "./types";

const NARROW = new Set(Array.from(" .,:;'|!iljtfr()[]-–"));
const WIDE = new Set(Array.from("mwMW@%█"));
/** Points per line of 11-point text, Excel's default row height. */
export const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.55;
  if (WIDE.has(ch)) return 1.35;
  if (ch >= "A" && ch <= "Z") return 1.2;
  if (ch === "Å" || ch === "Ä" || ch === "Ö") return 1.2;
  return 1;
}

function fontScale(style: CellStyle): number {
  return ((style.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style.bold ? 1.12 : 1);
}

export function textWidth(text: string, style: CellStyle): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width * fontScale(style);
}

/** The widest single word: what a wrapped header needs so that no word is broken. */
export function longestWordWidth(text: string, style: CellStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, style)));
}

/** Lines needed for text wrapped in `available` width units (greedy, word by word, as Excel wraps). */
export function wrappedLines(text: string, style: CellStyle, available: number): number {
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
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

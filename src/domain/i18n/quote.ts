/**
 * How a message quotes what a user typed: one line, at most about 80 characters. A paragraph pasted into a
 * Resultat cell must not turn one problem into a screenful, and a line break inside a cell would break the
 * CLI's columns and the task pane's list.
 */

/** About one line of a message; the cut goes back to a word boundary when one is near. */
export const QUOTE_MAX = 80;

/** Every kind of space and line break (Alt+Enter in a cell, no-break spaces). */
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

/** The cell's text on one line, cut to at most `max` characters (code points) with "…" when it was longer. */
export function quoteCell(text: string, max: number = QUOTE_MAX): string {
  const line = text.replace(SPACES, " ").trim();
  const chars = [...line];
  if (chars.length <= max) return line;
  const kept = chars.slice(0, max - 1).join("");
  // Back to the last space if that loses little; a long word (a URL) is cut where it is.
  const space = kept.lastIndexOf(" ");
  const cut = space >= max * 0.75 ? kept.slice(0, space) : kept;
  return `${cut.replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * Problem parameters that carry a cell's text (the value, a row's name, a baseline), as opposed to words the
 * product chose (a column name, a zod message, a list of periods). Only these are quoted by `quoteCell`.
 */
export const CELL_TEXT_PARAMS: ReadonlySet<string> = new Set(["value", "name", "baseline", "actual", "target"]);

/** Plain-text layout for an 80–100 column terminal: padding by visible width and word wrapping with a hanging indent. */

export const LINE_WIDTH = 100;

/** Visible width: code points, so "↑" and "å" count as one column. */
export function width(text: string): number {
  return [...text].length;
}

export function padEnd(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

export function padStart(text: string, size: number): string {
  return " ".repeat(Math.max(0, size - width(text))) + text;
}

export function truncate(text: string, size: number): string {
  const chars = [...text];
  return chars.length <= size ? text : `${chars.slice(0, Math.max(0, size - 1)).join("")}…`;
}

/**
 * Wraps `text` so that `prefix + text` fits in `lineWidth`; continuation lines start with `indent` spaces.
 * A word longer than a line is left whole rather than cut.
 */
export function wrap(prefix: string, text: string, indent: number, lineWidth = LINE_WIDTH): string[] {
  const lines: string[] = [];
  let line = prefix;
  // Kept alongside the line, so that no word makes the whole line be measured again.
  let used = width(prefix);
  let lineHasWord = false;
  for (const word of unbreakableWords(text)) {
    const wordWidth = width(word);
    if (lineHasWord && used + 1 + wordWidth > lineWidth) {
      lines.push(line);
      line = " ".repeat(indent) + word;
      used = indent + wordWidth;
    } else if (lineHasWord) {
      line = `${line} ${word}`;
      used += 1 + wordWidth;
    } else {
      line += word;
      used += wordWidth;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/** Words to wrap between; a percent sign stays with its number ("85 %" is written with an ordinary space). */
function unbreakableWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = words.length - 1;
    if (word.startsWith("%") && last >= 0) words[last] = `${words[last] ?? ""} ${word}`;
    else words.push(word);
  }
  return words;
}

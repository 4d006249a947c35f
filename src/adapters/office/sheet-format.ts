/** Conversions between the domain's neutral sheet units and Office.js's. */

/**
 * Excel column widths are given in characters of the default font (Calibri 11: 7 px per character plus 5 px of
 * padding); Office.js sets them in points (0.75 pt per px at 96 dpi).
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The domain's ARGB "FF00B050" as Office.js's "#00B050". */
export function officeColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

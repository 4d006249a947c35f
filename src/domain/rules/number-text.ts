/**
 * Numbers on the Regler sheet written the Swedish way ("10 %", "0,5"). They are read back with the value reader's
 * number reading (values/number-text.ts), so a cell reads the same there as in a plan sheet.
 */

/** Rounds away binary noise (0.1 * 3, 33.3 / 100) so that what is written reads back identically. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** "0,5", "12,5", "1600": decimal comma, no thousands separator (Excel would show one through its own format). */
export function formatNumberText(n: number): string {
  const t = tidy(n);
  const plain = String(t).includes("e") ? t.toFixed(12).replace(/\.?0+$/, "") : String(t);
  return plain.replace(".", ",");
}

/** A fraction as Swedish percent text: 0.1 → "10 %". */
export function formatPercentText(fraction: number): string {
  return `${formatNumberText(fraction * 100)} %`;
}

/**
 * The few number forms the Regler sheet needs ("10 %", "0,5", "1 600"), written and read the Swedish way.
 * Deliberately small: the full value reader (values/read-value.ts) handles targets and actuals, whose text is free.
 */

export interface NumberText {
  readonly value: number;
  /** The text had a % sign: the value is still in percent units (10 for "10 %"). */
  readonly percent: boolean;
}

const NUMBER = /^([-−–]?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d*)(?:[.,](\d+))?\s*(%?)$/;

/** Parses a whole cell text as one number, or returns null ("tio", "10 st", "1,2,3"). */
export function parseNumberText(text: string): NumberText | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const [, sign, whole = "", decimals, percent] = m;
  if (whole === "" && decimals === undefined) return null;
  const digits = `${whole.replace(/[ \u00A0\u202F]/g, "") || "0"}.${decimals ?? "0"}`;
  const value = Number(digits) * (sign ? -1 : 1);
  return Number.isFinite(value) ? { value, percent: percent === "%" } : null;
}

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

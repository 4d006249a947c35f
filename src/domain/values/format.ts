/**
 * Numbers and values the Swedish way: decimal comma, a space between thousands, "90 %".
 * The space is a plain U+0020, not Excel's no-break space: the text ends up in terminals, JSON and CSV-minded
 * tools where U+00A0 looks the same but compares differently. The reader accepts both.
 */
import type { ReadValue } from "./types";

const MINUS = "-";

/** "1 600", "203,5", "-0,75"; at most `maxDecimals` decimals, trailing zeros dropped, no floating noise (0.1+0.2 is "0,3"). */
export function formatNumberSv(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : `${MINUS}∞`;
  const decimals = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const digits = roundToDigits(Math.abs(n), decimals);
  if (digits === null) return String(n).replace(".", ",");
  if (/^0*$/.test(digits)) return "0";
  const padded = digits.padStart(decimals + 1, "0");
  const intPart = padded.slice(0, padded.length - decimals);
  const fraction = padded.slice(padded.length - decimals).replace(/0+$/, "");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 ? MINUS : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

/** "61 %", "4,5 %", "-0,7 %" for the fractions 0.61, 0.045, -0.007. */
export function formatPercentSv(fraction: number): string {
  if (!Number.isFinite(fraction)) return `${formatNumberSv(fraction)} %`;
  return `${formatNumberSv(shiftDecimal(fraction, 2))} %`;
}

/** A value as a person would write it in a sentence: "37,8 mkr", "90 %", "Ja", "lägre än 2020", "80–90 %". */
export function formatValueSv(v: ReadValue): string {
  switch (v.kind) {
    case "number":
      return v.unit === null ? formatNumberSv(v.value) : `${formatNumberSv(v.value)} ${v.unit}`;
    case "percent":
      return formatPercentSv(v.value);
    case "boolean":
      return v.state === "yes" ? "Ja" : v.state === "ongoing" ? "Pågår" : "Nej";
    case "baseline": {
      const ref = v.ref === "" ? "jämförelsevärdet" : v.ref;
      const relation =
        v.comparison === null ? "jämfört med" : v.comparison.direction === "lower" ? "lägre än" : "högre än";
      if (v.change === undefined) return `${relation} ${ref}`;
      const by = v.change.percent ? formatPercentSv(v.change.value) : formatNumberSv(v.change.value);
      return `${by} ${relation} ${ref}`;
    }
    case "range": {
      const low = v.percent ? formatNumberSv(shiftDecimal(v.value, 2)) : formatNumberSv(v.value);
      const high = v.percent ? formatNumberSv(shiftDecimal(v.high, 2)) : formatNumberSv(v.high);
      const suffix = v.percent ? " %" : v.unit === null ? "" : ` ${v.unit}`;
      return `${low}–${high}${suffix}`;
    }
    case "unparseable":
      return v.text;
  }
}

/**
 * Multiplies by 10^places through the decimal text, so 0.07 becomes 7 and not 7.000000000000001.
 * The 15 significant digits first drop the noise that arithmetic left in n.
 */
export function shiftDecimal(n: number, places: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  const [mantissa = "0", exponent = "0"] = n.toPrecision(15).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** |n| rounded half away from zero to `decimals` places, as the digits of n·10^decimals; null when too large to be exact. */
function roundToDigits(abs: number, decimals: number): string | null {
  const scaled = Math.round(shiftDecimal(abs, decimals));
  if (!Number.isSafeInteger(scaled)) return null;
  return String(scaled);
}

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
  if (digits === "0") return "0";
  const padded = digits.length > decimals ? digits : digits.padStart(decimals + 1, "0");
  const intPart = padded.slice(0, padded.length - decimals);
  let fractionEnd = padded.length;
  while (fractionEnd > intPart.length && padded.charCodeAt(fractionEnd - 1) === 0x30) fractionEnd--;
  const grouped = groupThousands(intPart);
  const sign = n < 0 ? MINUS : "";
  return fractionEnd === intPart.length
    ? sign + grouped
    : `${sign}${grouped},${padded.slice(intPart.length, fractionEnd)}`;
}

/** "1600000" -> "1 600 000". */
function groupThousands(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  const head = intPart.length % 3 === 0 ? 3 : intPart.length % 3;
  let out = intPart.slice(0, head);
  for (let i = head; i < intPart.length; i += 3) out += ` ${intPart.slice(i, i + 3)}`;
  return out;
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
    case "not-measured":
    case "internal-error":
      return v.text;
  }
}

/**
 * Multiplies by 10^places through the decimal text, so 0.07 becomes 7 and not 7.000000000000001.
 * The 15 significant digits first drop the noise that arithmetic left in n.
 */
export function shiftDecimal(n: number, places: number): number {
  if (!Number.isFinite(n) || n === 0) return n === 0 ? 0 : n;
  const fast = shiftDecimalFast(n, places);
  if (!Number.isNaN(fast)) return fast;
  const [mantissa = "0", exponent = "0"] = n.toPrecision(15).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** 10^0 … 10^22: every one exact as a double. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * shiftDecimal without the text, for the values where that is provably the same number; NaN when unsure.
 *
 * toPrecision(15) is the 15-digit decimal m·10^-s nearest to |n|, with 10^14 ≤ m ≤ 10^15 and s = 14 - exponent;
 * the text path then parses m·10^(places-s), correctly rounded. Here m = round(|n|·10^s): the product is one
 * correctly rounded operation (10^s is exact for s ≤ 22), so it is within 1/16 of the exact one below 2^50,
 * and m is certain unless the fraction is near one half (then the text decides). m / 10^k (or m · 10^-k) with
 * m < 2^53 and k ≤ 22 is again one correctly rounded operation on exact operands: the same double as parsing.
 */
function shiftDecimalFast(n: number, places: number): number {
  const abs = Math.abs(n);
  if (!(abs >= 1e-7 && abs < 1e15) || !Number.isInteger(places)) return Number.NaN;
  let s = 14 - decimalExponent(abs);
  let scaled = abs * (POW10[s] ?? Number.NaN);
  // The exponent may be one off near powers of ten: step once, then insist on 15 digits.
  if (scaled >= 1e15) scaled = abs * (POW10[--s] ?? Number.NaN);
  else if (scaled < 1e14) scaled = abs * (POW10[++s] ?? Number.NaN);
  if (!(scaled > 1e14 && scaled < 1e15)) return Number.NaN;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (fraction > 0.4 && fraction < 0.6) return Number.NaN;
  const m = fraction < 0.5 ? floor : floor + 1;
  const signed = n < 0 ? -m : m;
  const k = s - places;
  if (k >= 0 && k <= 22) return signed / (POW10[k] ?? Number.NaN);
  if (k < 0 && k >= -22) return signed * (POW10[-k] ?? Number.NaN);
  return Number.NaN;
}

/** floor(log10(abs)) for abs in [1e-7, 1e15), give or take one near powers of ten. */
function decimalExponent(abs: number): number {
  let e = 0;
  if (abs >= 1) {
    while (e < 15 && abs >= (POW10[e + 1] ?? Number.POSITIVE_INFINITY)) e++;
  } else {
    do e--;
    while (e > -8 && abs * (POW10[-e] ?? 0) < 1);
  }
  return e;
}

/** |n| rounded half away from zero to `decimals` places, as the digits of n·10^decimals; null when too large to be exact. */
function roundToDigits(abs: number, decimals: number): string | null {
  const scaled = Math.round(shiftDecimal(abs, decimals));
  if (!Number.isSafeInteger(scaled)) return null;
  return String(scaled);
}

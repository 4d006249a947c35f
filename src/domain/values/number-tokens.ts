/** Finds the numbers in a value's text: "1 600", "203,5", "1.600.000", "-0,7 %", "Minus 2,5%", "37,8 mkr". */
import * as textMatch from "./text-match";

// Bound once: under a CommonJS loader (tsx, ts-jest) every use of an imported name is a property read through
// export getters, which costs more than these tiny helpers themselves.
const { codePointAtIndex, codePointBefore, isLetterCode, isNumberCode, isSpaceCode, isWordCode, wordBefore } =
  textMatch;

export interface NumberToken {
  /** Where the number (or its sign) starts and the digits end, in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Past the number's "%" or unit: where the text after it begins. */
  readonly after: number;
  readonly value: number;
  readonly percent: boolean;
  /** The unit as written in the original text ("kWh/m2"), or null. */
  readonly unit: string | null;
  /** The folded word before the number ("inom", "till"), or null. */
  readonly wordBefore: string | null;
  /** A bare year (1990–2100, no unit, no decimals): a reference or a time, rarely a target. */
  readonly year: boolean;
}

/**
 * Alternatives in order of preference; the digits must neither follow a letter ("m2", "T1", "CO2") nor run on.
 * A point alone is a decimal point ("4.6", and "1.600" is 1,6): only repeated groups ("1.600.000") are thousands.
 * "Neither follow a letter" is checked in code before the pattern runs (`afterWord`), not as a lookbehind: WebKit
 * before 16.4 (Excel on older Macs) cannot even parse a bundle holding a lookbehind group.
 */
export const NUMBER = new RegExp(
  "(?:" +
    [
      String.raw`\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?`,
      String.raw`\d{1,3}(?:\.\d{3})+,\d+`,
      String.raw`\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?`,
      String.raw`\d{1,3}(?:,\d{3})+\.\d+`,
      String.raw`\d{1,3}(?: \d{3})+(?:[.,]\d+)?`,
      String.raw`\d+(?:[.,]\d+)?`,
      "noll(?![\\p{L}])",
    ].join("|") +
    ")(?![\\p{N}])",
  "gu",
);

// Dates in text are not numbers: 2021-03-31, 2021-03, 31/3, 31/3 2021, 31.12.2021, 30 april 2021.
const MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
export const DATE = new RegExp(
  "(?:" +
    [
      String.raw`\d{4}-\d{1,2}-\d{1,2}`,
      String.raw`\d{4}-(?:0[1-9]|1[0-2])(?!\d)(?!\s*%)`,
      String.raw`\d{1,2}/\d{1,2}(?:[ /-]\d{4}|/\d{2})?`,
      String.raw`\d{1,2}\.\d{1,2}\.\d{2,4}`,
      String.raw`\d{1,2}\s+(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?(?:\s+\d{4})?`,
    ].join("|") +
    ")(?![\\p{L}\\p{N}])",
  "gu",
);

/** Words after a number that are not its unit. */
const NOT_UNITS = new Set([
  "eller",
  "och",
  "till",
  "inom",
  "per",
  "på",
  "efter",
  "under",
  "över",
  "av",
  "som",
  "i",
  "vid",
  "mot",
  "från",
  "med",
  "för",
  "än",
  "helår",
  "helåret",
  "delår",
  "delåret",
  "tertial",
  "jämfört",
  "respektive",
  "resp",
  "samt",
  "ska",
  "senast",
  "t.o.m",
  "tom",
  "mellan",
  "minst",
  "högst",
  "max",
  "ca",
  "cirka",
  "års",
  "lägre",
  "högre",
  "mindre",
  "mer",
  "fler",
  "färre",
  "bättre",
  "sämre",
  "år", // "90 % år 2022" is a time; "3 år" as a unit is lost, which is harmless: units only name things
]);

/** The same patterns, sticky: tried only where a number or date can begin, instead of at every character. */
const NUMBER_AT = new RegExp(NUMBER.source, "uy");
const DATE_AT = new RegExp(DATE.source, "uy");

export interface ScannedText {
  readonly numbers: NumberToken[];
  /** [start, end) of dates found in the text. */
  readonly dates: readonly (readonly [number, number])[];
}

const NO_DATES: readonly (readonly [number, number])[] = [];

export function scanNumbers(folded: string, original: string): ScannedText {
  const numbers: NumberToken[] = [];
  let dates: [number, number][] | null = null;
  // One pass for both scans, each going on past its own last match. Dates are looked for first at each place,
  // so every date that starts at or before a number is known when the number is judged.
  let datesFrom = 0;
  let numbersFrom = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const digit = isDigit(code);
    // Every number and date begins with a digit, or is "noll".
    if (!digit && code !== 0x6e) continue;
    if (digit && i >= datesFrom) {
      const dateEnd = dateEndAt(folded, i);
      if (dateEnd > i) {
        (dates ??= []).push([i, dateEnd]);
        datesFrom = dateEnd;
      }
    }
    if (i < numbersFrom || !mayStartNumber(folded, i, code)) continue;
    const length = numberLengthAt(folded, i, code);
    if (length === 0) continue;
    const digitsEnd = i + length;
    const digitsStart = leadingDecimalAt(folded, i, digitsEnd) ? i - 1 : i;
    numbersFrom = digitsEnd;
    if (dates !== null && inDate(dates, digitsStart)) continue;
    const previous = numbers[numbers.length - 1];
    const negativeAt = signStart(folded, digitsStart, previous);
    const start = negativeAt ?? digitsStart;
    const simple = simpleValue(folded, digitsStart, digitsEnd);
    let value: number;
    let fourDigits: boolean;
    if (Number.isNaN(simple)) {
      const matched = folded.slice(digitsStart, digitsEnd);
      const body = matched === "noll" ? "0" : plainDecimal(matched);
      const decimal = negativeAt === null ? body : `-${body}`;
      value = Number(decimal);
      fourDigits = isFourDigits(decimal);
    } else {
      value = negativeAt === null ? simple : -simple;
      // plainDecimal drops the spaces: "2 020" is four digits too.
      fourDigits = negativeAt === null && isFourDigitsAt(folded, digitsStart, digitsEnd);
    }
    const suffix = readSuffix(folded, original, digitsEnd);
    if (!Number.isFinite(value)) continue;
    const percent = suffix.percent;
    const unit = suffix.unit;
    numbers.push({
      start,
      end: digitsEnd,
      after: suffix.after,
      value: Object.is(value, -0) ? 0 : value,
      percent,
      unit,
      wordBefore: wordBefore(folded, start),
      year: fourDigits && value >= 1990 && value <= 2100 && !percent && unit === null,
    });
  }
  return { numbers, dates: dates ?? NO_DATES };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** ASCII letters, digits and "_": a number cannot start right after one (NUMBER's left edge). */
function isAsciiWordOrUnderscore(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x5f;
}

/** Whether NUMBER can match here; false only where it surely cannot, the pattern decides the rest. */
function mayStartNumber(text: string, i: number, code: number): boolean {
  if (isDigit(code)) return i === 0 || !isAsciiWordOrUnderscore(text.charCodeAt(i - 1));
  return code === 0x6e && text.startsWith("noll", i);
}

/**
 * The length of NUMBER's match at `i`, or 0 for none. The common shapes, "90", "4,65" and "37.8" followed by
 * nothing that could extend them, are read here; the pattern decides everything else.
 */
export function numberLengthAt(text: string, i: number, code: number): number {
  if (isDigit(code)) {
    const point = codePointBefore(text, i);
    if (point !== 0x5f && !isWordCode(point)) {
      const run = digitRunEnd(text, i);
      // By code point, as the pattern's lookahead reads it: a numeral may lie beyond the BMP.
      const next = codePointAtIndex(text, run);
      // "90 %", "90%", "2020": no alternative can go on; `\d+` takes the run unless a numeral follows it.
      if (next !== 0x2e && next !== 0x2c && next !== 0x20 && !isNumberCode(next)) return run - i;
      // "90 dagar": only "1 600"-style groups go on past a space, and they need a digit right after it, and
      // at most three digits before it.
      if (next === 0x20 && (!isDigit(text.charCodeAt(run + 1)) || run - i > 3)) return run - i;
      if (next === 0x20) {
        const grouped = spaceGroupsEnd(text, run);
        if (grouped > 0) return grouped - i;
      }
      if (next === 0x2e || next === 0x2c) {
        // "5." or "3, 4": nothing goes on past a separator without a digit after it.
        if (!isDigit(text.charCodeAt(run + 1))) return run - i;
        // "4,65", "37.8": a thousands form needs another separator after the second run, else `\d+[.,]\d+`.
        const end = digitRunEnd(text, run + 1);
        const after = codePointAtIndex(text, end);
        if (after !== 0x2e && after !== 0x2c && !isNumberCode(after)) return end - i;
      }
    }
  }
  // NUMBER's left edge: no letter, numeral or "_" right before the digits (or "noll").
  const before = codePointBefore(text, i);
  if (before === 0x5f || isWordCode(before)) return 0;
  NUMBER_AT.lastIndex = i;
  const m = NUMBER_AT.exec(text);
  return m === null ? 0 : m[0].length;
}

/**
 * Where "1 600" or "1 600 000,5" ends, from the space after its first one to three digits: every group after
 * a space exactly three digits, then perhaps "," or "." and digits, then no numeral. Then the fifth alternative,
 * `\d{1,3}(?: \d{3})+(?:[.,]\d+)?`, takes it all (the four before it need "." or "," after the first digits).
 * 0 for anything less regular: the pattern decides.
 */
function spaceGroupsEnd(text: string, space: number): number {
  let at = space;
  while (text.charCodeAt(at) === 0x20 && isDigit(text.charCodeAt(at + 1))) {
    const groupEnd = digitRunEnd(text, at + 1);
    if (groupEnd - at - 1 !== 3) return 0;
    at = groupEnd;
  }
  // A space here has no digit after it (the loop would have taken it): the number ends, as at any non-numeral.
  const next = codePointAtIndex(text, at);
  if (isNumberCode(next)) return 0;
  if (next !== 0x2e && next !== 0x2c) return at;
  if (!isDigit(text.charCodeAt(at + 1))) return at;
  const end = digitRunEnd(text, at + 1);
  return isNumberCode(codePointAtIndex(text, end)) ? 0 : end;
}

function digitRunEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether DATE could match at the digit at `i`: every form is four digits and "-", or one or two digits and
 * "/", "." or spaces and a month. False only where it surely cannot; the pattern decides the rest.
 */
function mayStartDate(text: string, i: number): boolean {
  const run = digitRunEnd(text, i) - i;
  const next = text.charCodeAt(i + run);
  if (run === 4) return next === 0x2d;
  if (run > 2) return false;
  if (next === 0x2f || next === 0x2e) return true;
  let month = i + run;
  while (isSpaceCode(text.charCodeAt(month))) month++;
  if (month === i + run) return false;
  const first = text.charCodeAt(month);
  for (const start of MONTH_STARTS) if (start.charCodeAt(0) === first && text.startsWith(start, month)) return true;
  return false;
}

/** Every month name and abbreviation DATE knows begins with one of these. */
const MONTH_STARTS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** Where DATE's match at the digit at `i` ends; `i` for none. */
export function dateEndAt(text: string, i: number): number {
  // DATE's left edge is letters and digits only: "_2021-03-31" is a date.
  if ((i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) || !mayStartDate(text, i)) return i;
  // DATE's left edge: no letter or numeral right before it.
  if (isWordCode(codePointBefore(text, i))) return i;
  DATE_AT.lastIndex = i;
  const m = DATE_AT.exec(text);
  return m === null ? i : i + m[0].length;
}

function inDate(dates: readonly (readonly [number, number])[], i: number): boolean {
  for (const [s, e] of dates) if (i >= s && i < e) return true;
  return false;
}

/** 10^0 … 10^15, exact. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of text[from, to) when it is digits and spaces with at most one "." or "," (a decimal separator
 * then, as plainDecimal reads it) and at most 15 digits; NaN otherwise. Exactly Number() of plainDecimal's text:
 * the digits make an exact integer below 2^53, and one division by an exact power of ten rounds correctly, as
 * parsing does.
 */
function simpleValue(text: string, from: number, to: number): number {
  let digits = 0;
  let whole = 0;
  let decimals = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      whole = whole * 10 + (code - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if ((code === 0x2e || code === 0x2c) && decimals < 0) {
      decimals = 0;
    } else if (code !== 0x20) {
      return Number.NaN;
    }
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  return decimals > 0 ? whole / (POW10[decimals] ?? Number.NaN) : whole;
}

/**
 * Whether the digits at text[i, end) follow a decimal separator with no digit before it (",5", "-.5", "(,25 %)"): at
 * the start of the text or after a space, sign or bracket, so "s.5" and "1,2,3" are not read as decimals.
 */
function leadingDecimalAt(text: string, i: number, end: number): boolean {
  const separator = text.charCodeAt(i - 1);
  if (separator !== 0x2c && separator !== 0x2e) return false;
  const before = i - 2;
  if (before >= 0 && !isSignLead(text.charCodeAt(before)) && text.charCodeAt(before) !== 0x2d) return false;
  for (let j = i; j < end; j++) if (!isDigit(text.charCodeAt(j))) return false;
  return true;
}

/** Whether text[from, to) is four digits once spaces are dropped. */
function isFourDigitsAt(text: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digits++;
    else if (code !== 0x20) return false;
  }
  return digits === 4;
}

function isFourDigits(decimal: string): boolean {
  return (
    decimal.length === 4 &&
    isDigit(decimal.charCodeAt(0)) &&
    isDigit(decimal.charCodeAt(1)) &&
    isDigit(decimal.charCodeAt(2)) &&
    isDigit(decimal.charCodeAt(3))
  );
}

/** "1 600,5" -> "1600.5", "1.600.000" -> "1600000", "1,600.5" -> "1600.5", "4,65" -> "4.65". */
function plainDecimal(text: string): string {
  let points = 0;
  let commas = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) points++;
    else if (code === 0x2c) commas++;
    else if (code === 0x20) spaces++;
  }
  if (points === 0 && commas === 0 && spaces === 0) return text;
  const compact = spaces === 0 ? text : text.replace(/ /g, "");
  if (points > 0 && commas > 0) {
    // Both: the last one is the decimal separator.
    const decimalSep = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
    const thousandsSep = decimalSep === "," ? /\./g : /,/g;
    return compact.replace(thousandsSep, "").replace(decimalSep, ".");
  }
  if (points > 1) return compact.replace(/\./g, "");
  if (commas > 1) return compact.replace(/,/g, "");
  return commas === 1 ? compact.replace(",", ".") : compact;
}

/** Characters that may stand before a leading minus: start, space, "(", ":", "<", ">", "≤", "≥", "=". */
function isSignLead(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x3a ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x3d ||
    code === 0x2264 ||
    code === 0x2265 ||
    isSpaceCode(code)
  );
}

/**
 * Where the minus of a negative number starts, or null. A dash right after another number is a range
 * ("80-90"), not a sign; the word "minus" counts as a sign.
 */
function signStart(folded: string, digitsStart: number, previous: NumberToken | undefined): number | null {
  let j = digitsStart;
  while (j > 0 && isSpaceCode(folded.charCodeAt(j - 1))) j--;
  if (j > 0 && folded.charCodeAt(j - 1) === 0x2d) {
    const dashAt = j - 1;
    const gap = digitsStart - dashAt - 1;
    const followsNumber = previous !== undefined && onlySpaces(folded, previous.after, dashAt);
    const atStart = dashAt === 0 || isSignLead(folded.charCodeAt(dashAt - 1));
    // "- 5" with a space is a sign only at the very start of the text; elsewhere it reads as a dash.
    if (!followsNumber && atStart && (gap === 0 || onlySpaces(folded, 0, dashAt))) return dashAt;
    return null;
  }
  const word = j - 5;
  if (word >= 0 && folded.startsWith("minus", word) && !isWordCode(codePointBefore(folded, word))) return word;
  return null;
}

/** Whether text[from, to) is only whitespace (or empty). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

interface Suffix {
  readonly after: number;
  readonly percent: boolean;
  readonly unit: string | null;
}

function readSuffix(folded: string, original: string, digitsEnd: number): Suffix {
  let i = digitsEnd;
  while (folded.charCodeAt(i) === 0x20) i++;
  if (folded.charCodeAt(i) === 0x25) return { after: i + 1, percent: true, unit: null };
  if (folded.startsWith("procent", i) && !isWordCode(codePointAtIndex(folded, i + 7))) {
    return { after: i + 7, percent: true, unit: null };
  }
  const unitEnd = unitEndAt(folded, i);
  if (unitEnd === i) return { after: digitsEnd, percent: false, unit: null };
  const text = withoutTrailingPunctuation(folded.slice(i, unitEnd));
  if (NOT_UNITS.has(text) || text === "") return { after: digitsEnd, percent: false, unit: null };
  const end = i + text.length + currencyAfterMultiplier(folded, text, i + text.length);
  return { after: end, percent: false, unit: original.slice(i, end) };
}

/** Words that scale a currency written after them: "30 tusen kr", "1,2 miljoner kronor", "4 milj. kr". */
const MULTIPLIERS = new Set(["tusen", "miljon", "miljoner", "milj", "mn", "miljard", "miljarder", "mdr"]);
const CURRENCIES = ["kronor", "kr", "sek"];

/** The length of " kr" after a multiplier word ending at `end` (with its "." if any), or 0: one unit, "tusen kr". */
function currencyAfterMultiplier(folded: string, word: string, end: number): number {
  if (!MULTIPLIERS.has(word)) return 0;
  let i = end;
  if (folded.charCodeAt(i) === 0x2e) i++;
  const spaces = i;
  while (folded.charCodeAt(i) === 0x20) i++;
  if (i === spaces) return 0;
  for (const c of CURRENCIES) {
    if (folded.startsWith(c, i) && !isWordCode(codePointAtIndex(folded, i + c.length))) return i + c.length - end;
  }
  return 0;
}

/**
 * Where a unit starting at `i` ends (`i` for none): a letter, "°", "€", "$" or "£", then letters, numerals and
 * "/²³·°.-" (the pattern `[\p{L}°€$£][\p{L}\p{N}/²³·°.-]*`, by code point).
 */
function unitEndAt(text: string, i: number): number {
  const first = codePointAtIndex(text, i);
  if (!(isLetterCode(first) || first === 0xb0 || first === 0x20ac || first === 0x24 || first === 0xa3)) return i;
  let end = i + (first > 0xffff ? 2 : 1);
  for (;;) {
    const point = codePointAtIndex(text, end);
    if (point < 0 || !(isWordCode(point) || UNIT_INNER.has(point))) return end;
    end += point > 0xffff ? 2 : 1;
  }
}

/** "/", "²", "³", "·", "°", ".", "-": besides letters and numerals, what a unit may hold after its first character. */
const UNIT_INNER = new Set([0x2f, 0xb2, 0xb3, 0xb7, 0xb0, 0x2e, 0x2d]);

/** "st." -> "st", "kr/" -> "kr": a unit does not end in ".", "-" or "/". */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 0x2e && code !== 0x2d && code !== 0x2f) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

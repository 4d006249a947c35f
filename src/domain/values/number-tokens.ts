/** Finds the numbers in a value's text: "1 600", "203,5", "1.600.000", "-0,7 %", "Minus 2,5%", "37,8 mkr". */
import { wordBefore } from "./text-match";

export interface NumberToken {
  /** Where the number (or its sign) starts and the digits end, in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Past the number's "%" or unit: where the text after it begins. */
  readonly after: number;
  /** The number as a plain decimal string, "-1600.5", so percents can be shifted without floating noise. */
  readonly decimal: string;
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
 */
const NUMBER = new RegExp(
  "(?<![\\p{L}\\p{N}_])(?:" +
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
const DATE = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
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

const UNIT = /[\p{L}°€$£][\p{L}\p{N}/²³·°.-]*/uy;
const PERCENT_WORD = /procent(?![\p{L}\p{N}])/uy;

export interface ScannedText {
  readonly numbers: NumberToken[];
  /** [start, end) of dates found in the text. */
  readonly dates: readonly (readonly [number, number])[];
}

export function scanNumbers(folded: string, original: string): ScannedText {
  const dates: [number, number][] = [];
  for (const m of folded.matchAll(DATE)) dates.push([m.index, m.index + m[0].length]);
  const inDate = (i: number): boolean => dates.some(([s, e]) => i >= s && i < e);

  const numbers: NumberToken[] = [];
  for (const m of folded.matchAll(NUMBER)) {
    const digitsStart = m.index;
    const digitsEnd = digitsStart + m[0].length;
    if (inDate(digitsStart)) continue;
    const previous = numbers[numbers.length - 1];
    const negativeAt = signStart(folded, digitsStart, previous);
    const start = negativeAt ?? digitsStart;
    const body = m[0] === "noll" ? "0" : plainDecimal(m[0]);
    const decimal = negativeAt === null ? body : `-${body}`;
    const { after, percent, unit } = readSuffix(folded, original, digitsEnd);
    const value = Number(decimal);
    if (!Number.isFinite(value)) continue;
    numbers.push({
      start,
      end: digitsEnd,
      after,
      decimal,
      value: Object.is(value, -0) ? 0 : value,
      percent,
      unit,
      wordBefore: wordBefore(folded, start),
      year: /^\d{4}$/.test(decimal) && value >= 1990 && value <= 2100 && !percent && unit === null,
    });
  }
  return { numbers, dates };
}

/** "1 600,5" -> "1600.5", "1.600.000" -> "1600000", "1,600.5" -> "1600.5", "4,65" -> "4.65". */
function plainDecimal(text: string): string {
  const compact = text.replace(/ /g, "");
  const points = (compact.match(/\./g) ?? []).length;
  const commas = (compact.match(/,/g) ?? []).length;
  if (points > 0 && commas > 0) {
    // Both: the last one is the decimal separator.
    const decimalSep = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
    const thousandsSep = decimalSep === "," ? /\./g : /,/g;
    return compact.replace(thousandsSep, "").replace(decimalSep, ".");
  }
  if (points > 1) return compact.replace(/\./g, "");
  if (commas > 1) return compact.replace(/,/g, "");
  return compact.replace(",", ".");
}

/**
 * Where the minus of a negative number starts, or null. A dash right after another number is a range
 * ("80-90"), not a sign; the word "minus" counts as a sign.
 */
function signStart(folded: string, digitsStart: number, previous: NumberToken | undefined): number | null {
  const before = folded.slice(0, digitsStart);
  const dash = /-\s*$/.exec(before);
  if (dash !== null) {
    const dashAt = dash.index;
    const gap = dash[0].length - 1;
    const beforeDash = folded.slice(0, dashAt);
    const followsNumber = previous !== undefined && /^\s*$/.test(folded.slice(previous.after, dashAt));
    const atStart = /^[\s(:<>≤≥=]*$/.test(beforeDash) || /[\s(:<>≤≥=]$/.test(beforeDash);
    // "- 5" with a space is a sign only at the very start of the text; elsewhere it reads as a dash.
    if (!followsNumber && atStart && (gap === 0 || /^\s*$/.test(beforeDash))) return dashAt;
    return null;
  }
  const word = /(?<![\p{L}\p{N}])minus\s*$/u.exec(before);
  return word === null ? null : word.index;
}

function readSuffix(
  folded: string,
  original: string,
  digitsEnd: number,
): { after: number; percent: boolean; unit: string | null } {
  let i = digitsEnd;
  while (folded.charAt(i) === " ") i++;
  if (folded.charAt(i) === "%") return { after: i + 1, percent: true, unit: null };
  PERCENT_WORD.lastIndex = i;
  const word = PERCENT_WORD.exec(folded);
  if (word !== null) return { after: i + word[0].length, percent: true, unit: null };
  UNIT.lastIndex = i;
  const unit = UNIT.exec(folded);
  if (unit === null) return { after: digitsEnd, percent: false, unit: null };
  const text = unit[0].replace(/[.\-/]+$/, "");
  if (NOT_UNITS.has(text) || text === "") return { after: digitsEnd, percent: false, unit: null };
  return { after: i + text.length, percent: false, unit: original.slice(i, i + text.length) };
}

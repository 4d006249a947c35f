/**
 * Matching Swedish words and phrases in cell text. JS `\b` treats å, ä and ö as non-word characters
 * ("öka" would match inside "ökänd"), so boundaries here are Unicode letters and digits.
 *
 * The reader runs over every value cell of a workbook, so the scanners here work on character codes with
 * tables built once, instead of building strings, slices and regular-expression matches per cell.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER_CHAR = /\p{L}/u;
const SPACE_CHAR = /\s/u;

const KNOWN = 1;
const WORD = 2;
const SPACE = 4;
const LETTER = 8;

/** Character classes of the Basic Multilingual Plane, filled in on first sight of each code unit. */
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  if (code < 0x10000) {
    const known = BMP_CLASS[code] ?? 0;
    if (known !== 0) return known;
    const flags = classify(String.fromCharCode(code));
    BMP_CLASS[code] = flags;
    return flags;
  }
  return classify(String.fromCodePoint(code));
}

function classify(ch: string): number {
  return (
    KNOWN |
    (WORD_CHAR.test(ch) ? WORD : 0) |
    (SPACE_CHAR.test(ch) ? SPACE : 0) |
    (LETTER_CHAR.test(ch) ? LETTER : 0)
  );
}

/** A Unicode letter or number (`[\p{L}\p{N}]`); false for -1, the "no character" of the helpers below. */
export function isWordCode(code: number): boolean {
  return code >= 0 && (classOf(code) & WORD) !== 0;
}

/** A Unicode letter (`\p{L}`). */
export function isLetterCode(code: number): boolean {
  return code >= 0 && (classOf(code) & LETTER) !== 0;
}

/** Whitespace as `\s` has it (all of it is in the BMP). */
export function isSpaceCode(code: number): boolean {
  return code >= 0 && code < 0x10000 && (classOf(code) & SPACE) !== 0;
}

/** The code point at `index` (a whole surrogate pair, as a `u` regular expression reads it); -1 past the end. */
export function codePointAtIndex(text: string, index: number): number {
  if (index >= text.length) return -1;
  return text.codePointAt(index) ?? -1;
}

/** The code point that ends just before `index`, read backwards as a `u` lookbehind does; -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

function codePointWidth(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/**
 * Lower-cases and folds look-alike characters one for one, so that an index into the result is an index
 * into the original: units and references can then be cut from the original text with their own case.
 */
export function foldForMatching(text: string): string {
  // Most cells are already folded ("90 %", "ja"): then the text itself is the answer, with nothing built.
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || ASCII_FOLD[code] !== code) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += ASCII_FOLDED[code] ?? "";
      i++;
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    const width = codePointWidth(point);
    out += foldCodePoint(width === 1 ? text.charAt(i) : text.slice(i, i + 2), point);
    i += width;
  }
  return out;
}

const FOLD: Readonly<Record<string, string>> = {
  "\u00a0": " ", // no-break space, Excel's Swedish thousands separator
  "\u202f": " ", // narrow no-break space
  "\u2007": " ",
  "\u2009": " ",
  "\t": " ",
  "\n": " ",
  "\r": " ",
  "\u2212": "-", // minus sign
  "\u2010": "-",
  "\u2011": "-",
  "\u2013": "-", // en dash: a minus or a range, told apart by position
  "\u2014": "-",
  "\u2264": "≤",
  "\u2265": "≥",
};

function foldOne(ch: string): string {
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  const lower = ch.toLowerCase();
  // A few characters lower-case to a different length (İ); keep them as they are to keep indexes aligned.
  return lower.length === ch.length ? lower : ch;
}

/** ASCII folded once: the code each character becomes, and the same as a one-character string. */
const ASCII_FOLD = new Uint16Array(0x80);
const ASCII_FOLDED: string[] = [];
for (let code = 0; code < 0x80; code++) {
  const folded = foldOne(String.fromCharCode(code));
  ASCII_FOLD[code] = folded.charCodeAt(0);
  ASCII_FOLDED.push(folded);
}

/** Folded BMP characters beyond ASCII (å, ä, ö, spaces, dashes…), by code unit. */
const foldedBmp = new Map<number, string>();

function foldCodePoint(ch: string, point: number): string {
  if (point >= 0x10000) return foldOne(ch);
  let folded = foldedBmp.get(point);
  if (folded === undefined) {
    folded = foldOne(ch);
    foldedBmp.set(point, folded);
  }
  return folded;
}

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly entry: T;
}

/** One phrase as the matcher walks it: its words, which whitespace may separate, and its entry. */
interface Alternative<T> {
  readonly words: readonly string[];
  readonly entry: T | undefined;
  /** The phrase ends in a letter or digit, so it must not run on into a word. */
  readonly endsInWord: boolean;
  /** The last word ends in a lone high surrogate, which must not take half of a pair in the text. */
  readonly endsInHighSurrogate: boolean;
}

/**
 * Finds non-overlapping occurrences of phrases in folded text, leftmost first and, at one place, longest first,
 * so that "ska inte öka" wins over "öka" and "<=" over "<".
 *
 * A phrase starting with a letter or digit must not start inside a word, and one ending in a letter or digit
 * must not end inside one; spaces in a phrase match any run of whitespace. When the first phrase that fits at
 * a place runs on into a word, the place is given up (a shorter phrase there is not tried): "minskar" in
 * "minskarna" is no "minska".
 */
export class PhraseFinder<T> {
  /** Alternatives by the first code point of the phrase, longest phrase first. */
  private readonly byFirst: Map<number, Alternative<T>[]>;

  constructor(entries: readonly (readonly [string, T])[]) {
    const byPhrase = new Map<string, T>();
    for (const [phrase, entry] of entries) {
      const key = normalizePhrase(phrase);
      // The first entry for a phrase wins, so callers list the words that should take precedence first.
      if (key !== "" && !byPhrase.has(key)) byPhrase.set(key, entry);
    }
    const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
    this.byFirst = new Map();
    for (const phrase of phrases) {
      const first = phrase.codePointAt(0) ?? -1;
      const words = phrase.split(" ");
      const lastWord = words[words.length - 1] ?? "";
      const lastUnit = lastWord.charCodeAt(lastWord.length - 1);
      const alternative: Alternative<T> = {
        words,
        entry: byPhrase.get(normalizePhrase(phrase)),
        endsInWord: isWordCode(codePointBefore(phrase, phrase.length)),
        endsInHighSurrogate: lastUnit >= 0xd800 && lastUnit <= 0xdbff,
      };
      const list = this.byFirst.get(first);
      if (list === undefined) this.byFirst.set(first, [alternative]);
      else list.push(alternative);
    }
  }

  findAll(folded: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.byFirst.size === 0) return out;
    let i = 0;
    while (i < folded.length) {
      const code = folded.codePointAt(i) ?? -1;
      const candidates = this.byFirst.get(code);
      // Not inside a word: either no word character here, or none just before.
      if (candidates !== undefined && (!isWordCode(code) || !isWordCode(codePointBefore(folded, i)))) {
        const m = firstFit(candidates, folded, i);
        if (m !== null && !(m.alternative.endsInWord && isWordCode(codePointAtIndex(folded, m.end)))) {
          if (m.alternative.entry !== undefined) out.push({ start: i, end: m.end, entry: m.alternative.entry });
          i = m.end;
          continue;
        }
      }
      i += codePointWidth(code);
    }
    return out;
  }

  /**
   * The phrase at `index` as if the text began there (no word-start check), or null when none fits there or it
   * runs on into a word. What `findAll(folded.slice(index))[0]` gives when that match starts at 0.
   */
  matchAt(folded: string, index: number): PhraseMatch<T> | null {
    if (index >= folded.length) return null;
    const candidates = this.byFirst.get(folded.codePointAt(index) ?? -1);
    if (candidates === undefined) return null;
    const m = firstFit(candidates, folded, index);
    if (m === null || (m.alternative.endsInWord && isWordCode(codePointAtIndex(folded, m.end)))) return null;
    const entry = m.alternative.entry;
    return entry === undefined ? null : { start: index, end: m.end, entry };
  }
}

function firstFit<T>(
  candidates: readonly Alternative<T>[],
  text: string,
  start: number,
): { alternative: Alternative<T>; end: number } | null {
  for (const alternative of candidates) {
    const end = fitAt(alternative, text, start);
    if (end >= 0) return { alternative, end };
  }
  return null;
}

/** Where the alternative ends when it matches at `start`, else -1. */
function fitAt<T>(alternative: Alternative<T>, text: string, start: number): number {
  const words = alternative.words;
  let at = start;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const gapStart = at;
      while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
      if (at === gapStart) return -1;
    }
    const word = words[w] ?? "";
    if (!text.startsWith(word, at)) return -1;
    at += word.length;
  }
  if (alternative.endsInHighSurrogate) {
    const next = text.charCodeAt(at);
    if (next >= 0xdc00 && next <= 0xdfff) return -1;
  }
  return at;
}

function normalizePhrase(phrase: string): string {
  return foldForMatching(phrase).trim().replace(/\s+/g, " ");
}

/** The word just before `index` (letters, digits and dots), or null. */
export function wordBefore(folded: string, index: number): string | null {
  // Back over spaces and colons, then over the word.
  let end = index;
  while (end > 0) {
    const code = folded.charCodeAt(end - 1);
    if (code !== 0x3a && !isSpaceCode(code)) break;
    end--;
  }
  let start = end;
  while (start > 0) {
    const point = codePointBefore(folded, start);
    if (point !== 0x2e && !isWordCode(point)) break;
    start -= codePointWidth(point);
  }
  return start === end ? null : folded.slice(start, end);
}

/**
 * Matching Swedish words and phrases in cell text. JS `\b` treats å, ä and ö as non-word characters
 * ("öka" would match inside "ökänd"), so boundaries here are Unicode letters and digits.
 *
 * The reader runs over every value cell of a workbook, so the scanners here work on character codes with
 * tables built once, instead of building strings, slices and regular-expression matches per cell.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;
const SPACE_CHAR = /\s/u;

const KNOWN = 1;
const WORD = 2;
const SPACE = 4;
const LETTER = 8;
const NUMBER = 16;

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
    (LETTER_CHAR.test(ch) ? LETTER : 0) |
    (NUMBER_CHAR.test(ch) ? NUMBER : 0)
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

/** A Unicode number (`\p{N}`): digits of any script, "²", "½", "Ⅻ". */
export function isNumberCode(code: number): boolean {
  return code >= 0 && (classOf(code) & NUMBER) !== 0;
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
  // Otherwise the unchanged stretches are copied whole and only the changed characters one by one.
  let out = "";
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const pair = text.slice(i, i + 2);
        const folded = foldOne(pair);
        if (folded !== pair) {
          out += text.slice(copiedTo, i) + folded;
          copiedTo = i + 2;
        }
        i += 2;
        continue;
      }
    }
    const folded = code < 0x80 ? (ASCII_FOLDED[code] ?? code) : foldedUnit(code);
    if (folded !== code) {
      out += text.slice(copiedTo, i) + String.fromCharCode(folded);
      copiedTo = i + 1;
    }
    i++;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** What each BMP code unit folds to (one unit, always), filled in on first sight; 0 for not yet known. */
const FOLDED_UNIT = new Uint16Array(0x10000);

function foldedUnit(code: number): number {
  const known = FOLDED_UNIT[code] ?? 0;
  if (known !== 0 || code === 0) return known;
  const folded = foldOne(String.fromCharCode(code)).charCodeAt(0);
  FOLDED_UNIT[code] = folded;
  return folded;
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

/** What each ASCII character folds to: its lower case, or a space for tab, CR and LF. */
const ASCII_FOLDED = Array.from({ length: 0x80 }, (_, code) => foldOne(String.fromCharCode(code)).charCodeAt(0));

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly entry: T;
}

/** One phrase: its entry and what decides whether a match of it stands. */
interface Alternative<T> {
  /** Its place in the order of preference: longest phrase first, then as listed. */
  readonly order: number;
  readonly entry: T | undefined;
  /** The phrase ends in a letter or digit, so it must not run on into a word. */
  readonly endsInWord: boolean;
  /** The phrase ends in a lone high surrogate, which must not take half of a pair in the text. */
  readonly endsInHighSurrogate: boolean;
}

/** The phrases as a tree of code units; the edge SPACE stands for a run of whitespace between two words. */
interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  /** The phrase that ends here, if any. */
  alternative: Alternative<T> | null;
}

const SPACE_EDGE = 0x20;

function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), alternative: null };
}

/**
 * Finds non-overlapping occurrences of phrases in folded text, leftmost first and, at one place, longest first,
 * so that "ska inte öka" wins over "öka" and "<=" over "<".
 *
 * A phrase starting with a letter or digit must not start inside a word, and one ending in a letter or digit
 * must not end inside one; spaces in a phrase match any run of whitespace. When the preferred phrase at a place
 * runs on into a word, the place is given up (a shorter phrase there is not tried): "minskar" in "minskarna" is
 * no "minska".
 *
 * This is the regular expression `(?:phrase1|phrase2|…)` with the phrases longest first, checked at the end as
 * described. Since no word of a phrase holds whitespace, and a run of whitespace in the text is taken whole, all
 * phrases that match at one place lie on one path of the tree, and the expression's choice is the most preferred
 * phrase ending on that path.
 */
export class PhraseFinder<T> {
  /** The first level of the tree by ASCII code, for speed; the rest of it in the root's map. */
  private readonly firstAscii: (TrieNode<T> | undefined)[];
  private readonly root: TrieNode<T>;

  constructor(entries: readonly (readonly [string, T])[]) {
    const byPhrase = new Map<string, T>();
    for (const [phrase, entry] of entries) {
      const key = normalizePhrase(phrase);
      // The first entry for a phrase wins, so callers list the words that should take precedence first.
      if (key !== "" && !byPhrase.has(key)) byPhrase.set(key, entry);
    }
    const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
    this.root = trieNode();
    phrases.forEach((phrase, order) => {
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const unit = phrase.charCodeAt(i);
        let child = node.next.get(unit);
        if (child === undefined) {
          child = trieNode();
          node.next.set(unit, child);
        }
        node = child;
      }
      const lastUnit = phrase.charCodeAt(phrase.length - 1);
      node.alternative = {
        order,
        entry: byPhrase.get(normalizePhrase(phrase)),
        endsInWord: isWordCode(codePointBefore(phrase, phrase.length)),
        endsInHighSurrogate: lastUnit >= 0xd800 && lastUnit <= 0xdbff,
      };
    });
    this.firstAscii = [];
    for (let code = 0; code < 0x80; code++) this.firstAscii.push(this.root.next.get(code));
  }

  findAll(folded: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < folded.length) {
      const unit = folded.charCodeAt(i);
      const first = unit < 0x80 ? this.firstAscii[unit] : this.root.next.get(unit);
      if (first !== undefined) {
        const code = unit < 0xd800 || unit > 0xdbff ? unit : (folded.codePointAt(i) ?? unit);
        // Not inside a word: either no word character here, or none just before.
        if (!isWordCode(code) || !isWordCode(codePointBefore(folded, i))) {
          const end = this.longestAt(first, folded, i);
          if (end >= 0) {
            const entry = (this.found as Alternative<T>).entry;
            if (entry !== undefined) out.push({ start: i, end, entry });
            i = end;
            continue;
          }
        }
      }
      i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < folded.length ? codePointWidthAt(folded, i) : 1;
    }
    return out;
  }

  /**
   * The phrase at `index` as if the text began there (no word-start check), or null when none fits there or it
   * runs on into a word. What `findAll(folded.slice(index))[0]` gives when that match starts at 0.
   */
  matchAt(folded: string, index: number): PhraseMatch<T> | null {
    if (index >= folded.length) return null;
    const first = this.root.next.get(folded.charCodeAt(index));
    if (first === undefined) return null;
    const end = this.longestAt(first, folded, index);
    const entry = end < 0 ? undefined : (this.found as Alternative<T>).entry;
    return entry === undefined ? null : { start: index, end, entry };
  }

  /** The phrase the last successful longestAt chose. */
  private found: Alternative<T> | null = null;

  /**
   * Where the preferred phrase at `start` ends (and the phrase in `found`), walking on from `first`, the node
   * for the unit at `start`; -1 when none matches there, or when the preferred one runs on into a word.
   */
  private longestAt(first: TrieNode<T>, text: string, start: number): number {
    let best: Alternative<T> | null = null;
    let bestEnd = -1;
    let node = first;
    let at = start + 1;
    for (;;) {
      const here = node.alternative;
      if (here !== null && (best === null || here.order < best.order) && !splitsPair(here, text, at)) {
        best = here;
        bestEnd = at;
      }
      if (at >= text.length) break;
      const unit = text.charCodeAt(at);
      let child: TrieNode<T> | undefined;
      if (isSpaceCode(unit)) {
        child = node.next.get(SPACE_EDGE);
        at++;
        while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
      } else {
        child = node.next.get(unit);
        at++;
      }
      if (child === undefined) break;
      node = child;
    }
    if (best === null || (best.endsInWord && isWordCode(codePointAtIndex(text, bestEnd)))) return -1;
    this.found = best;
    return bestEnd;
  }
}

/** A phrase ending in a lone high surrogate does not match the first half of a pair. */
function splitsPair<T>(alternative: Alternative<T>, text: string, end: number): boolean {
  if (!alternative.endsInHighSurrogate) return false;
  const next = text.charCodeAt(end);
  return next >= 0xdc00 && next <= 0xdfff;
}

function codePointWidthAt(text: string, index: number): number {
  return codePointWidth(text.codePointAt(index) ?? 0);
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

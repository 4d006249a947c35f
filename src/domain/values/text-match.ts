/**
 * Matching Swedish words and phrases in cell text. JS `\b` treats å, ä and ö as non-word characters
 * ("öka" would match inside "ökänd"), so boundaries here are Unicode letters and digits.
 */

/**
 * Lower-cases and folds look-alike characters one for one, so that an index into the result is an index
 * into the original: units and references can then be cut from the original text with their own case.
 */
export function foldForMatching(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = FOLD[ch];
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const lower = ch.toLowerCase();
    // A few characters lower-case to a different length (İ); keep them as they are to keep indexes aligned.
    out += lower.length === ch.length ? lower : ch;
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Only syntax characters: with the u flag, escaping anything else ("\-") is a SyntaxError.
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Phrases that start with a letter or digit must not start inside a word: one shared lookbehind, for speed. */
const START_BOUNDARY = "(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))";
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

function phraseBody(phrase: string): string {
  return phrase.split(" ").map(escapeRegExp).join("\\s+");
}

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly entry: T;
}

/**
 * Finds non-overlapping occurrences of phrases in folded text, leftmost first and, at one place, longest first,
 * so that "ska inte öka" wins over "öka" and "<=" over "<".
 */
export class PhraseFinder<T> {
  private readonly pattern: RegExp | null;
  private readonly byPhrase: Map<string, T>;

  constructor(entries: readonly (readonly [string, T])[]) {
    this.byPhrase = new Map();
    for (const [phrase, entry] of entries) {
      const key = normalizePhrase(phrase);
      // The first entry for a phrase wins, so callers list the words that should take precedence first.
      if (key !== "" && !this.byPhrase.has(key)) this.byPhrase.set(key, entry);
    }
    const phrases = [...this.byPhrase.keys()].sort((a, b) => b.length - a.length);
    this.pattern =
      phrases.length === 0 ? null : new RegExp(`${START_BOUNDARY}(?:${phrases.map(phraseBody).join("|")})`, "gu");
  }

  findAll(folded: string): PhraseMatch<T>[] {
    const pattern = this.pattern;
    if (pattern === null) return [];
    const out: PhraseMatch<T>[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const end = m.index + m[0].length;
      // The end boundary is checked here rather than in the pattern: per-alternative lookaheads make the
      // pattern slow to compile, and rule words arrive per rule.
      if (ENDS_IN_WORD.test(m[0]) && isWordCharAt(folded, end)) {
        pattern.lastIndex = m.index + codePointLength(folded, m.index);
        continue;
      }
      const entry = this.byPhrase.get(normalizePhrase(m[0]));
      if (entry !== undefined) out.push({ start: m.index, end, entry });
    }
    return out;
  }
}

function isWordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

function normalizePhrase(phrase: string): string {
  return foldForMatching(phrase).trim().replace(/\s+/g, " ");
}

/** The word just before `index` (letters, digits and dots), or null. */
export function wordBefore(folded: string, index: number): string | null {
  const m = /([\p{L}\p{N}.]+)[\s:]*$/u.exec(folded.slice(0, index));
  return m?.[1] ?? null;
}

/**
 * Measures that everyone in Swedish public administration reads as lower-is-better (SPEC §2): sjukfrånvaro,
 * väntetid, kö, vårdskador… A name naming one decides the direction when nothing stronger does, with a warning.
 *
 * Swedish builds compounds with the head last and inflects at the end, so a term matches at the end of a word,
 * after any modifier and before an inflection: "Sjukfrånvaron", "Korttidssjukfrånvaro", "Väntetiderna",
 * "Vårdköer", "Läkemedelskostnader". A term inside a word that ends otherwise is no match:
 * "Kostnadstäckningsgrad" is a degree, "Utsläppsminskning" a reduction.
 */
import { foldForMatching } from "./text-match";

/** The built-in terms, folded, each in its basic form (singular, indefinite). */
export const LOWER_IS_BETTER_TERMS: readonly string[] = [
  // Personnel
  "sjukfrånvaro",
  "frånvaro",
  "sjukskrivning",
  "sjuktal",
  "personalomsättning",
  "bemanningsföretag",
  "hyrpersonal",
  "inhyrd personal",
  "övertid",
  "arbetsskada",
  // Waiting and lead times
  "väntetid",
  "kötid",
  "kö",
  "ledtid",
  "handläggningstid",
  "svarstid",
  "väntat längre än",
  "väntat mer än",
  // Patient safety and care
  "vårdskada",
  "återinskrivning",
  "återinläggning",
  "överbeläggning",
  "utlokalisering",
  "utlokaliserad patient",
  "vårdrelaterad infektion",
  "trycksår",
  "fallskada",
  "antibiotikaförskrivning",
  "dödlighet",
  "mortalitet",
  "klagomål",
  "inställd operation",
  "strykning",
  // Climate and environment
  "utsläpp",
  "klimatpåverkan",
  "koldioxidutsläpp",
  "energianvändning",
  "energiförbrukning",
  "matsvinn",
  "avfall",
  // Money
  "kostnad",
  "kostnadsutveckling",
  "nettokostnadsutveckling",
  "underskott",
];

/** Endings a term takes in a name: plural, definite, genitive. */
const INFLECTIONS = [
  "",
  "n",
  "en",
  "et",
  "na",
  "er",
  "erna",
  "ar",
  "arna",
  "or",
  "orna",
  "s",
  "ns",
  "ens",
  "ets",
  "ers",
  "ernas",
  "arnas",
  "ornas",
];

/** A wait term beside "andel … inom" measures the share that was quick enough: "Andel … inom vårdgarantin". */
const WAIT_TERMS = new Set(["väntetid", "kötid", "kö", "ledtid", "handläggningstid", "svarstid"]);

/** Single words that look like a term with an ending but are something else: "kön" (sex), "kös" (sp.). */
const NOT_TERMS = new Set(["kön", "köns", "kös"]);

/** Adjective endings, for the words before the last in a term of several words: "inhyrda", "vårdrelaterade". */
const ADJECTIVE_ENDINGS = ["", "a", "e", "t"];

/** A noun in -a changes its stem when inflected: "vårdskada", "vårdskador", "vårdskadorna", "vårdskadan". */
const A_STEM_ENDINGS = ["a", "an", "ans", "as", "or", "orna", "ors", "ornas"];

export interface LowerIsBetterMatch {
  /** The term as listed ("sjukfrånvaro"), for the warning. */
  readonly term: string;
}

/**
 * The lower-is-better term a name names, or null. `extra` are more terms from the Regler sheet, in any case.
 * "Andel patienter med väntetid inom vårdgarantin" names none: a share within a time limit is higher-is-better.
 */
export function lowerIsBetterTerm(name: string, extra: readonly string[] = []): LowerIsBetterMatch | null {
  if (typeof name !== "string" || name.trim() === "") return null;
  const words = wordsOf(name);
  if (words.length === 0) return null;
  const shareWithin = words.some((w) => SHARE_WORDS.has(w)) && words.includes("inom");
  for (const list of [extra, LOWER_IS_BETTER_TERMS]) {
    for (const raw of list) {
      if (typeof raw !== "string") continue;
      const term = termWords(raw);
      if (term.length === 0) continue;
      if (shareWithin && term.length === 1 && WAIT_TERMS.has(term[0] ?? "")) continue;
      if (namesTerm(words, term)) return { term: raw.trim() };
    }
  }
  return null;
}

const SHARE_WORDS = new Set(["andel", "andelen", "procent", "antal"]);

/** Terms are few and names many: each term is folded and split once, not once per name (a third of a 100k run). */
const termCache = new Map<string, readonly string[]>();
const MAX_CACHED_TERMS = 1024;

function termWords(raw: string): readonly string[] {
  let words = termCache.get(raw);
  if (words === undefined) {
    if (termCache.size >= MAX_CACHED_TERMS) termCache.clear();
    words = wordsOf(raw);
    termCache.set(raw, words);
  }
  return words;
}

function wordsOf(text: string): string[] {
  return foldForMatching(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** Whether the name's words hold the term's words in a row, each inflected; a lone term may close a compound. */
function namesTerm(words: readonly string[], term: readonly string[]): boolean {
  const last = term.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    let all = true;
    for (let j = 0; j <= last && all; j++) {
      const word = words[i + j] ?? "";
      const t = term[j] ?? "";
      if (term.length === 1) all = closesWord(word, t);
      else if (j < last) all = ADJECTIVE_ENDINGS.some((e) => word === t + e) || inflected(word, t, 0);
      else all = inflected(word, t, 0);
    }
    if (all) return true;
  }
  return false;
}

/** Whether the word is the term, or a compound ending in it, inflected: "korttidssjukfrånvaron", "vårdköer". */
function closesWord(word: string, term: string): boolean {
  if (NOT_TERMS.has(word)) return false;
  // "vårdskada" is found in "vårdskador" by its stem.
  const stem = term.endsWith("a") ? term.slice(0, -1) : term;
  for (let at = word.lastIndexOf(stem); at >= 0; at = at === 0 ? -1 : word.lastIndexOf(stem, at - 1)) {
    // Short terms ("kö") only as a whole word or after a joint of at least three letters ("vårdkö", not "skö").
    if (term.length <= 2 && at > 0 && at < 3) continue;
    if (inflected(word, term, at)) return true;
  }
  return false;
}

/** Whether word[at…] is the term with one of its endings. */
function inflected(word: string, term: string, at: number): boolean {
  if (!word.startsWith(term.slice(0, -1), at)) return false;
  const rest = word.slice(at + term.length);
  if (word.startsWith(term, at) && INFLECTIONS.includes(rest)) return true;
  if (!term.endsWith("a")) return false;
  return A_STEM_ENDINGS.includes(word.slice(at + term.length - 1));
}

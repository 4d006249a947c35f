/**
 * Direction (is a higher actual better?) from the words of an indicator or goal name, and from the Riktning
 * column (SPEC §2). Only words count in a name: "Andel besök >90 dagar" and "väntar mer än 90 dagar" describe
 * what is measured, not which way is better.
 */
import type { RawCell } from "../grid";
import type { Direction } from "../vocabulary";
import { foldForMatching, PhraseFinder, wordBefore } from "./text-match";

type NameWord = { readonly direction: Direction; readonly decisive: boolean };

function words(direction: Direction, list: readonly string[], decisive = false): [string, NameWord][] {
  return list.map((w) => [w, { direction, decisive }]);
}

const NAME_WORDS = new PhraseFinder<NameWord>([
  // Stated outright: these settle it even beside other words ("Fler besök – lägre är bättre").
  ...words("higher", ["ju högre desto bättre", "ju högre, desto bättre", "högre är bättre"], true),
  ...words("lower", ["ju lägre desto bättre", "ju lägre, desto bättre", "lägre är bättre"], true),
  ...words("lower", [
    "minska",
    "minskar",
    "minskas",
    "minskad",
    "minskade",
    "minskat",
    "minskning",
    "minskningen",
    "minskande",
    "sänka",
    "sänks",
    "sänkas",
    "sänkt",
    "sänkta",
    "sänkning",
    "reducera",
    "reduceras",
    "reducerad",
    "reducerade",
    "reducering",
    "halvera",
    "halveras",
    "halverad",
    "halvering",
    "minimera",
    "minimeras",
    "begränsa",
    "begränsas",
    "lägre",
    "färre",
    "mindre",
    "kortare",
    "förkorta",
    "förkortas",
    "förkortad",
    "förkortade",
    "understiga",
    "understiger",
  ]),
  ...words("higher", [
    "öka",
    "ökar",
    "ökas",
    "ökad",
    "ökade",
    "ökat",
    "ökning",
    "ökningen",
    "ökande",
    "höja",
    "höjs",
    "höjas",
    "höjt",
    "höjning",
    "högre",
    "fler",
    "mer",
    "större",
    "förbättra",
    "förbättras",
    "förbättrad",
    "förbättrade",
    "förbättrat",
    "förbättring",
    "stärka",
    "stärks",
    "stärkas",
    "stärkt",
    "utöka",
    "utökas",
    "utökad",
    "maximera",
    "fördubbla",
    "överstiga",
    "överstiger",
  ]),
]);

/** "inte öka", "ska inte minska", "ingen ökning", "får ej överstiga": the word before turns the direction. */
const NEGATIONS = new Set(["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga"]);

/** "mer än 90 dagar": a comparative followed by a number describes the measure. */
const THAN_NUMBER = /^\s+än\s+[-−–]?\s*\d/u;

export function directionFromName(name: string): Direction | null {
  const words = directionWordsInName(name);
  return words === "none" || words === "both" ? null : words;
}

/**
 * The direction the name's words give, "both" when they point both ways ("Fler patienter med kortare väntetid"),
 * "none" when it has no direction word. Only "none" leaves room for the lower-is-better lexicon.
 */
export function directionWordsInName(name: string): Direction | "both" | "none" {
  if (typeof name !== "string") return "none";
  const folded = foldForMatching(name);
  const found = new Set<Direction>();
  for (const m of NAME_WORDS.findAll(folded)) {
    if (m.entry.decisive) return m.entry.direction;
    if (THAN_NUMBER.test(folded.slice(m.end))) continue;
    const before = wordBefore(folded, m.start);
    const negated = before !== null && NEGATIONS.has(before);
    found.add(negated ? opposite(m.entry.direction) : m.entry.direction);
  }
  // "Fler patienter med kortare väntetid" names both ways; better to say so than to guess.
  if (found.size === 0) return "none";
  return found.size === 1 ? ([...found][0] ?? "none") : "both";
}

function opposite(d: Direction): Direction {
  return d === "higher" ? "lower" : "higher";
}

const HIGHER_FIRST_WORDS = new Set([
  "högre",
  "hög",
  "högt",
  "höga",
  "öka",
  "ökande",
  "ökning",
  "stigande",
  "higher",
  "high",
  "increase",
  "increasing",
  "up",
]);
const LOWER_FIRST_WORDS = new Set([
  "lägre",
  "låg",
  "lågt",
  "låga",
  "minska",
  "minskande",
  "minskning",
  "sjunkande",
  "lower",
  "low",
  "decrease",
  "decreasing",
  "down",
]);
const UP_ARROWS = new Set(["↑", "⬆", "▲", "↗", "➚", "⇧"]);
const DOWN_ARROWS = new Set(["↓", "⬇", "▼", "↘", "➘", "⇩"]);
const YES_NO = /^(?:ja|yes)\s*(?:\/|-|eller|or)\s*(?:nej|no)$/u;

/** The Riktning column: "Högre är bättre", "Lägre", "↑", "Ja/Nej"…; null when empty or not understood. */
export function parseDirectionCell(text: RawCell): Direction | "yesno" | null {
  if (typeof text !== "string") return null;
  const folded = foldForMatching(text)
    .trim()
    .replace(/[.!:]+$/, "");
  if (folded === "") return null;
  if (YES_NO.test(folded)) return "yesno";
  const first = String.fromCodePoint(folded.codePointAt(0) ?? 0);
  if (UP_ARROWS.has(first)) return "higher";
  if (DOWN_ARROWS.has(first)) return "lower";
  // "Ju högre desto bättre" names its direction in the second word.
  const wordList = folded.split(/[^\p{L}]+/u).filter((w) => w !== "");
  const word = wordList[0] === "ju" ? wordList[1] : wordList[0];
  if (word === undefined) return null;
  if (HIGHER_FIRST_WORDS.has(word)) return "higher";
  if (LOWER_FIRST_WORDS.has(word)) return "lower";
  return null;
}

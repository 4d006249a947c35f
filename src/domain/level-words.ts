/**
 * The sheet's own words for its levels (SPEC §1), inflected: summaries say "41 framgångsfaktorer" where the plan
 * sheet says Framgångsfaktor, and agree adjectives with the word's gender ("1 mål är uppfyllt", "1 indikator är
 * uppfylld").
 */
import type { Level } from "./vocabulary";

export type Gender = "en" | "ett";

export interface LevelWord {
  readonly singular: string;
  readonly plural: string;
  /** "framgångsfaktorn", "aktiva målet" (adjectives take the definite form). */
  readonly definiteSingular: string;
  /** "framgångsfaktorerna", "aktiva målen". */
  readonly definitePlural: string;
  readonly gender: Gender;
}

const word = (
  singular: string,
  plural: string,
  definiteSingular: string,
  definitePlural: string,
  gender: Gender,
): LevelWord => ({ singular, plural, definiteSingular, definitePlural, gender });

export const GENERIC_WORDS: Readonly<Record<Level, LevelWord>> = {
  plan: word("plan", "planer", "planen", "planerna", "en"),
  goal: word("mål", "mål", "målet", "målen", "ett"),
  indicator: word("mätetal", "mätetal", "mätetalet", "mätetalen", "ett"),
};

const WORDS: readonly LevelWord[] = [
  GENERIC_WORDS.plan,
  word("handlingsplan", "handlingsplaner", "handlingsplanen", "handlingsplanerna", "en"),
  word("verksamhetsplan", "verksamhetsplaner", "verksamhetsplanen", "verksamhetsplanerna", "en"),
  GENERIC_WORDS.goal,
  word("resultatmål", "resultatmål", "resultatmålet", "resultatmålen", "ett"),
  word("strategiskt mål", "strategiska mål", "strategiska målet", "strategiska målen", "ett"),
  word("aktivt mål", "aktiva mål", "aktiva målet", "aktiva målen", "ett"),
  word("delmål", "delmål", "delmålet", "delmålen", "ett"),
  GENERIC_WORDS.indicator,
  word("indikator", "indikatorer", "indikatorn", "indikatorerna", "en"),
  word("mått", "mått", "måttet", "måtten", "ett"),
  word("nyckeltal", "nyckeltal", "nyckeltalet", "nyckeltalen", "ett"),
  word("framgångsfaktor", "framgångsfaktorer", "framgångsfaktorn", "framgångsfaktorerna", "en"),
];

/** SPEC §1's English level words, told in Swedish: the summaries are Swedish. */
const ENGLISH: Readonly<Record<string, string>> = {
  "action plan": "handlingsplan",
  goal: "mål",
  objective: "mål",
  indicator: "indikator",
  measure: "mått",
  kpi: "nyckeltal",
};

const normalise = (text: string): string => text.trim().replace(/\s+/g, " ").toLowerCase();

const LOOKUP: ReadonlyMap<string, LevelWord> = (() => {
  const map = new Map<string, LevelWord>();
  for (const w of WORDS) {
    // The plural forms too: a sheet may say "Mätetal" or "Framgångsfaktorer" in its Nivå column.
    map.set(w.singular, w);
    if (!map.has(w.plural)) map.set(w.plural, w);
  }
  for (const [english, swedish] of Object.entries(ENGLISH)) {
    const w = map.get(swedish);
    if (w) map.set(english, w);
  }
  return map;
})();

/** The inflected word for a Nivå cell's text; null when it is not one of the known level words. */
export function levelWord(text: string): LevelWord | null {
  return LOOKUP.get(normalise(text)) ?? null;
}

/**
 * The word a summary uses for rows of one level: the sheets' own word when one is most common among them (unknown
 * words count for the generic one), else the generic word ("mätetal", "mål", "plan"). A tie is a mix: generic.
 */
export function chooseLevelWord(levelTexts: readonly string[], level: Level): LevelWord {
  const generic = GENERIC_WORDS[level];
  const counts = new Map<LevelWord, number>();
  for (const text of levelTexts) {
    const w = levelWord(text) ?? generic;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = generic;
  let bestCount = 0;
  let tie = false;
  for (const [w, count] of counts) {
    if (count > bestCount) {
      best = w;
      bestCount = count;
      tie = false;
    } else if (count === bestCount) {
      tie = true;
    }
  }
  return tie ? generic : best;
}

/**
 * The word for rows of one level across many sheets (Översikt's headings): the sheets' own word only where every row
 * uses it, else the generic word. "Strategiska mål" over a column that also counts Resultatmål would mislead.
 */
export function sharedLevelWord(levelTexts: readonly string[], level: Level): LevelWord {
  const generic = GENERIC_WORDS[level];
  let shared: LevelWord | null = null;
  for (const text of levelTexts) {
    const w = levelWord(text) ?? generic;
    if (shared !== null && w !== shared) return generic;
    shared = w;
  }
  return shared ?? generic;
}

/** "framgångsfaktorer" → "Framgångsfaktorer", for headers. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type AssessedStatus = "green" | "yellow" | "red";

const PARTICIPLE_PREFIX: Readonly<Record<AssessedStatus, string>> = { green: "", yellow: "delvis ", red: "ej " };

/** "uppfylld" (one en-word), "uppfyllt" (one ett-word), "uppfyllda" (any other count), with "delvis"/"ej" in front. */
export function statusParticiple(status: AssessedStatus, count: number, gender: Gender): string {
  const ending = count === 1 ? (gender === "en" ? "d" : "t") : "da";
  return `${PARTICIPLE_PREFIX[status]}uppfyll${ending}`;
}

/** "1 indikator", "3 indikatorer". */
export function countNoun(count: number, word: LevelWord): string {
  return `${count} ${count === 1 ? word.singular : word.plural}`;
}

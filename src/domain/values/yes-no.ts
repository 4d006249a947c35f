/** Yes/no targets and actuals (SPEC §2, §3): "Ja", "Genomförd", "Pågår", "Ej genomförd", "x". */
import { PhraseFinder } from "./text-match";
import type { YesNoState, YesNoWords } from "./types";

const YES = [
  "ja",
  "japp",
  "genomfört",
  "genomförd",
  "genomförda",
  "genomförts",
  "klar",
  "klart",
  "klara",
  "uppfyllt",
  "uppfylld",
  "uppfyllda",
  "uppnått",
  "uppnådd",
  "uppnådda",
  "infört",
  "införd",
  "sant",
  "true",
  "yes",
  "done",
  "completed",
];
const ONGOING = [
  "pågår",
  "pågående",
  "påbörjad",
  "påbörjat",
  "påbörjade",
  "delvis",
  "under arbete",
  "under genomförande",
  "i gång",
  "igång",
  "ongoing",
  "in progress",
  "started",
  "partly",
];
// Negations only count before a yes or ongoing word: "Inte mätt" is no answer.
const NO = ["nej", "falskt", "false", "no", "not done", "ej påbörjad", "ej påbörjat", "ej startat"];
const NEGATIONS = ["ej", "inte", "icke", "not"];

/** Whole-cell marks: a lone "x" means done, but an "x" inside a sentence means nothing; so with "Ej" ("Ej över 5"). */
const WHOLE_CELL: ReadonlyMap<string, YesNoState> = new Map<string, YesNoState>([
  ["x", "yes"],
  ["ok", "yes"],
  ["✓", "yes"],
  ["✔", "yes"],
  ["☑", "yes"],
  ["ej", "no"],
]);

/** "Genomfört ja/nej" or "Ja/Nej" written as a target: the answer that counts as done is yes. */
const YES_IS_TARGET = /(?<![\p{L}\p{N}])(?:ja|yes)\s*(?:\/|-|eller)\s*(?:nej|no)(?![\p{L}\p{N}])/gu;

type Entry = { readonly state: YesNoState | "negation"; readonly word: string };

function buildFinder(words: YesNoWords | undefined): PhraseFinder<Entry> {
  // Rule words first: at equal length the first entry wins, so a rule can recast a built-in word.
  const entries: [string, Entry][] = [];
  const add = (list: readonly string[] | undefined, state: Entry["state"]): void => {
    for (const word of list ?? []) if (typeof word === "string") entries.push([word, { state, word }]);
  };
  add(words?.yes, "yes");
  add(words?.ongoing, "ongoing");
  add(words?.no, "no");
  add(YES, "yes");
  add(ONGOING, "ongoing");
  add(NO, "no");
  add(NEGATIONS, "negation");
  return new PhraseFinder(entries);
}

const BUILT_IN = buildFinder(undefined);

/** Rules are few and cells many: one finder per set of rule words, not per cell. */
const byRuleWords = new Map<string, PhraseFinder<Entry>>();
const MAX_CACHED = 64;

function finderFor(words: YesNoWords | undefined): PhraseFinder<Entry> {
  if (!hasWords(words)) return BUILT_IN;
  const key = JSON.stringify([words?.yes ?? [], words?.ongoing ?? [], words?.no ?? []]);
  let finder = byRuleWords.get(key);
  if (finder === undefined) {
    if (byRuleWords.size >= MAX_CACHED) byRuleWords.clear();
    finder = buildFinder(words);
    byRuleWords.set(key, finder);
  }
  return finder;
}

/**
 * The yes/no state of folded text without a number in it, or null when it has no yes/no word.
 * Several words that agree ("Nej, ej genomfört") give that state; "Ja, delvis" is ongoing; yes against no is
 * "ambiguous".
 */
export function readYesNo(folded: string, words?: YesNoWords): YesNoState | "ambiguous" | null {
  const trimmed = folded.trim().replace(/[.!]+$/, "");
  const whole = WHOLE_CELL.get(trimmed);
  if (whole !== undefined) return whole;
  const withoutTargetForm = trimmed.replace(YES_IS_TARGET, " ");
  const finder = finderFor(words);
  const matches = finder.findAll(withoutTargetForm);
  if (matches.length === 0) return withoutTargetForm.length < trimmed.length ? "yes" : null;

  const states = new Set<YesNoState>();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (m === undefined) continue;
    const next = matches[i + 1];
    const negates = NEGATIONS.includes(m.entry.word);
    // "ej genomförd", "inte klar": a negation directly before a yes or ongoing word makes it a no.
    if (
      negates &&
      next !== undefined &&
      next.entry.state !== "no" &&
      /^\s*$/.test(withoutTargetForm.slice(m.end, next.start))
    ) {
      states.add("no");
      i++;
      continue;
    }
    if (m.entry.state !== "negation") states.add(m.entry.state);
  }
  if (states.size === 1) return [...states][0] ?? null;
  if (states.has("ongoing")) return "ongoing";
  return states.size === 0 ? null : "ambiguous";
}

function hasWords(words: YesNoWords | undefined): boolean {
  return (words?.yes?.length ?? 0) + (words?.ongoing?.length ?? 0) + (words?.no?.length ?? 0) > 0;
}

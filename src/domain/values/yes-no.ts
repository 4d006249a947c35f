/** Yes/no targets and actuals (SPEC §2, §3): "Ja", "Genomförd", "Pågår", "Ej genomförd", "x". */
import { codePointBefore, isSpaceCode, isWordCode, PhraseFinder } from "./text-match";
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
  "påbörjats",
  "delvis",
  "under arbete",
  "under genomförande",
  "i gång",
  "igång",
  "ongoing",
  "in progress",
  "started",
  "partly",
  // Quantifiers that make a "done" sentence a partial one: "De flesta aktiviteter är genomförda" is not done.
  // A wrong ↑ is worse than a →, so any of these next to a yes word gives ongoing.
  "de flesta",
  "flertalet",
  "majoriteten",
  "merparten",
  "huvuddelen",
  "till stor del",
  "till viss del",
  "nästan",
  "inte alla",
  "ej alla",
  "inte helt",
  "ej helt",
  "hälften",
  "några",
  "vissa",
];
// Negations only count before a yes or ongoing word: "Inte mätt" is no answer.
const NO = ["nej", "falskt", "false", "no", "not done", "ej påbörjad", "ej påbörjat", "ej startat"];
// "Ingen av aktiviteterna har genomförts" is not done, but "Inga avvikelser" is no answer at all: a none-word only
// counts beside a yes word, and then leaves the cell ambiguous (no arrow) rather than guessing.
const NONE = ["ingen", "inga", "inget", "ingenting", "none"];
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

/**
 * "Genomfört ja/nej" or "Ja/Nej" written as a target: the answer that counts as done is yes. The pattern must not
 * start right after a letter or numeral; that is checked in code (`replaceTargetForms`), not with a lookbehind,
 * which WebKit before 16.4 (Excel on older Macs) cannot parse.
 */
export const YES_IS_TARGET = /(?:ja|yes)\s*(?:\/|-|eller)\s*(?:nej|no)(?![\p{L}\p{N}])/gu;

/** `text.replace(YES_IS_TARGET, " ")` as a lookbehind for "no letter or digit before" would have it. */
export function replaceTargetForms(text: string): string {
  let out = "";
  let kept = 0;
  YES_IS_TARGET.lastIndex = 0;
  for (let m = YES_IS_TARGET.exec(text); m !== null; m = YES_IS_TARGET.exec(text)) {
    if (isWordCode(codePointBefore(text, m.index))) {
      // A refused start: try again one character later, as the regex engine does after a failed lookbehind.
      YES_IS_TARGET.lastIndex = m.index + 1;
      continue;
    }
    out += `${text.slice(kept, m.index)} `;
    kept = m.index + m[0].length;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

type Entry = { readonly state: YesNoState | "negation" | "none"; readonly word: string };

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
  add(NONE, "none");
  return new PhraseFinder(entries);
}

const BUILT_IN = buildFinder(undefined);

/** Rules are few and cells many: one finder per set of rule words, not per cell. */
const byRuleWords = new Map<string, PhraseFinder<Entry>>();
const MAX_CACHED = 64;

/** The finder last used, with copies of its word lists: a workbook reads most cells with the same rule. */
let last: { yes: unknown[]; ongoing: unknown[]; no: unknown[]; finder: PhraseFinder<Entry> } | null = null;

function finderFor(words: YesNoWords | undefined): PhraseFinder<Entry> {
  if (!hasWords(words)) return BUILT_IN;
  const yes = words?.yes ?? [];
  const ongoing = words?.ongoing ?? [];
  const no = words?.no ?? [];
  if (last !== null && sameItems(last.yes, yes) && sameItems(last.ongoing, ongoing) && sameItems(last.no, no)) {
    return last.finder;
  }
  const finder = cachedFinder(words, yes, ongoing, no);
  last = { yes: [...yes], ongoing: [...ongoing], no: [...no], finder };
  return finder;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cachedFinder(
  words: YesNoWords | undefined,
  yes: readonly string[],
  ongoing: readonly string[],
  no: readonly string[],
): PhraseFinder<Entry> {
  const key = JSON.stringify([yes, ongoing, no]);
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
  const trimmed = withoutTrailingMarks(folded.trim());
  const whole = WHOLE_CELL.get(trimmed);
  if (whole !== undefined) return whole;
  // The target form needs a "ja" or "yes": without one, the pattern need not run.
  const mayHaveTargetForm = trimmed.includes("ja") || trimmed.includes("yes");
  const withoutTargetForm = mayHaveTargetForm ? replaceTargetForms(trimmed) : trimmed;
  const finder = finderFor(words);
  const matches = finder.findAll(withoutTargetForm);
  if (matches.length === 0) return withoutTargetForm.length < trimmed.length ? "yes" : null;

  const states = new Set<YesNoState>();
  let none = false;
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
      onlySpaces(withoutTargetForm, m.end, next.start)
    ) {
      states.add("no");
      i++;
      continue;
    }
    if (m.entry.state === "none") none = true;
    else if (m.entry.state !== "negation") states.add(m.entry.state);
  }
  if (none && states.has("yes")) return "ambiguous";
  if (states.size === 1) return [...states][0] ?? null;
  if (states.has("ongoing")) return "ongoing";
  return states.size === 0 ? null : "ambiguous";
}

/** "Klart!" -> "klart": what `/[.!]+$/` takes off. */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== 0x2e && code !== 0x21) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Whether text[from, to) is only whitespace (or empty). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function hasWords(words: YesNoWords | undefined): boolean {
  return (words?.yes?.length ?? 0) + (words?.ongoing?.length ?? 0) + (words?.no?.length ?? 0) > 0;
}

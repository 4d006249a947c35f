/**
 * Names of generated sheets: at most 31 characters, legal in Excel, derived only from what the sheet summarises so
 * that the same input gives the same names (docs/SUMMARIES.md, "Naming").
 */
import type { SummaryKind } from "./types";

export const MAX_SHEET_NAME_LENGTH = 31;
export const OVERVIEW_SHEET_NAME = "Översikt";
export const PERSPECTIVE_PREFIX = "Perspektiv – ";
export const PLAN_PREFIX = "Plan – ";
/** What a plan or perspective without a usable name is called. */
export const UNNAMED = "utan namn";
/** Excel keeps this name for itself (the change history). */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

const ELLIPSIS = "…";

/** Excel compares sheet names without regard to case. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Makes free text usable inside a sheet name: brackets become parentheses, the separators / \ : become "-",
 * ? and * and control characters go, whitespace runs become one space. An apostrophe becomes ’: Excel refuses one at
 * either end, and ExcelJS writes references to the sheet (print titles) without doubling one inside.
 */
export function cleanNameText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\[/g, "(")
      .replace(/\]/g, ")")
      .replace(/[/\\:]/g, "-")
      .replace(/'/g, "’")
      // Control characters (a newline typed with Alt+Enter in the plan's name) and the two wildcards.
      // eslint-disable-next-line no-control-regex
      .replace(/[?*\u0000-\u001f\u007f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Shortens to `max` UTF-16 units (Excel's count) without splitting a character, ending in "…" so a reader sees the
 * name was cut; a separator left dangling before the "…" is dropped.
 */
export function truncateName(name: string, max: number): string {
  if (name.length <= max) return name;
  let out = "";
  for (const ch of Array.from(name)) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out.replace(/[\s\-–—.,;:(]+$/u, "") + ELLIPSIS;
}

/**
 * Shortens to `max` like truncateName, but keeps the numbers at the end of the name (a year, "2021–2023", "del 2"):
 * they are what tells "… 2021" from "… 2022" apart, so the words before them are cut instead.
 */
export function shortenName(name: string, max: number): string {
  if (name.length <= max) return name;
  const words = name.split(" ");
  let tail = "";
  let at = words.length;
  while (at > 1) {
    const word = words[at - 1] ?? "";
    if (!/\d/.test(word)) break;
    const longer = tail === "" ? word : `${word} ${tail}`;
    // Room for at least a few letters and the "…" in front.
    if (longer.length > max - 8) break;
    tail = longer;
    at -= 1;
  }
  if (tail === "") return truncateName(name, max);
  return `${truncateName(words.slice(0, at).join(" "), max - tail.length - 1)} ${tail}`;
}

/** The name a generated sheet would have if nothing stood in its way: Översikt, the perspective's or plan's label. */
export function baseSheetName(kind: SummaryKind, label: string): string {
  if (kind === "overview") return OVERVIEW_SHEET_NAME;
  const cleaned = cleanNameText(label);
  return shortenName(cleaned === "" ? UNNAMED : cleaned, MAX_SHEET_NAME_LENGTH);
}

/**
 * The prefixed name, for a perspective or plan named exactly like one of the user's plan sheets (a plan formed by a
 * sheet without plan rows is named after the sheet): "Plan – Nämndens uppdrag" instead of a numbered copy.
 */
export function prefixedSheetName(kind: "perspective" | "plan", label: string): string {
  const cleaned = cleanNameText(label);
  const prefix = kind === "perspective" ? PERSPECTIVE_PREFIX : PLAN_PREFIX;
  return shortenName(prefix + (cleaned === "" ? UNNAMED : cleaned), MAX_SHEET_NAME_LENGTH);
}

/**
 * Words that open many plan names and say nothing about which plan it is. Longest first; matched as whole words at
 * the start, regardless of case.
 */
export const COMMON_PLAN_WORDS: readonly string[] = [
  "Övergripande handlingsplan för",
  "Övergripande handlingsplan",
  "Övergripande plan för",
  "Regional handlingsplan för",
  "Handlingsplanen för",
  "Handlingsplan för",
  "Handlingsplan",
  "Verksamhetsplan för",
  "Åtgärdsplan för",
  "Aktivitetsplan för",
  "Plan för",
];

const hasLetterWord = (words: readonly string[]): boolean => words.some((w) => /\p{L}/u.test(w) && !/\d/.test(w));

const wordKey = (word: string): string => word.toLocaleLowerCase("sv");

function capitaliseFirst(text: string): string {
  const first = Array.from(text)[0] ?? "";
  return first.toLocaleUpperCase("sv") + text.slice(first.length);
}

/** The words after a leading common plan phrase, when what remains still holds a word (not only a year). */
function withoutPlanWords(words: readonly string[]): readonly string[] {
  for (const phrase of COMMON_PLAN_WORDS) {
    const phraseWords = phrase.split(" ").map(wordKey);
    if (phraseWords.length >= words.length) continue;
    if (!phraseWords.every((w, i) => wordKey(words[i] ?? "") === w)) continue;
    const rest = words.slice(phraseWords.length);
    return hasLetterWord(rest) ? rest : words;
  }
  return words;
}

/**
 * What each plan's sheet is called, before shortening (SPEC §6): the words that tell the plans apart. The leading
 * and closing words every plan shares are dropped (each keeps at least one word, and a word, not only a year), then a
 * common plan phrase such as "Övergripande handlingsplan för". Numbers and years that differ stay. Depends only on the names, so the same
 * plans get the same labels run after run.
 */
export function distinguishingPlanLabels(names: readonly string[]): string[] {
  const split = names.map((n) => {
    const cleaned = cleanNameText(n);
    return cleaned === "" ? [] : cleaned.split(" ");
  });
  const named = split.filter((w) => w.length > 0);
  let shared = 0;
  let sharedEnd = 0;
  if (named.length >= 2) {
    const shortest = Math.min(...named.map((w) => w.length));
    const first = named[0] ?? [];
    while (shared < shortest - 1 && named.every((w) => wordKey(w[shared] ?? "") === wordKey(first[shared] ?? "")))
      shared += 1;
    // A plan left with only a number ("2021" alone says nothing) keeps its whole name; the plan words still go.
    if (!named.every((w) => hasLetterWord(w.slice(shared)))) shared = 0;
    // The closing words every plan shares ("2024–2026", "i Region Norr") tell nothing apart either.
    const wordAt = (w: readonly string[], fromEnd: number): string => wordKey(w[w.length - 1 - fromEnd] ?? "");
    while (shortest - shared - sharedEnd > 1 && named.every((w) => wordAt(w, sharedEnd) === wordAt(first, sharedEnd)))
      sharedEnd += 1;
    while (sharedEnd > 0 && !named.every((w) => hasLetterWord(w.slice(shared, w.length - sharedEnd)))) sharedEnd -= 1;
  }
  return split.map((words) => {
    if (words.length === 0) return "";
    const tail = words.slice(shared, words.length - sharedEnd);
    const rest = withoutPlanWords(tail);
    const label = rest.join(" ");
    return shared > 0 || rest !== tail ? capitaliseFirst(label) : label;
  });
}

/** The n:th choice for a base name: the base itself, then "Base (2)", "Base (3)"…, the base shortened to fit. */
export function candidateName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return truncateName(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/** Whether `name` is one of the candidates for `base` (so a name kept from an earlier run still fits its sheet). */
export function isCandidateOf(name: string, base: string): boolean {
  const key = sheetNameKey(name);
  if (key === sheetNameKey(base)) return true;
  const match = /\((\d+)\)$/.exec(name);
  if (!match?.[1]) return false;
  const n = Number(match[1]);
  return n >= 2 && key === sheetNameKey(candidateName(base, n));
}

/** Whether Excel accepts the name; every name made above is, which the tests check for arbitrary input. */
export function isLegalSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !/[[\]/\\:?*]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED_SHEET_NAMES.some((r) => sheetNameKey(r) === sheetNameKey(name))
  );
}

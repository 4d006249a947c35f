/** Reading a value typed as text (SPEC §2): "90 %", "Minst 37,8 mkr", "80–90 %", "Lägre än 2020", "Genomförd". */
import { findBaselineRef } from "./baseline-ref";
import { agree, COMPARATORS, prefixTarget, type ComparatorEntry } from "./comparators";
import { shiftDecimal } from "./format";
import { isNotMeasured } from "./not-measured";
import { scanNumbers, type NumberToken } from "./number-tokens";
import { foldForMatching } from "./text-match";
import type {
  BaselineValue,
  Comparison,
  NumberValue,
  PercentValue,
  RangeValue,
  ReadValue,
  UnparseableReason,
  UnparseableValue,
  YesNoState,
  YesNoWords,
} from "./types";
import { readYesNo } from "./yes-no";

/** A number right after these words is a time or a condition, not the target: "90 % inom 30 dagar". */
const QUALIFIER_WORDS = new Set([
  "inom",
  "per",
  "efter",
  "på",
  "senast",
  "före",
  "innan",
  "år",
  "året",
  "vecka",
  "v",
  "v.",
  "dag",
  "t.o.m",
  "t.o.m.",
  "tom",
  "sedan",
  "kl",
  "kl.",
]);

/** Units of time: beside a percent they say when, not how much ("90 % 30 dagar efter utskrivning"). */
const TIME_UNITS = new Set([
  "dag",
  "dagar",
  "dygn",
  "vecka",
  "veckor",
  "v",
  "månad",
  "månader",
  "mån",
  "timme",
  "timmar",
  "tim",
  "h",
  "minut",
  "minuter",
  "min",
  "år",
]);

/** Only dashes: the glyph for "no value" (SPEC §3's missing), which people also type into Utfall. */
function onlyDashes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2d && code !== 0x2212 && !(code >= 0x2010 && code <= 0x2014)) return false;
  }
  return text.length > 0;
}

interface Context {
  readonly text: string;
  readonly folded: string;
  /** The comparator words found, by place, in the order they stand. */
  readonly suffixes: readonly ComparatorEntry[];
  readonly verbs: readonly ComparatorEntry[];
  readonly bares: readonly ComparatorEntry[];
  /** Prefix comparators, each with the position of the number or reference it stands before. */
  readonly prefixes: readonly PrefixAt[];
}

const NO_ENTRIES: readonly ComparatorEntry[] = [];

/** A prefix comparator and the position of the number or reference it stands before. */
interface PrefixAt {
  readonly at: number;
  readonly entry: ComparatorEntry;
}

const NO_PREFIXES: readonly PrefixAt[] = [];

/** The prefix comparator standing before position `at`; the last one found when several point there. */
function prefixAt(ctx: Context, at: number): ComparatorEntry | undefined {
  const prefixes = ctx.prefixes;
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const p = prefixes[i];
    if (p !== undefined && p.at === at) return p.entry;
  }
  return undefined;
}

function context(text: string, folded: string): Context {
  let suffixes = NO_ENTRIES;
  let verbs = NO_ENTRIES;
  let bares = NO_ENTRIES;
  let prefixes = NO_PREFIXES;
  for (const m of COMPARATORS.findAll(folded)) {
    const entry = m.entry;
    switch (entry.place) {
      case "prefix":
        prefixes = [...prefixes, { at: prefixTarget(folded, m.end), entry }];
        break;
      case "suffix":
        suffixes = [...suffixes, entry];
        break;
      case "verb":
        verbs = [...verbs, entry];
        break;
      case "bare":
        bares = [...bares, entry];
        break;
    }
  }
  return { text, folded, suffixes, verbs, bares, prefixes };
}

export function readText(raw: string, words?: YesNoWords): ReadValue | null {
  const text = raw.trim();
  if (text === "" || onlyDashes(text)) return null;
  const folded = foldForMatching(text);
  const { numbers, dates } = scanNumbers(folded, text);
  const ctx = context(text, folded);
  const verbs = ctx.verbs;

  const onlyYears = allYears(numbers);
  if (onlyYears) {
    const state = readYesNo(folded, words);
    if (state === "ambiguous") return unparseable(ctx, "ambiguous");
    if (state !== null) return booleanValue(text, state);
  }
  // After yes/no, so that "Nej, saknas" stays a no; "Ej mätt" has no yes/no word to take.
  if (isNotMeasured(folded, onlyYears))
    return { kind: "not-measured", value: null, unit: null, text, comparison: null };

  // "Minska från 20 till 15": the number after "till" is where to get to; the others are the way there.
  const tillTargets = verbs.length > 0 ? numbers.filter((n) => n.wordBefore === "till" && !n.year) : [];
  if (tillTargets.length === 1 && tillTargets[0] !== undefined) return numberValue(ctx, tillTargets[0]);

  const baseline = findBaselineRef(folded, numbers);
  if (baseline !== null) {
    const others = numbers.filter((n) => n !== baseline.token && !n.year && !isQualifier(n));
    if (others.length > 1) return unparseable(ctx, "several-numbers");
    const attached = prefixAt(ctx, baseline.at);
    const comparison =
      (attached === undefined ? null : { direction: attached.direction, strict: attached.strict }) ??
      agree(ctx.suffixes) ??
      // "Ska öka jämfört med 2020": to rise is to end up above the reference.
      agree(verbs, true) ??
      agree(ctx.bares, true);
    const change = others[0];
    // "Lägre än 2019, dvs under 15 %": the number is the target; the year only says where it comes from.
    if (change !== undefined && statesTheTarget(ctx, change))
      return numberBesideBaseline(ctx, change, baseline.ref, comparison);
    return baselineValue(text, baseline.ref, comparison, change);
  }

  const free = withoutQualifiers(numbers);
  let candidates = withoutYears(free);
  if (candidates.length === 0) candidates = free;
  // "Ligga på 90 %": when every number follows a qualifier word, one of them is still the target, unless a
  // verb says the target is a change ("Minska inom 3 år").
  if (candidates.length === 0 && verbs.length === 0) candidates = numbers;

  if (candidates.length === 0) {
    const direction = agree(verbs, true) ?? agree(ctx.bares, true);
    if (direction !== null) return baselineValue(text, "", direction, undefined);
    return unparseable(ctx, dates.length > 0 ? "date" : "text");
  }
  if (candidates.length === 1 && candidates[0] !== undefined) return numberValue(ctx, candidates[0]);
  const [a, b] = candidates;
  if (candidates.length === 2 && a !== undefined && b !== undefined) {
    const range = rangeValue(ctx, a, b);
    if (range !== null) return range;
  }
  const percents = candidates.filter((n) => n.percent);
  const onlyTimesBesides =
    percents.length === 1 &&
    candidates.every((n) => n.percent || (n.unit !== null && TIME_UNITS.has(n.unit.toLowerCase())));
  if (onlyTimesBesides && percents[0] !== undefined) return numberValue(ctx, percents[0]);
  return unparseable(ctx, "several-numbers");
}

/** Words that introduce the target itself beside a reference: "dvs 15 %", "till 1 600", "mål: 15 %". */
const TARGET_INTRODUCERS = new Set(["dvs", "dvs.", "d.v.s", "d.v.s.", "till", "mål", "målet", "målvärde", "nivå"]);

/** "… med minst 10 %", "… med 10 %": a change from the reference, not a target of its own. */
const CHANGE_BEFORE = /(?:^|[^\p{L}\p{N}])med\s+(?:[^\s\d]+\s+)?$/u;

/**
 * Whether a number beside a baseline reference is the target itself ("dvs under 15 %", "– minst 1 600") rather
 * than a change from it ("Minska med 10 %", "10 % lägre än 2019"): it has a comparator of its own or a word that
 * introduces a target, and no "med" before it.
 */
function statesTheTarget(ctx: Context, n: NumberToken): boolean {
  if (CHANGE_BEFORE.test(ctx.folded.slice(Math.max(0, n.start - 40), n.start))) return false;
  if (prefixAt(ctx, n.start) !== undefined) return true;
  return n.wordBefore !== null && TARGET_INTRODUCERS.has(n.wordBefore);
}

/** The number read as the target; its direction is its own comparator's, else the reference's (not strict). */
function numberBesideBaseline(
  ctx: Context,
  n: NumberToken,
  ref: string,
  referenceComparison: Comparison | null,
): NumberValue | PercentValue {
  const own = prefixAt(ctx, n.start);
  const comparison =
    own !== undefined
      ? { direction: own.direction, strict: own.strict }
      : referenceComparison === null
        ? null
        : { direction: referenceComparison.direction, strict: false };
  const relativeTo = ref === "" ? {} : { relativeTo: ref };
  if (n.percent) {
    return { kind: "percent", value: shiftDecimal(n.value, -2), unit: null, text: ctx.text, comparison, ...relativeTo };
  }
  return { kind: "number", value: n.value, unit: n.unit, text: ctx.text, comparison, ...relativeTo };
}

function allYears(numbers: readonly NumberToken[]): boolean {
  for (const n of numbers) if (!n.year) return false;
  return true;
}

/** The numbers that do not follow a qualifier word; the list itself when none does. */
function withoutQualifiers(numbers: readonly NumberToken[]): readonly NumberToken[] {
  for (const n of numbers) if (isQualifier(n)) return numbers.filter((m) => !isQualifier(m));
  return numbers;
}

/** The numbers that are not years; the list itself when none is. */
function withoutYears(numbers: readonly NumberToken[]): readonly NumberToken[] {
  for (const n of numbers) if (n.year) return numbers.filter((m) => !m.year);
  return numbers;
}

function isQualifier(n: NumberToken): boolean {
  return n.wordBefore !== null && QUALIFIER_WORDS.has(n.wordBefore);
}

/** The comparator of one number: the one right before it, else words after it, else the verbs. */
function comparisonFor(ctx: Context, n: NumberToken): Comparison | null {
  const attached = prefixAt(ctx, n.start);
  if (attached !== undefined) return { direction: attached.direction, strict: attached.strict };
  return agree(ctx.suffixes) ?? agree(ctx.verbs);
}

function numberValue(ctx: Context, n: NumberToken): NumberValue | PercentValue {
  const comparison = comparisonFor(ctx, n);
  if (n.percent) return { kind: "percent", value: shiftDecimal(n.value, -2), unit: null, text: ctx.text, comparison };
  return { kind: "number", value: n.value, unit: n.unit, text: ctx.text, comparison };
}

const RANGE_GAP = /^\s*(?:-|till|och|à)\s*$/u;

/** "80–90 %", "mellan 5 och 10", "5 till 10 dagar", "minst 80 % och högst 90 %"; null when a and b are no range. */
function rangeValue(ctx: Context, a: NumberToken, b: NumberToken): RangeValue | null {
  const gap = ctx.folded.slice(a.after, b.start);
  const gapWord = gap.trim();
  const bySeparator = RANGE_GAP.test(gap) && (gapWord !== "och" || a.wordBefore === "mellan");
  const ca = prefixAt(ctx, a.start);
  const cb = prefixAt(ctx, b.start);
  const byBounds = ca !== undefined && cb !== undefined && ca.direction !== cb.direction;
  if (!bySeparator && !byBounds) return null;
  const percent = a.percent || b.percent;
  const unitA = a.percent ? null : a.unit;
  const unitB = b.percent ? null : b.unit;
  // "5 dagar – 3 mkr" is two things, not a range.
  if (unitA !== null && unitB !== null && unitA.toLowerCase() !== unitB.toLowerCase()) return null;
  if (percent && (unitA !== null || unitB !== null)) return null;
  const valueA = scaled(a, percent);
  const valueB = scaled(b, percent);
  const low = Math.min(valueA, valueB);
  const high = Math.max(valueA, valueB);
  return {
    kind: "range",
    value: low,
    high,
    percent,
    unit: percent ? null : (unitB ?? unitA),
    text: ctx.text,
    comparison: null,
  };
}

function scaled(n: NumberToken, percent: boolean): number {
  return percent ? shiftDecimal(n.value, -2) : n.value;
}

function baselineValue(
  text: string,
  ref: string,
  comparison: Comparison | null,
  change: NumberToken | undefined,
): BaselineValue {
  const base = { kind: "baseline", value: null, ref, unit: null, text, comparison } as const;
  if (change === undefined) return base;
  const value = change.percent ? shiftDecimal(change.value, -2) : change.value;
  return { ...base, change: { value: Math.abs(value), percent: change.percent } };
}

export function booleanValue(text: string, state: YesNoState): ReadValue {
  return { kind: "boolean", value: yesNoValue(state), state, unit: null, text, comparison: null };
}

/** true, false, or null for "ongoing" (SPEC §7: boolean values are true/false; ongoing is neither). */
export function yesNoValue(state: YesNoState): boolean | null {
  return state === "yes" ? true : state === "no" ? false : null;
}

function unparseable(ctx: Context, reason: UnparseableReason): UnparseableValue {
  // Direction words still tell which way is better, even when the value itself cannot be read.
  const comparison = agree(ctx.suffixes) ?? agree(ctx.verbs);
  return { kind: "unparseable", value: null, unit: null, reason, text: ctx.text, comparison };
}

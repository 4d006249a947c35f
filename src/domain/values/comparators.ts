/**
 * Comparators and direction words in a target (SPEC §2): "minst", "<", "eller lägre", "Minska till…".
 * Where a word stands decides whether it counts: "under" before a number is a comparator, "under 2021" is a
 * time and "öka över tid" nothing at all.
 */
import type { Direction } from "../vocabulary";
import { isSpaceCode, PhraseFinder } from "./text-match";
import type { Comparison } from "./types";

/**
 * prefix: counts only right before a number or a reference ("högst 5", "lägre än 2020");
 * suffix: after the number, anywhere ("13 % eller lägre");
 * verb: anywhere ("Minska till 13 %", "Ska öka jämfört med 2020");
 * bare: only in a text without numbers ("Lägre", meaning lower than the baseline).
 */
export type ComparatorPlace = "prefix" | "suffix" | "verb" | "bare";

export interface ComparatorEntry {
  readonly direction: Direction;
  readonly strict: boolean;
  readonly place: ComparatorPlace;
}

function entries(
  place: ComparatorPlace,
  direction: Direction,
  strict: boolean,
  phrases: readonly string[],
): [string, ComparatorEntry][] {
  return phrases.map((p) => [p, { direction, strict, place }]);
}

const TABLE: [string, ComparatorEntry][] = [
  ...entries("prefix", "lower", false, [
    "<=",
    "=<",
    "≤",
    "högst",
    "max",
    "max.",
    "maximalt",
    "maximum",
    "som mest",
    "som högst",
    "inte mer än",
    "ej mer än",
    "inte över",
    "ej över",
    "inte högre än",
    "ej högre än",
    "inte fler än",
    "ej fler än",
    "inte större än",
    "ej större än",
    "inte överstiga",
    "ej överstiga",
    "inte överskrida",
    "ej överskrida",
  ]),
  ...entries("prefix", "lower", true, [
    "<",
    "under",
    "lägre än",
    "mindre än",
    "färre än",
    "kortare än",
    "understiga",
    "understiger",
  ]),
  ...entries("prefix", "higher", false, [
    ">=",
    "=>",
    "≥",
    "minst",
    "lägst",
    "minimum",
    "som minst",
    "som lägst",
    "inte mindre än",
    "ej mindre än",
    "inte under",
    "ej under",
    "inte lägre än",
    "ej lägre än",
    "inte färre än",
    "ej färre än",
    "inte understiga",
    "ej understiga",
  ]),
  ...entries("prefix", "higher", true, [
    ">",
    "över",
    "högre än",
    "mer än",
    "fler än",
    "större än",
    "längre än",
    "överstiga",
    "överstiger",
    "överskrida",
  ]),
  ...entries("suffix", "lower", false, [
    "eller lägre",
    "eller mindre",
    "eller färre",
    "eller under",
    "eller kortare",
    "eller lägre än så",
    "och nedåt",
    "och lägre",
  ]),
  ...entries("suffix", "higher", false, [
    "eller högre",
    "eller mer",
    "eller fler",
    "eller större",
    "eller över",
    "och uppåt",
    "och högre",
    "och mer",
    "eller mera",
  ]),
  ...entries("verb", "lower", false, [
    "minska",
    "minskas",
    "minskar",
    "minskad",
    "minskat",
    "minskning",
    "ska minska",
    "sänka",
    "sänkas",
    "sänkt",
    "sänkning",
    "reducera",
    "reduceras",
    "reducering",
    "halvera",
    "halveras",
    "halvering",
    "minimera",
    "inte öka",
    "ej öka",
    "ska inte öka",
    "får inte öka",
    "inte ökas",
    "ej ökas",
  ]),
  ...entries("verb", "higher", false, [
    "öka",
    "ökas",
    "ökar",
    "ökad",
    "ökat",
    "ökning",
    "ska öka",
    "höja",
    "höjas",
    "höjning",
    "utöka",
    "utökas",
    "fördubbla",
    "fördubblas",
    "maximera",
    "inte minska",
    "ej minska",
    "ska inte minska",
    "får inte minska",
    "inte minskas",
    "ej minskas",
  ]),
  ...entries("bare", "lower", true, ["lägre", "färre", "mindre", "kortare"]),
  ...entries("bare", "higher", true, ["högre", "fler", "mer", "större"]),
];

export const COMPARATORS = new PhraseFinder<ComparatorEntry>(TABLE);

/** Where a prefix comparator points: past spaces, ":" and "=", at the number or reference it qualifies. */
export function prefixTarget(folded: string, end: number): number {
  let i = end;
  for (; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code !== 0x3a && code !== 0x3d && !isSpaceCode(code)) break;
  }
  return i;
}

/** The common direction of several words, with the loosest strictness; null when they disagree or there are none. */
export function agree(found: readonly ComparatorEntry[], strictOverride?: boolean): Comparison | null {
  const first = found[0];
  if (first === undefined) return null;
  if (found.some((c) => c.direction !== first.direction)) return null;
  const strict = strictOverride ?? found.every((c) => c.strict);
  return { direction: first.direction, strict };
}

/**
 * SPEC §2's order of direction sources: Riktning column, the rule named in Regel, the target's comparator,
 * the name's wording, else the default rule.
 *
 * Only explicit sources (column, rule, target) can conflict: a name is a heuristic, so it decides only when
 * nothing explicit exists and is never reported as contradicting one, nor is the default.
 */
import type { Direction, DirectionSource } from "../vocabulary";

export interface DirectionCandidates {
  readonly column: Direction | null;
  readonly rule: Direction | null;
  readonly target: Direction | null;
  readonly name: Direction | null;
  /** The default rule's direction, used (and reported as assumed) when nothing else says. */
  readonly fallback: Direction;
}

export interface DirectionConflict {
  readonly loser: DirectionSource;
  readonly direction: Direction;
}

export interface ResolvedDirection {
  readonly direction: Direction;
  readonly source: DirectionSource;
  /** Explicit sources below the winner that say otherwise. */
  readonly conflicts: readonly DirectionConflict[];
}

const EXPLICIT = ["column", "rule", "target"] as const;

/** Shared by the (nearly all) rows without a conflict, so resolving a row's direction allocates no array. */
const NO_CONFLICTS: readonly DirectionConflict[] = Object.freeze([]);

export function resolveDirection(c: DirectionCandidates): ResolvedDirection {
  for (let i = 0; i < EXPLICIT.length; i++) {
    const source = EXPLICIT[i];
    if (source === undefined) continue;
    const direction = c[source];
    if (direction === null) continue;
    return { direction, source, conflicts: conflictsBelow(c, i, direction) };
  }
  if (c.name !== null) return { direction: c.name, source: "name", conflicts: NO_CONFLICTS };
  return { direction: c.fallback, source: "default", conflicts: NO_CONFLICTS };
}

/** The explicit sources after index `winner` in EXPLICIT that say otherwise than `direction`. */
function conflictsBelow(c: DirectionCandidates, winner: number, direction: Direction): readonly DirectionConflict[] {
  let conflicts: DirectionConflict[] | null = null;
  for (let i = winner + 1; i < EXPLICIT.length; i++) {
    const loser = EXPLICIT[i];
    if (loser === undefined) continue;
    const other = c[loser];
    if (other !== null && other !== direction) (conflicts ??= []).push({ loser, direction: other });
  }
  return conflicts ?? NO_CONFLICTS;
}

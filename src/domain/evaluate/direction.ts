/**
 * SPEC §2's order of direction sources: Riktning column, the rule named in Regel, the target's comparator,
 * the name's wording, else the default rule.
 *
 * Only explicit sources (column, rule, target) can conflict: a name is a heuristic, so it decides only when
 * nothing explicit exists and is never reported as contradicting one, nor is the default.
 */
import type { Direction, DirectionSource } from "../status";

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

export function resolveDirection(c: DirectionCandidates): ResolvedDirection {
  for (let i = 0; i < EXPLICIT.length; i++) {
    const source = EXPLICIT[i];
    if (source === undefined) continue;
    const direction = c[source];
    if (direction === null) continue;
    const conflicts: DirectionConflict[] = [];
    for (const loser of EXPLICIT.slice(i + 1)) {
      const other = c[loser];
      if (other !== null && other !== direction) conflicts.push({ loser, direction: other });
    }
    return { direction, source, conflicts };
  }
  if (c.name !== null) return { direction: c.name, source: "name", conflicts: [] };
  return { direction: c.fallback, source: "default", conflicts: [] };
}

/**
 * Counts per perspective (SPEC §6's summaries): in Regler order, listed perspectives even with nothing in
 * them, then the others in order of first appearance, then "Utan perspektiv" last. Names compare without
 * case, and a listed perspective is always shown in the Regler spelling.
 */
import type { PerspectiveSummary } from "../evaluation";
import { normalizeLabel } from "../sheet/text";
import { emptyCounts, STATUSES, type Status, type StatusCounts } from "../status/statuses";

export const NO_PERSPECTIVE = "Utan perspektiv";

interface Tally {
  readonly name: string;
  readonly goals: StatusCounts;
  readonly indicators: StatusCounts;
}

export class PerspectiveTally {
  private readonly listed = new Map<string, Tally>();
  private readonly others = new Map<string, Tally>();
  private readonly none: Tally = { name: NO_PERSPECTIVE, goals: emptyCounts(), indicators: emptyCounts() };
  private noneUsed = false;

  constructor(perspectives: readonly string[]) {
    for (const name of perspectives) {
      const key = normalizeLabel(name);
      if (key !== "" && !this.listed.has(key)) this.listed.set(key, fresh(name));
    }
  }

  /** Whether Regler lists perspectives at all (only then is an unlisted one a problem). */
  get hasList(): boolean {
    return this.listed.size > 0;
  }

  /** The Regler spelling of a listed perspective; null when it is not listed. */
  listedName(name: string): string | null {
    return this.listed.get(normalizeLabel(name))?.name ?? null;
  }

  /** The name to show: the Regler spelling, else the first spelling seen, else null for none. */
  canonical(name: string | null): string | null {
    const tally = this.tallyFor(name);
    return tally === this.none ? null : tally.name;
  }

  addGoal(perspective: string | null, status: Status): void {
    this.tallyFor(perspective).goals[status]++;
  }

  /** A goal's indicators at once. */
  addIndicators(perspective: string | null, counts: StatusCounts): void {
    const total = this.tallyFor(perspective).indicators;
    for (const s of STATUSES) total[s] += counts[s];
  }

  summaries(): PerspectiveSummary[] {
    const out = [...this.listed.values(), ...this.others.values()];
    if (this.noneUsed) out.push(this.none);
    return out;
  }

  private tallyFor(name: string | null): Tally {
    const key = name === null ? "" : normalizeLabel(name);
    if (name === null || key === "") {
      this.noneUsed = true;
      return this.none;
    }
    const found = this.listed.get(key) ?? this.others.get(key);
    if (found) return found;
    const tally = fresh(name.trim());
    this.others.set(key, tally);
    return tally;
  }
}

function fresh(name: string): Tally {
  return { name, goals: emptyCounts(), indicators: emptyCounts() };
}

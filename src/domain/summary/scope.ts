/** Which evaluated rows a summary sheet covers, and the counting around them. */
import type { EvaluatedPlan, EvaluatedRow, Evaluation } from "../evaluation";
import { emptyCounts, STATUSES, type Level, type StatusCounts } from "../status";

/** The report's name for goals without a perspective (evaluation.perspectives lists it last). */
export const NO_PERSPECTIVE = "Utan perspektiv";

const key = (name: string | null): string => (name ?? NO_PERSPECTIVE).trim().toLowerCase();

/** Goal and indicator rows of one perspective, in sheet order; rows without a perspective go to "Utan perspektiv". */
export function rowsOfPerspective(rows: readonly EvaluatedRow[], perspective: string): EvaluatedRow[] {
  const wanted = key(perspective);
  return rows.filter((r) => r.level !== "plan" && key(r.perspective) === wanted);
}

/**
 * Goal and indicator rows of one plan, by position as the outline was read (SPEC §1: a goal belongs to the last plan
 * row above it), so two plans of the same name on one sheet stay apart.
 */
export function rowsOfPlan(evaluation: Evaluation, plan: EvaluatedPlan): EvaluatedRow[] {
  const start = plan.row ?? 0;
  const end = evaluation.plans
    .filter((p) => p.sheet === plan.sheet && p.row !== null && p.row > start)
    .reduce((min, p) => Math.min(min, p.row ?? Infinity), Infinity);
  return evaluation.rows.filter((r) => r.sheet === plan.sheet && r.level !== "plan" && r.row > start && r.row < end);
}

export function sumCounts(counts: readonly StatusCounts[]): StatusCounts {
  const sum = emptyCounts();
  for (const c of counts) for (const s of STATUSES) sum[s] += c[s];
  return sum;
}

export function countTotal(counts: StatusCounts): number {
  return counts.green + counts.yellow + counts.red + counts.missing;
}

export function levelTexts(rows: readonly EvaluatedRow[], level: Level): string[] {
  return rows.filter((r) => r.level === level).map((r) => r.levelText);
}

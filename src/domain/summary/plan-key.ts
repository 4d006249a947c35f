/** The identity of a plan across runs, used as its registry key so a plan keeps its sheet name. */
import type { EvaluatedPlan } from "../evaluation";

/**
 * "Sheet!Plan name", with "#2", "#3"… for later plans of the same name on the same sheet. Not the row: inserting
 * rows above a plan must not make it another plan.
 */
export function planKeys(plans: readonly EvaluatedPlan[]): string[] {
  const seen = new Map<string, number>();
  return plans.map((plan) => {
    const base = `${plan.sheet}!${plan.name}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

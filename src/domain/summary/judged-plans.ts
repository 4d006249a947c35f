/**
 * Plans judged by hand without goals (a plan list's Summering, SPEC §1a.3) are plans, not empty plans: the
 * summaries count them by their status instead of saying there is nothing to report.
 */
import type { EvaluatedPlan } from "../evaluation";
import { chooseLevelWord, type LevelWord } from "../level-words";
import { emptyCounts, type StatusCounts } from "../status/statuses";
import { countTotal } from "./scope";
import { summarySentence } from "./sentence";

/** A plan whose status is its own manual assessment and that has no goals or indicators to count. */
export function judgedWithoutGoals(plan: EvaluatedPlan): boolean {
  return plan.source === "manual" && countTotal(plan.goals) === 0 && countTotal(plan.indicators) === 0;
}

export function judgedPlanCounts(plans: readonly EvaluatedPlan[]): StatusCounts {
  const counts = emptyCounts();
  for (const p of plans) if (judgedWithoutGoals(p)) counts[p.status]++;
  return counts;
}

/**
 * Översikt's sentence: the goals' or indicators' sentence, and the judged plans' when there are any ("Av 13
 * handlingsplaner är 5 uppfyllda …"); the plans' alone when nothing else can be counted.
 */
export function withJudgedPlans(
  sentence: string,
  measured: number,
  plans: readonly EvaluatedPlan[],
  planWord: LevelWord,
): string {
  const judged = judgedPlanCounts(plans);
  const n = countTotal(judged);
  if (n === 0) return sentence;
  const planSentence = summarySentence(judged, planWord, { definite: measured === 0 });
  if (measured === 0) return planSentence;
  return `${sentence} Planer utan mål, bedömda för hand: ${lowerFirst(planSentence)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The plan sheet's sentence for a plan judged by hand without goals. */
export function judgedPlanSentence(goalTexts: readonly string[]): string {
  const goalWord = chooseLevelWord(goalTexts, "goal");
  return `Planens status är en manuell bedömning; den har inga ${goalWord.plural} att redovisa.`;
}

/** The handlingsplaner in one table, as the bilaga has them: Handlingsplan/diarienummer | Summering. */
import type { EvaluatedPlan, EvaluatedRow } from "../evaluation";
import { capitalise, chooseLevelWord, type LevelWord } from "../level-words";
import { countTotal, levelTexts } from "../summary/scope";
import { summarySentence } from "../summary/sentence";
import { cell, column, heading, paragraph, row, statusCell, table } from "./cells";
import type { ReportBlock } from "./types";

export interface PlansSectionInput {
  readonly plans: readonly EvaluatedPlan[];
  /** Each plan's goal and indicator rows, as rowsByPlan() gives them. */
  readonly rowsByPlan: readonly (readonly EvaluatedRow[])[];
  readonly planWord: LevelWord;
}

function planSentence(plan: EvaluatedPlan, rows: readonly EvaluatedRow[]): string {
  const byIndicators = countTotal(plan.indicators) > 0;
  const word = chooseLevelWord(
    levelTexts(rows, byIndicators ? "indicator" : "goal"),
    byIndicators ? "indicator" : "goal",
  );
  return summarySentence(byIndicators ? plan.indicators : plan.goals, word, { definite: false });
}

export function plansSection(input: PlansSectionInput): ReportBlock[] {
  const plural = capitalise(input.planWord.plural);
  const blocks: ReportBlock[] = [heading(2, plural)];
  if (input.plans.length === 0) return [...blocks, paragraph(`Det finns inga ${input.planWord.plural} att redovisa.`)];
  const rows = input.plans.map((plan, i) => {
    const summary = [planSentence(plan, input.rowsByPlan[i] ?? [])];
    // A manual Bedömning stands over the roll-up (SPEC §3); the reader should know the arrow is a judgement.
    if (plan.source === "manual") summary.push("Bedömningen är gjord manuellt.");
    if (plan.comment !== null && plan.comment.trim() !== "") summary.push(plan.comment);
    return row([
      cell([plan.name, ...(plan.dnr ? [`Dnr ${plan.dnr}`] : [])].join("\n"), { strong: true }),
      statusCell(plan.status, summary),
    ]);
  });
  return [
    ...blocks,
    table(
      `${plural} med bedömning och summering`,
      [column(`${capitalise(input.planWord.singular)}/diarienummer`, 4), column("Summering", 7)],
      rows,
    ),
  ];
}

/** One section per perspective: heading, sentence, pie chart, counts, and per plan its goals and indicators. */
import type { EvaluatedPlan, EvaluatedRow, PerspectiveSummary } from "../evaluation";
import { chooseLevelWord } from "../level-words";
import { countTotal, levelTexts } from "../summary/scope";
import { summarySentence } from "../summary/sentence";
import { heading, paragraph } from "./cells";
import { countsTable, statusChart } from "./counts";
import { goalTable } from "./goal-table";
import type { ReportBlock } from "./types";

export interface PerspectiveSectionInput {
  readonly perspective: PerspectiveSummary;
  /** The perspective's goal and indicator rows, in sheet order. */
  readonly rows: readonly EvaluatedRow[];
  /** The plan each row belongs to (by position, SPEC §1), and the plans in report order. */
  readonly planOf: ReadonlyMap<EvaluatedRow, number>;
  readonly plans: readonly EvaluatedPlan[];
  /** Whether the goal tables have an Ansvarig column (the same for every table of the document). */
  readonly withOwner: boolean;
}

export function planTitle(plan: Pick<EvaluatedPlan, "name" | "dnr">): string {
  return plan.dnr ? `${plan.name} (${plan.dnr})` : plan.name;
}

/** The rows grouped by plan, plans in report order, rows in sheet order within each. */
function byPlan(input: PerspectiveSectionInput): { title: string; rows: EvaluatedRow[] }[] {
  const groups = new Map<number, EvaluatedRow[]>();
  for (const r of input.rows) {
    const index = input.planOf.get(r) ?? -1;
    const group = groups.get(index);
    if (group) group.push(r);
    else groups.set(index, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < 0 ? Infinity : a) - (b < 0 ? Infinity : b))
    .map(([index, rows]) => {
      const plan = input.plans[index];
      return { title: plan ? planTitle(plan) : (rows[0]?.plan ?? ""), rows };
    });
}

export function perspectiveSection(input: PerspectiveSectionInput): ReportBlock[] {
  const { perspective, rows } = input;
  const goalWord = chooseLevelWord(levelTexts(rows, "goal"), "goal");
  const indicatorWord = chooseLevelWord(levelTexts(rows, "indicator"), "indicator");
  const byIndicators = countTotal(perspective.indicators) > 0;
  const blocks: ReportBlock[] = [
    heading(2, perspective.name),
    paragraph(
      summarySentence(
        byIndicators ? perspective.indicators : perspective.goals,
        byIndicators ? indicatorWord : goalWord,
        { definite: false },
      ),
      "sentence",
    ),
  ];
  if (rows.length === 0) return blocks;

  const counts = {
    scope: perspective.name,
    goals: perspective.goals,
    indicators: perspective.indicators,
    goalWord,
    indicatorWord,
  };
  const chart = statusChart(counts);
  if (chart) blocks.push(chart);
  blocks.push(countsTable(counts));

  for (const group of byPlan(input)) {
    blocks.push(heading(3, group.title));
    blocks.push(
      goalTable({
        caption: `${perspective.name}: ${goalWord.plural} och ${indicatorWord.plural} i ${group.title}`,
        rows: group.rows,
        goalWord,
        indicatorWord,
        withOwner: input.withOwner,
      }),
    );
  }
  return blocks;
}

/**
 * The report document (SPEC §6a) from the evaluation the summary sheets use: title, period and date, legend, the
 * overall sentence, one section per perspective in report order, the plans' table and an appendix of rows without a
 * status. Sentences, counts, level words and scoping are the summaries' own.
 */
import type { EvaluatedRow, Evaluation } from "../evaluation";
import { capitalise, chooseLevelWord } from "../level-words";
import { countTotal, levelTexts, rowsByPerspective, rowsByPlan, sumCounts } from "../summary/scope";
import { summarySentence } from "../summary/sentence";
import { STATUSES } from "../status/statuses";
import { appendixSection } from "./appendix";
import { cell, column, heading, paragraph, periodName, row, swedishDate, table } from "./cells";
import { statusChart } from "./counts";
import { anyOwner } from "./goal-table";
import { legendSection } from "./legend";
import { perspectiveSection } from "./perspective-section";
import { plansSection } from "./plans-section";
import type { ReportBlock, ReportDocument, ReportTable } from "./types";
import { STATUS_GLYPH } from "../status/statuses";
import { statusWords } from "./cells";

export interface ReportDocumentOptions {
  /** ISO date of the run ("2026-08-31"), passed in so that the same input gives the same document on the same day. */
  readonly runDate: string;
}

function documentTitle(evaluation: Evaluation, planWordPlural: string): string {
  const only = evaluation.plans.length === 1 ? evaluation.plans[0] : undefined;
  const what = only ? only.name : planWordPlural;
  const period = evaluation.period ? ` per ${periodName(evaluation.period)}` : "";
  return `Redovisning av måluppfyllelse för ${what}${period}`;
}

/** One row per perspective with the counted level's statuses, and a total: the overview at a glance. */
function perspectivesTable(evaluation: Evaluation, byIndicators: boolean, wordPlural: string): ReportTable {
  const counted = (p: (typeof evaluation.perspectives)[number]): typeof p.goals =>
    byIndicators ? p.indicators : p.goals;
  const countRow = (name: string, counts: ReturnType<typeof counted>, kind: "body" | "total"): ReturnType<typeof row> =>
    row(
      [
        cell(name, { strong: kind === "total" }),
        ...STATUSES.map((s) => cell(String(counts[s]))),
        cell(String(countTotal(counts))),
      ],
      kind,
    );
  const rows = evaluation.perspectives.map((p) => countRow(p.name, counted(p), "body"));
  rows.push(countRow("Totalt", sumCounts(evaluation.perspectives.map(counted)), "total"));
  return table(
    `Antal ${wordPlural} per perspektiv och bedömning`,
    [
      column("Perspektiv", 3.6),
      ...STATUSES.map((s) => column(`${STATUS_GLYPH[s]} ${statusWords(s)}`, 2.2, "right" as const)),
      column("Totalt", 1.5, "right"),
    ],
    rows,
  );
}

export function buildReportDocument(evaluation: Evaluation, options: ReportDocumentOptions): ReportDocument {
  const goals = sumCounts(evaluation.perspectives.map((p) => p.goals));
  const indicators = sumCounts(evaluation.perspectives.map((p) => p.indicators));
  const goalWord = chooseLevelWord(levelTexts(evaluation.rows, "goal"), "goal");
  const indicatorWord = chooseLevelWord(levelTexts(evaluation.rows, "indicator"), "indicator");
  const planWord = chooseLevelWord(levelTexts(evaluation.rows, "plan"), "plan");
  const byIndicators = countTotal(indicators) > 0;
  const countedWord = byIndicators ? indicatorWord : goalWord;

  const title = documentTitle(evaluation, planWord.plural);
  const subtitle = [
    evaluation.period ? `Period: ${evaluation.period}` : "Period: –",
    `Sammanställd ${swedishDate(options.runDate)}`,
  ].join(" · ");

  const planRows = rowsByPlan(evaluation);
  const withOwner = anyOwner(evaluation.rows.filter((r) => r.level !== "plan"));
  const planOf = new Map<EvaluatedRow, number>();
  planRows.forEach((rows, i) => rows.forEach((r) => planOf.set(r, i)));
  const perspectiveRows = rowsByPerspective(
    evaluation.rows,
    evaluation.perspectives.map((p) => p.name),
  );

  const blocks: ReportBlock[] = [
    heading(1, title),
    paragraph(subtitle, "subtitle"),
    paragraph(
      `Redovisningen omfattar ${evaluation.plans.length} ${evaluation.plans.length === 1 ? planWord.singular : planWord.plural} ` +
        `med ${countTotal(goals)} ${countTotal(goals) === 1 ? goalWord.singular : goalWord.plural} och ` +
        `${countTotal(indicators)} ${countTotal(indicators) === 1 ? indicatorWord.singular : indicatorWord.plural}. ` +
        "Varje bedömning visas med en pil och i ord.",
    ),
    ...legendSection(evaluation.rules),
    heading(2, "Sammanfattning"),
    paragraph(summarySentence(byIndicators ? indicators : goals, countedWord, { definite: true }), "sentence"),
  ];
  if (byIndicators && countTotal(goals) > 0)
    blocks.push(paragraph(summarySentence(goals, goalWord, { definite: true }), "sentence"));
  const overall = statusChart({ scope: "hela redovisningen", goals, indicators, goalWord, indicatorWord });
  if (overall) blocks.push(overall);
  if (evaluation.perspectives.length > 0) blocks.push(perspectivesTable(evaluation, byIndicators, countedWord.plural));

  evaluation.perspectives.forEach((perspective, i) => {
    blocks.push(
      ...perspectiveSection({
        perspective,
        rows: perspectiveRows[i] ?? [],
        planOf,
        plans: evaluation.plans,
        withOwner,
      }),
    );
  });
  blocks.push(...plansSection({ plans: evaluation.plans, rowsByPlan: planRows, planWord }));
  blocks.push(...appendixSection(evaluation.rows, evaluation.problems));

  return {
    title,
    subject: `Måluppfyllelse ${capitalise(countedWord.plural).toLowerCase()} per perspektiv och ${planWord.singular}`,
    language: "sv-SE",
    period: evaluation.period,
    runDate: options.runDate,
    blocks,
  };
}

/** The status counts of a scope as a table, and the pie chart of the counted level with its alt text. */
import { capitalise, type LevelWord } from "../level-words";
import { STATUS_COLOR, STATUSES, type StatusCounts } from "../status/statuses";
import { countTotal } from "../summary/scope";
import { cell, column, row, statusCell, statusWords, table } from "./cells";
import type { ReportChart, ReportTable } from "./types";

export interface CountsInput {
  /** Whose counts: "Patient", "hela redovisningen". */
  readonly scope: string;
  readonly goals: StatusCounts;
  readonly indicators: StatusCounts;
  readonly goalWord: LevelWord;
  readonly indicatorWord: LevelWord;
}

const count = (n: number): ReturnType<typeof cell> => cell(String(n));

export function countsTable(input: CountsInput): ReportTable {
  const goals = capitalise(input.goalWord.plural);
  const indicators = capitalise(input.indicatorWord.plural);
  const rows = STATUSES.map((s) => row([statusCell(s), count(input.goals[s]), count(input.indicators[s])]));
  rows.push(
    row(
      [cell("Totalt", { strong: true }), count(countTotal(input.goals)), count(countTotal(input.indicators))],
      "total",
    ),
  );
  return table(
    `Antal ${input.goalWord.plural} och ${input.indicatorWord.plural} per bedömning, ${input.scope}`,
    [column("Bedömning", 3), column(goals, 2, "right"), column(indicators, 2, "right")],
    rows,
  );
}

function percent(part: number, total: number): string {
  return `${Math.round((part / total) * 100)} %`;
}

/**
 * A pie of the indicators, or of the goals where the scope has no indicators (goals measured directly); null when
 * there is nothing to divide. The alt text says every count, so the chart carries nothing the text does not.
 */
export function statusChart(input: CountsInput): ReportChart | null {
  const byIndicators = countTotal(input.indicators) > 0;
  const counts = byIndicators ? input.indicators : input.goals;
  const word = byIndicators ? input.indicatorWord : input.goalWord;
  const total = countTotal(counts);
  if (total === 0) return null;
  const title = `${capitalise(word.plural)} per bedömning, ${input.scope}`;
  const parts = STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${statusWords(s).toLowerCase()} ${counts[s]} (${percent(counts[s], total)})`,
  );
  return {
    kind: "chart",
    type: "pie",
    title,
    seriesName: capitalise(word.plural),
    slices: STATUSES.map((s) => ({
      status: s,
      label: statusWords(s),
      value: counts[s],
      color: STATUS_COLOR[s].slice(2),
    })),
    altText: `Cirkeldiagram: ${title}. Av ${total} ${total === 1 ? word.singular : word.plural}: ${parts.join(", ")}.`,
  };
}

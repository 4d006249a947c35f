/**
 * SPEC §3's roll-up: a goal from its indicators, a plan from its goals.
 * Children with status missing are left out of the judgement but kept in the counts, so reports can say how
 * many lacked an assessment. Thresholds are compared with a small epsilon so that "exactly 75 %" and
 * "exactly 0.25" land where the rule says, whatever the floating point does with yellowScore.
 */
import { capitalise, countNoun, statusParticiple, type LevelWord } from "../level-words";
import type { RollupRule } from "../rules/types";
import { emptyCounts, STATUS_NAME_SV, type Status, type StatusCounts } from "../status";
import { formatPercentSv } from "../values/format";
import { verdict } from "./words";

export interface RollupOutcome {
  readonly status: Status;
  /** All children by status, missing included. */
  readonly counts: StatusCounts;
  readonly explanation: string;
}

const EPSILON = 1e-9;

/** `childWord` is the children's word as the sheet names them (mätetal, framgångsfaktor, mål), inflected. */
export function rollup(children: readonly Status[], rule: RollupRule, childWord: LevelWord): RollupOutcome {
  const counts = emptyCounts();
  for (const s of children) counts[s]++;
  const counted = counts.green + counts.yellow + counts.red;
  if (children.length === 0) {
    return { status: "missing", counts, explanation: `Inga ${childWord.plural} att väga samman.` };
  }
  if (counted === 0) {
    const explanation =
      counts.missing === 1
        ? `${capitalise(countNoun(1, childWord))} saknar bedömning.`
        : `Alla ${countNoun(counts.missing, childWord)} saknar bedömning.`;
    return { status: "missing", counts, explanation };
  }
  const mean = (counts.green + counts.yellow * rule.yellowScore) / counted;
  const { status, reason } = decide(rule, counts, counted, mean);
  return {
    status,
    counts,
    explanation: `${capitalise(describeCounts(counts, counted, childWord))}; ${reason} ${verdict(status)}.`,
  };
}

function decide(
  rule: RollupRule,
  counts: StatusCounts,
  counted: number,
  mean: number,
): { status: Status; reason: string } {
  const score = `medelpoäng ${formatScore(mean)}`;
  switch (rule.method) {
    case "sämsta": {
      const worst = (["red", "yellow", "green"] as const).find((s) => counts[s] > 0) ?? "green";
      return { status: worst, reason: `sämsta bedömning: ${STATUS_NAME_SV[worst]}` };
    }
    case "medel":
      if (mean >= rule.green - EPSILON) return { status: "green", reason: score };
      if (mean < rule.red - EPSILON) return { status: "red", reason: score };
      return { status: "yellow", reason: score };
    case "andel":
      if (counts.green / counted >= rule.green - EPSILON) {
        return { status: "green", reason: `minst ${formatPercentSv(rule.green)} är uppfyllda` };
      }
      if (mean < rule.red - EPSILON) return { status: "red", reason: score };
      return { status: "yellow", reason: score };
  }
}

/** "2 av 5 mätetal uppfyllda, 3 ej uppfyllda", with gender and number agreement ("1 av 2 indikatorer uppfylld"). */
function describeCounts(counts: StatusCounts, counted: number, word: LevelWord): string {
  const agree = (status: "green" | "yellow" | "red"): string => statusParticiple(status, counts[status], word.gender);
  const parts = [`${counts.green} av ${countNoun(counted, word)} ${agree("green")}`];
  if (counts.yellow > 0) parts.push(`${counts.yellow} ${agree("yellow")}`);
  if (counts.red > 0) parts.push(`${counts.red} ${agree("red")}`);
  const text = parts.join(", ");
  return counts.missing > 0 ? `${text}; ${counts.missing} saknar bedömning och räknas inte` : text;
}

function formatScore(mean: number): string {
  return mean.toFixed(2).replace(".", ",");
}

/**
 * SPEC §3's roll-up: a goal from its indicators, a plan from its goals.
 * Children with status missing are left out of the judgement but kept in the counts, so reports can say how
 * many lacked an assessment. Thresholds are compared with a small epsilon so that "exactly 75 %" and
 * "exactly 0.25" land where the rule says, whatever the floating point does with yellowScore.
 */
import type { LevelWord } from "../level-words";
import type { RollupRule } from "../rules/types";
import { emptyCounts, type Status, type StatusCounts } from "./statuses";
import { type Level } from "../vocabulary";
import type { Explanation, RollupDecision } from "./explanation";

export interface RollupOutcome {
  readonly status: Status;
  /** All children by status, missing included. */
  readonly counts: StatusCounts;
  readonly explanation: Explanation;
}

const EPSILON = 1e-9;

/**
 * `childLevel` is the children's level; `childWord` their word as the sheet names them (mätetal, framgångsfaktor,
 * mål), inflected, for the Swedish explanation.
 */
export function rollup(
  children: readonly Status[],
  rule: RollupRule,
  childWord: LevelWord,
  childLevel: Level,
): RollupOutcome {
  const counts = emptyCounts();
  for (const s of children) counts[s]++;
  const counted = counts.green + counts.yellow + counts.red;
  if (children.length === 0) {
    return {
      status: "missing",
      counts,
      explanation: { kind: "missing", reason: "no-children", childLevel, childWord },
    };
  }
  if (counted === 0) {
    const explanation: Explanation = {
      kind: "missing",
      reason: "children-missing",
      count: counts.missing,
      childLevel,
      childWord,
    };
    return { status: "missing", counts, explanation };
  }
  const mean = (counts.green + counts.yellow * rule.yellowScore) / counted;
  const { status, decision } = decide(rule, counts, counted, mean);
  return {
    status,
    counts,
    explanation: { kind: "rollup", status, method: rule.method, counts, childLevel, childWord, decision },
  };
}

function decide(
  rule: RollupRule,
  counts: StatusCounts,
  counted: number,
  mean: number,
): { status: "green" | "yellow" | "red"; decision: RollupDecision } {
  const score: RollupDecision = { by: "mean", mean };
  switch (rule.method) {
    case "sämsta": {
      const worst = (["red", "yellow", "green"] as const).find((s) => counts[s] > 0) ?? "green";
      return { status: worst, decision: { by: "worst" } };
    }
    case "medel":
      if (mean >= rule.green - EPSILON) return { status: "green", decision: score };
      if (mean < rule.red - EPSILON) return { status: "red", decision: score };
      return { status: "yellow", decision: score };
    case "andel":
      if (counts.green / counted >= rule.green - EPSILON) {
        return { status: "green", decision: { by: "share", share: rule.green } };
      }
      if (mean < rule.red - EPSILON) return { status: "red", decision: score };
      return { status: "yellow", decision: score };
  }
}

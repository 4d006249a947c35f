/** The plan → goal → indicator outline of a plan sheet, from the order of its rows (SPEC §1). */
import { createCellReader, type SheetGrid } from "../grid";
import { makeProblem, type Problem } from "../problems";
import { firstDataRow } from "./header-row";
import { parseLevel } from "./levels";
import { parseOwnOutline } from "./outline-own";
import { cellText, unnamedRowName } from "./text";
import { asPlanLayout, type PlanLayout } from "./layout";
import type { GoalNode, IndicatorNode, PlanNode, SheetLayout } from "./types";

interface OpenPlan {
  readonly node: PlanNode;
  readonly goals: GoalNode[];
}

interface OpenGoal {
  readonly node: GoalNode;
  readonly indicators: IndicatorNode[];
}

export { unnamedRowName };

/**
 * Reads the rows below the header in order. Merged cells read as their top-left value, so a Perspektiv cell merged
 * down over several goals gives each of them that perspective. Rows that cannot be placed are reported and left out;
 * nothing here throws.
 */
export function parseOutline(
  grid: SheetGrid,
  layout: SheetLayout | PlanLayout,
): { plans: PlanNode[]; problems: Problem[] } {
  const planLayout = asPlanLayout(layout);
  if (planLayout === null) return { plans: [], problems: [] };
  if (planLayout.levels.kind !== "level-column") return parseOwnOutline(grid, planLayout);
  return parseLevelColumnOutline(grid, planLayout);
}

/** SPEC §1: the Nivå column names each row's kind. */
function parseLevelColumnOutline(grid: SheetGrid, layout: PlanLayout): { plans: PlanNode[]; problems: Problem[] } {
  const { name: nameCol, perspective: perspectiveCol, dnr: dnrCol } = layout.columns;
  const levelCol = layout.levels.kind === "level-column" ? layout.levels.col : undefined;
  const plans: PlanNode[] = [];
  const problems: Problem[] = [];
  if (levelCol === undefined || nameCol === undefined) return { plans, problems };

  const read = createCellReader(grid);
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : cellText(read(row, col).value);
  const orNull = (s: string): string | null => (s === "" ? null : s);
  const sheet = grid.name;

  let plan: OpenPlan | null = null;
  let goal: OpenGoal | null = null;
  const openPlan = (node: PlanNode, goals: GoalNode[]): OpenPlan => {
    plans.push(node);
    return { node, goals };
  };

  for (let row = firstDataRow(grid, layout.headerRow); row < grid.values.length; row++) {
    const levelText = text(row, levelCol);
    const written = text(row, nameCol);
    if (levelText === "" && written === "") continue;
    const levelCell = { sheet, row, col: levelCol };

    const level = levelText === "" ? null : parseLevel(levelText);
    if (level === null) {
      // A name without a level is usually a note or a heading typed into the plan; an unknown word is a typo.
      problems.push(
        makeProblem(
          "UNKNOWN_LEVEL",
          levelCell,
          { value: levelText, name: written },
          levelText === "" ? { severity: "warning" } : {},
        ),
      );
      continue;
    }
    if (level === "indicator" && goal === null) {
      problems.push(makeProblem("ORPHAN_INDICATOR", levelCell, { name: written }));
      continue;
    }
    let name = written;
    if (name === "") {
      name = unnamedRowName(levelText, row);
      problems.push(makeProblem("MISSING_NAME", { sheet, row, col: nameCol }, { level: levelText, name }));
    }

    if (level === "plan") {
      const goals: GoalNode[] = [];
      plan = openPlan(
        {
          level,
          row,
          name,
          levelText,
          perspective: orNull(text(row, perspectiveCol)),
          dnr: orNull(text(row, dnrCol)),
          goals,
        },
        goals,
      );
      goal = null;
    } else if (level === "goal") {
      if (plan === null) {
        const goals: GoalNode[] = [];
        plan = openPlan(
          { level: "plan", row: null, name: sheet, levelText: "Plan", perspective: null, dnr: null, goals },
          goals,
        );
      }
      const indicators: IndicatorNode[] = [];
      const node: GoalNode = {
        level,
        row,
        name,
        levelText,
        perspective: orNull(text(row, perspectiveCol)) ?? plan.node.perspective,
        indicators,
      };
      plan.goals.push(node);
      goal = { node, indicators };
    } else if (goal !== null) {
      goal.indicators.push({ level, row, name, levelText, perspective: goal.node.perspective });
    }
  }
  return { plans, problems };
}

/**
 * The outline of a sheet in the staff's own layout (SPEC §1a), read from its PlanLayout: levels as columns, levels
 * as heading rows, or a plan list. Each row is looked at once; nothing is guessed here that the layout does not say.
 */
import { createCellReader, type SheetGrid } from "../grid";
import { makeProblem, type Problem } from "../problems";
import type { Level } from "../vocabulary";
import { firstDataRow } from "./header-row";
import type { HeadingRow, LevelColumn, PlanLayout } from "./layout";
import { isNote, splitNameAndDnr } from "./layout-words";
import { cellText, displayLabel, unnamedRowName } from "./text";
import type { GoalNode, IndicatorNode, PlanNode } from "./types";

interface OpenPlan {
  readonly node: PlanNode;
  readonly goals: GoalNode[];
}

interface OpenGoal {
  readonly node: GoalNode;
  readonly indicators: IndicatorNode[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The walk's state: what is open at the current row, and what the headings above it set. */
class Walk {
  readonly plans: PlanNode[] = [];
  readonly problems: Problem[] = [];
  plan: OpenPlan | null = null;
  goal: OpenGoal | null = null;
  /** From the innermost perspective heading above; null before any. */
  headingPerspective: string | null = null;
  owner: string | null = null;
  /** The level column an owner heading stood in (levels as columns): a new value left of it ends its scope. */
  ownerCol = -1;
  /** The last Perspektiv cell seen: an empty one continues it. */
  private columnPerspective: string | null = null;
  private readonly fallbackPerspective: string | null;
  /** Whether perspective headings enclose plan headings (they come first on the sheet). */
  readonly perspectiveOutside: boolean;

  constructor(
    readonly grid: SheetGrid,
    readonly layout: PlanLayout,
    readonly text: (row: number, col: number | undefined) => string,
  ) {
    let fallback: string | null = null;
    for (const s of layout.perspectives) {
      if (s.kind === "title-row" || s.kind === "sheet-name") {
        fallback = s.name;
        break;
      }
    }
    this.fallbackPerspective = fallback;
    const firstPerspective = layout.headings.find((h) => h.level === "perspective")?.row ?? Infinity;
    const firstPlan = layout.headings.find((h) => h.level === "plan")?.row ?? Infinity;
    this.perspectiveOutside = firstPerspective < firstPlan;
  }

  /** The perspective of a row: its Perspektiv cell (or the one above), then the heading above, then the sheet's. */
  perspectiveAt(row: number): string | null {
    const col = this.layout.columns.perspective;
    if (col !== undefined) {
      const own = this.text(row, col);
      if (own !== "") this.columnPerspective = own;
      if (this.columnPerspective !== null) return this.columnPerspective;
    }
    return this.headingPerspective ?? this.fallbackPerspective;
  }

  heading(h: HeadingRow): void {
    if (h.level === "perspective") {
      this.headingPerspective = h.text;
      this.goal = null;
      this.clearOwner();
      if (this.perspectiveOutside && this.plan?.node.row !== null) this.plan = null;
    } else if (h.level === "owner") {
      this.owner = h.text;
      this.ownerCol = h.col;
    } else if (h.level === "plan") {
      this.clearOwner();
      this.openPlan(h.row, h.text, h.col, planWord(h.text), null, false);
    } else {
      // A heading that is both a målområde and its own goal (formatting said so): one row, the plan's.
      this.openGoal(h.row, h.text, h.col, "Mål", this.plan?.node.row === h.row);
    }
  }

  clearOwner(): void {
    this.owner = null;
    this.ownerCol = -1;
  }

  openPlan(row: number, written: string, col: number, levelText: string, dnrCell: string | null, inline: boolean) {
    const split = splitNameAndDnr(written);
    const goals: GoalNode[] = [];
    const node: Mutable<PlanNode> = {
      level: "plan",
      row,
      name: split.name,
      levelText,
      perspective: this.perspectiveAt(row),
      dnr: dnrCell ?? split.dnr,
      goals,
      col,
    };
    if (this.owner !== null) node.owner = this.owner;
    if (inline) node.inline = true;
    this.plans.push(node);
    this.plan = { node, goals };
    this.goal = null;
    return node;
  }

  openGoal(row: number, name: string, col: number, levelText: string, inline: boolean): void {
    if (this.plan === null) {
      const goals: GoalNode[] = [];
      const node: PlanNode = {
        level: "plan",
        row: null,
        name: this.grid.name,
        levelText: "Plan",
        perspective: null,
        dnr: null,
        goals,
      };
      this.plans.push(node);
      this.plan = { node, goals };
    }
    const indicators: IndicatorNode[] = [];
    const node: Mutable<GoalNode> = {
      level: "goal",
      row,
      name,
      levelText,
      perspective: this.perspectiveAt(row) ?? this.plan.node.perspective,
      indicators,
      col,
    };
    if (this.owner !== null) node.owner = this.owner;
    if (inline) node.inline = true;
    this.plan.goals.push(node);
    this.goal = { node, indicators };
  }

  addIndicator(row: number, name: string, col: number, levelText: string): void {
    if (this.goal === null) {
      this.problems.push(makeProblem("ORPHAN_INDICATOR", { sheet: this.grid.name, row, col }, { name }));
      return;
    }
    this.perspectiveAt(row);
    const node: Mutable<IndicatorNode> = {
      level: "indicator",
      row,
      name,
      levelText,
      perspective: this.goal.node.perspective,
      col,
    };
    if (this.owner !== null) node.owner = this.owner;
    this.goal.indicators.push(node);
  }
}

/** "Handlingsplan för jämlik hälsa" → "Handlingsplan"; any other plan heading is a "Plan". */
function planWord(text: string): string {
  const m = /^(handlingsplan|verksamhetsplan|åtgärdsplan)/i.exec(text);
  return m?.[1] ? displayLabel(m[1][0]?.toUpperCase() + m[1].slice(1).toLowerCase()) : "Plan";
}

/** The outline of a sheet whose layout was recognised (or overridden) rather than given by a Nivå column. */
export function parseOwnOutline(grid: SheetGrid, layout: PlanLayout): { plans: PlanNode[]; problems: Problem[] } {
  const read = createCellReader(grid);
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : cellText(read(row, col).value);
  const walk = new Walk(grid, layout, text);
  const headings = new Map<number, HeadingRow[]>();
  for (const h of layout.headings) {
    const list = headings.get(h.row);
    if (list) list.push(h);
    else headings.set(h.row, [h]);
  }
  const start = firstDataRow(grid, layout.headerRow);
  const levels = layout.levels;
  if (levels.kind === "level-columns") {
    readLevelColumns(walk, levels.columns, headings, start);
  } else if (levels.kind === "heading-rows" || levels.kind === "plan-list") {
    const nameCol = levels.nameCol;
    for (let row = start; row < grid.values.length; row++) {
      const here = headings.get(row);
      if (here) {
        for (const h of here) walk.heading(h);
        continue;
      }
      const written = text(row, nameCol);
      if (written === "" && !hasData(text, layout, row)) continue;
      if (written !== "" && isNote(written) && !hasData(text, layout, row)) continue;
      const name = written === "" ? unnamedRowName(levels.word, row) : written;
      if (written === "") {
        walk.problems.push(
          makeProblem("MISSING_NAME", { sheet: grid.name, row, col: nameCol }, { level: levels.word, name }),
        );
      }
      if (levels.kind === "plan-list") {
        const dnrCell = text(row, layout.columns.dnr);
        walk.openPlan(row, name, nameCol, levels.word, dnrCell === "" ? null : dnrCell, false);
      } else if (levels.rowLevel === "goal") {
        walk.openGoal(row, displayLabel(name), nameCol, levels.word, false);
      } else {
        walk.addIndicator(row, displayLabel(name), nameCol, levels.word);
      }
    }
  }
  return { plans: walk.plans, problems: walk.problems };
}

/** Whether a row has a target, an actual or an assessment: a row to evaluate even when its name is missing. */
function hasData(text: (row: number, col: number | undefined) => string, layout: PlanLayout, row: number): boolean {
  if (text(row, layout.columns.target) !== "" || text(row, layout.columns.assessment) !== "") return true;
  return layout.periods.some((p) => text(row, p.col) !== "");
}

/**
 * Levels as columns: an empty or merged cell, or the text above repeated, continues the value above; the row's kind
 * is its rightmost level column with new text, and the new texts left of it open their levels on the same row.
 */
function readLevelColumns(
  walk: Walk,
  columns: readonly LevelColumn[],
  headings: ReadonlyMap<number, readonly HeadingRow[]>,
  start: number,
): void {
  const previous = new Map<number, string>();
  const owners = new Set<string>();
  for (const h of walk.layout.headings) if (h.level === "owner") owners.add(`${h.row},${h.col}`);
  const fresh: { col: number; level: Level; word: string; text: string }[] = [];
  const rowOwners: HeadingRow[] = [];
  for (let row = start; row < walk.grid.values.length; row++) {
    const here = headings.get(row);
    if (here?.some((h) => h.level === "perspective")) {
      for (const h of here) walk.heading(h);
      previous.clear();
      continue;
    }
    fresh.length = 0;
    rowOwners.length = 0;
    const lead = columns[0] === undefined ? "" : walk.text(row, columns[0].col);
    if (lead !== "" && isNote(lead)) continue;
    for (const c of columns) {
      const written = walk.text(row, c.col);
      if (written === "") continue;
      const key = displayLabel(written);
      if (previous.get(c.col) === key) continue;
      previous.set(c.col, key);
      for (const inner of columns) if (inner.col > c.col) previous.delete(inner.col);
      if (walk.ownerCol > c.col) walk.clearOwner();
      if (owners.has(`${row},${c.col}`)) {
        const h = here?.find((x) => x.col === c.col && x.level === "owner");
        if (h) rowOwners.push(h);
        continue;
      }
      fresh.push({ col: c.col, level: c.level, word: c.word, text: written });
    }
    for (let i = 0; i < fresh.length; i++) {
      const f = fresh[i];
      if (!f) continue;
      const inline = i < fresh.length - 1;
      if (f.level === "plan")
        walk.openPlan(row, f.text, f.col, f.word, walk.text(row, walk.layout.columns.dnr) || null, inline);
      else if (f.level === "goal") walk.openGoal(row, displayLabel(f.text), f.col, f.word, inline);
      else walk.addIndicator(row, displayLabel(f.text), f.col, f.word);
    }
    // After the row's own nodes: an owner beside a goal heads the rows under it, not the goal.
    for (const h of rowOwners) walk.heading(h);
  }
}

/**
 * Repeated problems of one kind on one sheet, told once: "UNPARSEABLE_TARGET 57 gånger (E7, E9, E12 och 54 till),
 * t.ex. E7: …". A presentation step for people (the CLI's text report, the task pane); the JSON report and the
 * Evaluation keep every problem, because programs filter and navigate by cell.
 */
import { formatA1 } from "./address/a1";
import type { Locale, Problem, Severity } from "./problems";
import type { ProblemCode } from "./problem-codes";

/** From this many problems of one code on one sheet, they are one line: three alike already read as a list. */
export const GROUP_MIN = 3;
/** Cells named in a group's line before "och N till". */
export const GROUP_CELLS_SHOWN = 3;

/**
 * Codes never folded: each entry is a different fix (a Regler setting, a sheet that cannot be read), so the user
 * needs every message, and there are never hundreds of them.
 */
const NEVER_GROUPED: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  "RULES_INVALID",
  "NO_PLAN_SHEET",
  "NOTHING_EVALUATED",
  "LAYOUT_INFERRED",
]);

export interface ProblemGroup {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly sheet: string | null;
  /** Every member, in the order given (the engine gives a sheet's problems in cell order). */
  readonly members: readonly Problem[];
}

export type ProblemEntry =
  { readonly kind: "one"; readonly problem: Problem } | { readonly kind: "group"; readonly group: ProblemGroup };

/**
 * The problems with each run of `min` or more of one code, severity and sheet folded into one group, placed where
 * its first member was. Problems of a code that occurs fewer times stay single, in their order. Linear.
 */
export function groupRepeated(problems: readonly Problem[], min: number = GROUP_MIN): ProblemEntry[] {
  const byKey = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = groupKey(p);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [p]);
    else list.push(p);
  }
  const entries: ProblemEntry[] = [];
  const placed = new Set<string>();
  for (const p of problems) {
    const key = groupKey(p);
    const members = byKey.get(key) ?? [p];
    if (members.length < min || NEVER_GROUPED.has(p.code)) {
      entries.push({ kind: "one", problem: p });
    } else if (!placed.has(key)) {
      placed.add(key);
      entries.push({ kind: "group", group: { code: p.code, severity: p.severity, sheet: p.sheet, members } });
    }
  }
  return entries;
}

function groupKey(p: Problem): string {
  return `${p.sheet ?? "\u0000"}\u0001${p.code}\u0001${p.severity}`;
}

/** The first members' cells ("E7", "E9", "E12"); problems without a cell are not named. */
export function groupCells(group: ProblemGroup, shown: number = GROUP_CELLS_SHOWN): string[] {
  const cells: string[] = [];
  for (const p of group.members) {
    if (cells.length >= shown) break;
    if (p.cell !== null) cells.push(formatA1(p.cell));
  }
  return cells;
}

const TEXT: Readonly<
  Record<Locale, { times: (n: number) => string; more: (n: number) => string; example: string; and: string }>
> = {
  sv: { times: (n) => `${n} gånger`, more: (n) => `${n} till`, example: "t.ex.", and: "och" },
  en: { times: (n) => `${n} times`, more: (n) => `${n} more`, example: "e.g.", and: "and" },
};

/**
 * One line for a group: how many, the first cells, and the first member's own message as the example
 * ("57 gånger (E7, E9, E12 och 54 till), t.ex. E7: Målvärdet "abc" går inte att tolka."). `firstMessage` lets the
 * caller pass the example in another language (the task pane re-renders messages).
 */
export function groupSummary(group: ProblemGroup, locale: Locale, firstMessage?: string): string {
  const t = TEXT[locale];
  const cells = groupCells(group);
  const named = group.members.filter((p) => p.cell !== null).length;
  const rest = named - cells.length;
  const list = cells.length === 0 ? "" : ` (${cells.join(", ")}${rest > 0 ? ` ${t.and} ${t.more(rest)}` : ""})`;
  const first = group.members[0];
  const message = firstMessage ?? first?.message ?? "";
  const where = first?.cell ? ` ${formatA1(first.cell)}:` : ":";
  return `${t.times(group.members.length)}${list}, ${t.example}${where} ${message}`;
}

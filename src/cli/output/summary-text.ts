/**
 * The readable Swedish summary printed without --json: file and period, counts per perspective, plan statuses,
 * problems grouped by sheet, totals, and what was written.
 */
import { sortByPosition } from "../../domain/address/order";
import type { Evaluation, EvaluatedPlan } from "../../domain/evaluation";
import { formatLocation, type Problem, type Severity } from "../../domain/problems";
import { describeLayout } from "../../domain/sheet/describe-layout";
import type { PlanLayout } from "../../domain/sheet/layout";
import { groupRepeated, groupSummary, type ProblemEntry } from "../../domain/problem-groups";
import { STATUS_GLYPH, STATUS_NAME_SV, STATUSES, emptyCounts, type StatusCounts } from "../../domain/status/statuses";
import { LINE_WIDTH, padEnd, padStart, truncate, width, wrap } from "./text-layout";

export interface SummaryContext {
  /** The input file as the user typed it. */
  readonly file: string;
  readonly action: "validate" | "recalc";
  /** Set after recalc saved its output. */
  readonly written?: {
    readonly file: string;
    readonly cells: number;
    readonly sheets: number;
    /** Generated summary sheets, in tab order. */
    readonly summarySheets?: readonly string[];
  };
  /** Set when recalc wrote nothing because there was nothing to write: the file it did not create, and why. */
  readonly nothingWritten?: { readonly file: string; readonly why: string };
}

/** Lines (single problems or groups of alike ones) shown per sheet before "… och N till"; --json has them all. */
const MAX_PROBLEMS_PER_SHEET = 40;

const SEVERITY_SV: Readonly<Record<Severity, string>> = { error: "fel", warning: "varning", info: "info" };
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function formatSummary(evaluation: Evaluation, context: SummaryContext): string {
  const severities = countBySeverity(evaluation.problems);
  // Told in "Så lästes bladen" from the layouts; the problem list would only say it again.
  const listed = (problems: readonly Problem[]): readonly Problem[] =>
    problems.some((p) => p.code === "LAYOUT_INFERRED")
      ? problems.filter((p) => p.code !== "LAYOUT_INFERRED")
      : problems;
  const sections = [
    heading(evaluation, context),
    perspectiveTable(evaluation),
    planList(evaluation.plans),
    layoutList(evaluation.layouts),
    problemList(listed(evaluation.problems), countBySeverity(listed(evaluation.problems))),
    outcome(severities.error, context),
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join("\n"))
    .join("\n\n")}\n`;
}

function heading(evaluation: Evaluation, context: SummaryContext): string[] {
  const verb = context.action === "recalc" ? "Beräkning av status" : "Validering";
  const lines = [`Målstyrning – ${verb}: ${context.file}`];
  if (evaluation.period === null) {
    lines.push("Period: – (ingen Utfall-kolumn hittades)");
  } else {
    const others = evaluation.periods.filter((p) => p !== evaluation.period);
    lines.push(`Period: ${evaluation.period}${others.length > 0 ? `  (övriga: ${others.join(", ")})` : ""}`);
  }
  return lines;
}

function perspectiveTable(evaluation: Evaluation): string[] {
  if (evaluation.perspectives.length === 0) return [];
  const nameWidth = Math.min(
    32,
    Math.max(width("Perspektiv"), width("Totalt"), ...evaluation.perspectives.map((p) => width(p.name))),
  );
  const numbers = (counts: StatusCounts): string => STATUSES.map((s) => padStart(String(counts[s]), 5)).join("");
  const glyphs = STATUSES.map((s) => padStart(STATUS_GLYPH[s], 5)).join("");
  const lines = [
    `${padEnd("", nameWidth + 2)}${padEnd("Mål", 20)}     ${"Mätetal"}`,
    `${padEnd("Perspektiv", nameWidth + 2)}${glyphs}     ${glyphs}`,
  ];
  const goals = emptyCounts();
  const indicators = emptyCounts();
  for (const p of evaluation.perspectives) {
    add(goals, p.goals);
    add(indicators, p.indicators);
    lines.push(`${padEnd(truncate(p.name, nameWidth), nameWidth + 2)}${numbers(p.goals)}     ${numbers(p.indicators)}`);
  }
  lines.push(`${padEnd("Totalt", nameWidth + 2)}${numbers(goals)}     ${numbers(indicators)}`);
  return lines;
}

function planList(plans: readonly EvaluatedPlan[]): string[] {
  if (plans.length === 0) return [];
  const statusWidth = Math.max(...STATUSES.map((s) => width(STATUS_NAME_SV[s])));
  const labels = plans.map((p) => (p.dnr ? `${p.name} (${p.dnr})` : p.name));
  const labelWidth = Math.min(54, Math.max(...labels.map(width)));
  const lines = ["Planer"];
  plans.forEach((plan, i) => {
    const counts = STATUSES.map((s) => `${STATUS_GLYPH[s]}${plan.goals[s]}`).join(" ");
    lines.push(
      `  ${STATUS_GLYPH[plan.status]} ${padEnd(truncate(labels[i] ?? plan.name, labelWidth), labelWidth)}  ` +
        `${padEnd(STATUS_NAME_SV[plan.status], statusWidth)}  mål ${counts}`,
    );
  });
  return lines;
}

/** SPEC §1a: how every plan sheet was read, one wrapped sentence per sheet. */
function layoutList(layouts: readonly PlanLayout[]): string[] {
  if (layouts.length === 0) return [];
  const lines = ["Så lästes bladen"];
  for (const layout of layouts) lines.push(...wrap("  ", describeLayout(layout, "sv"), 4));
  lines.push("  Stämmer det inte: rätta i tabellen Bladtolkning på bladet Regler och kör igen.");
  return lines;
}

function problemList(problems: readonly Problem[], severities: SeverityCounts): string[] {
  if (problems.length === 0) return ["Inga problem."];
  const lines = [`Problem: ${severityTotals(severities)}`];
  for (const [sheet, list] of groupBySheet(problems)) {
    lines.push(`  ${sheet ?? "Arbetsboken"}`);
    // Alike problems are one line (problem-groups.ts), so the limit counts lines, not problems.
    // In row order (stable); the engine already lists a sheet's problems so, which sortByPosition checks first.
    const entries = groupRepeated(sortByPosition(list, (p) => p.cell));
    const shown = entries.slice(0, MAX_PROBLEMS_PER_SHEET).map(entryLine);
    const locationWidth = Math.min(24, Math.max(...shown.map((e) => width(e.location))));
    const codeWidth = Math.max(...shown.map((e) => width(e.code)));
    for (const e of shown) {
      const prefix = `    ${padEnd(e.location, locationWidth)}  ${padEnd(SEVERITY_SV[e.severity], 7)}  ${padEnd(e.code, codeWidth)}  `;
      // Messages continue under the message column while it leaves room; otherwise under the location.
      const indent = width(prefix) <= LINE_WIDTH - 40 ? width(prefix) : 6;
      lines.push(...wrap(prefix, e.message, indent));
    }
    if (entries.length > shown.length) {
      const hidden = entries
        .slice(shown.length)
        .reduce((n, e) => n + (e.kind === "one" ? 1 : e.group.members.length), 0);
      lines.push(`    … och ${hidden} till på bladet (alla finns med --json).`);
    }
  }
  return lines;
}

interface EntryLine {
  readonly location: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

function entryLine(entry: ProblemEntry): EntryLine {
  if (entry.kind === "one") {
    const p = entry.problem;
    return { location: formatLocation(p), severity: p.severity, code: p.code, message: p.message };
  }
  const { group } = entry;
  const first = group.members[0];
  return {
    location: first ? formatLocation(first) : (group.sheet ?? ""),
    severity: group.severity,
    code: `${group.code} ×${group.members.length}`,
    message: groupSummary(group, "sv"),
  };
}

function outcome(errors: number, context: SummaryContext): string[] {
  const lines: string[] = [];
  if (errors === 0) {
    lines.push("Resultat: inga fel.");
  } else if (context.action === "recalc" && context.nothingWritten === undefined) {
    lines.push(`Resultat: ${count(errors, "fel", "fel")}; status skrevs för de rader som kunde bedömas.`);
  } else {
    lines.push(`Resultat: ${count(errors, "fel", "fel")}.`);
  }
  if (context.written) {
    const { file, cells, sheets, summarySheets = [] } = context.written;
    lines.push(`Skrev ${file} (${count(cells, "statuscell", "statusceller")} på ${count(sheets, "blad", "blad")}).`);
    if (summarySheets.length > 0) lines.push(`Sammanställningar: ${summarySheets.join(", ")}.`);
  } else if (context.nothingWritten !== undefined) {
    const { file, why } = context.nothingWritten;
    lines.push(`Inget skrevs: ${why}, så ${file} skapades inte.`);
  } else if (context.action === "validate") {
    lines.push("Inget skrevs (validate).");
  }
  return lines;
}

type SeverityCounts = Record<Severity, number>;

/** One pass over the problems, shared by the totals line and the result line. */
function countBySeverity(problems: readonly Problem[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

function severityTotals(counts: SeverityCounts): string {
  return SEVERITY_ORDER.map((s) => {
    const n = counts[s];
    return s === "error" ? `${n} fel` : s === "warning" ? count(n, "varning", "varningar") : `${n} info`;
  }).join(", ");
}

/** By sheet in order of first appearance (workbook-level problems first), each sheet's problems as found. */
function groupBySheet(problems: readonly Problem[]): [string | null, Problem[]][] {
  const groups = new Map<string | null, Problem[]>();
  for (const p of problems) {
    const list = groups.get(p.sheet);
    if (list === undefined) groups.set(p.sheet, [p]);
    else list.push(p);
  }
  const entries = [...groups];
  entries.sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
  return entries;
}

function add(total: StatusCounts, counts: StatusCounts): void {
  for (const s of STATUSES) total[s] += counts[s];
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * The readable Swedish summary printed without --json: file and period, counts per perspective, plan statuses,
 * problems grouped by sheet, totals, and what was written.
 */
import type { Evaluation, EvaluatedPlan } from "../../domain/evaluation";
import { formatLocation, type Problem, type Severity } from "../../domain/problems";
import { STATUS_GLYPH, STATUS_NAME_SV, STATUSES, emptyCounts, type StatusCounts } from "../../domain/status";
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
}

/** Problems shown per sheet before "… och N till"; --json has them all. */
const MAX_PROBLEMS_PER_SHEET = 40;

const SEVERITY_SV: Readonly<Record<Severity, string>> = { error: "fel", warning: "varning", info: "info" };
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function formatSummary(evaluation: Evaluation, context: SummaryContext): string {
  const sections = [
    heading(evaluation, context),
    perspectiveTable(evaluation),
    planList(evaluation.plans),
    problemList(evaluation.problems),
    outcome(evaluation, context),
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

function problemList(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return ["Inga problem."];
  const lines = [`Problem: ${severityTotals(problems)}`];
  for (const [sheet, list] of groupBySheet(problems)) {
    lines.push(`  ${sheet ?? "Arbetsboken"}`);
    const shown = list.slice(0, MAX_PROBLEMS_PER_SHEET);
    const locationWidth = Math.min(24, Math.max(...shown.map((p) => width(formatLocation(p)))));
    const codeWidth = Math.max(...shown.map((p) => width(p.code)));
    for (const p of shown) {
      const prefix = `    ${padEnd(formatLocation(p), locationWidth)}  ${padEnd(SEVERITY_SV[p.severity], 7)}  ${padEnd(p.code, codeWidth)}  `;
      // Messages continue under the message column while it leaves room; otherwise under the location.
      const indent = width(prefix) <= LINE_WIDTH - 40 ? width(prefix) : 6;
      lines.push(...wrap(prefix, p.message, indent));
    }
    if (list.length > shown.length) {
      lines.push(`    … och ${list.length - shown.length} till på bladet (alla finns med --json).`);
    }
  }
  return lines;
}

function outcome(evaluation: Evaluation, context: SummaryContext): string[] {
  const errors = evaluation.problems.filter((p) => p.severity === "error").length;
  const lines: string[] = [];
  if (errors === 0) {
    lines.push("Resultat: inga fel.");
  } else if (context.action === "recalc") {
    lines.push(`Resultat: ${count(errors, "fel", "fel")}; status skrevs för de rader som kunde bedömas.`);
  } else {
    lines.push(`Resultat: ${count(errors, "fel", "fel")}.`);
  }
  if (context.written) {
    const { file, cells, sheets, summarySheets = [] } = context.written;
    lines.push(`Skrev ${file} (${count(cells, "statuscell", "statusceller")} på ${count(sheets, "blad", "blad")}).`);
    if (summarySheets.length > 0) lines.push(`Sammanställningar: ${summarySheets.join(", ")}.`);
  } else if (context.action === "validate") {
    lines.push("Inget skrevs (validate).");
  }
  return lines;
}

function severityTotals(problems: readonly Problem[]): string {
  return SEVERITY_ORDER.map((s) => {
    const n = problems.filter((p) => p.severity === s).length;
    return s === "error" ? `${n} fel` : s === "warning" ? count(n, "varning", "varningar") : `${n} info`;
  }).join(", ");
}

/** By sheet in order of first appearance (workbook-level problems first), each sheet's problems in row order. */
function groupBySheet(problems: readonly Problem[]): [string | null, Problem[]][] {
  const groups = new Map<string | null, Problem[]>();
  for (const p of problems) {
    const list = groups.get(p.sheet) ?? [];
    list.push(p);
    groups.set(p.sheet, list);
  }
  const entries = [...groups];
  entries.sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : 0));
  // Sort keys computed once: a big workbook can have tens of thousands of problems.
  return entries.map(([sheet, list]) => [
    sheet,
    list
      .map((problem, index) => ({ problem, order: cellOrder(problem.cell), index }))
      .sort((a, b) => a.order - b.order || a.index - b.index)
      .map((entry) => entry.problem),
  ]);
}

/** Row-major order of an A1 address; problems without a cell come first. */
function cellOrder(cell: string | null): number {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}

function add(total: StatusCounts, counts: StatusCounts): void {
  for (const s of STATUSES) total[s] += counts[s];
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

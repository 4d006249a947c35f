/** What the task pane shows, computed from an Evaluation without touching the DOM (so it is unit-tested in Node). */
import { formatA1 } from "../src/domain/address/a1";
import type { EvaluatedRow, Evaluation } from "../src/domain/evaluation";
import { renderExplanation } from "../src/domain/i18n/explanations";
import { UI_STRINGS } from "../src/domain/i18n/ui";
import { formatLocation, localizeProblem, type Locale, type Problem, type Severity } from "../src/domain/problems";
import { groupRepeated, groupSummary } from "../src/domain/problem-groups";
import { STATUSES, STATUS_GLYPH, type Status, type StatusCounts } from "../src/domain/status/statuses";
import type { ReadValue } from "../src/domain/values/types";
import { statusLabel } from "../src/commands/outcome";

export interface ProblemItem {
  readonly where: string;
  readonly message: string;
  readonly code: string;
  /** Where a click goes (a group's first cell); null for problems about the whole workbook. */
  readonly target: { readonly sheet: string; readonly cell: string | null } | null;
  /** How many problems the item stands for: more than 1 when alike problems on one sheet were folded into it. */
  readonly count: number;
}

export interface ProblemGroup {
  readonly severity: Severity;
  readonly title: string;
  readonly items: readonly ProblemItem[];
  /** Problems behind the items (a folded item counts all of its own). */
  readonly total: number;
}

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/**
 * The problems by severity, errors first; three or more alike on one sheet are one item ("57 gånger (E7, E9, E12
 * och 54 till), t.ex. E7: …") whose click goes to the first of them.
 */
export function groupProblems(problems: readonly Problem[], locale: Locale): ProblemGroup[] {
  return SEVERITY_ORDER.map((severity) => {
    // How each sheet was read has its own section (layout-view.ts); the list would only say it again.
    const listed = problems.filter((p) => p.severity === severity && p.code !== "LAYOUT_INFERRED");
    const items = groupRepeated(listed).map((entry): ProblemItem => {
      if (entry.kind === "one") return problemItem(entry.problem, localizeProblem(entry.problem, locale).message, 1);
      const first = entry.group.members[0] as Problem;
      const message = groupSummary(entry.group, locale, localizeProblem(first, locale).message);
      return problemItem(first, message, entry.group.members.length);
    });
    const total = items.reduce((n, item) => n + item.count, 0);
    return { severity, title: UI_STRINGS[locale].pane.severity[severity], items, total };
  }).filter((g) => g.items.length > 0);
}

function problemItem(p: Problem, message: string, count: number): ProblemItem {
  return {
    where: formatLocation(p),
    message,
    code: p.code,
    target: p.sheet ? { sheet: p.sheet, cell: p.cell === null ? null : formatA1(p.cell) } : null,
    count,
  };
}

export function findRow(evaluation: Evaluation, sheet: string, row: number): EvaluatedRow | null {
  return evaluation.rows.find((r) => r.sheet === sheet && r.row === row) ?? null;
}

function numberText(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 4 }).format(n);
}

function percentText(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(fraction);
}

/** "procent: 0,9 (90 %)", "tal: 203,5 kWh/m2", "ja/nej: pågår", "kunde inte tolkas (ett felvärde)". */
export function describeValue(value: ReadValue | null, locale: Locale): string {
  const s = UI_STRINGS[locale].pane;
  if (!value) return s.empty;
  const kind = s.kind[value.kind];
  switch (value.kind) {
    case "number":
      return `${kind}: ${numberText(value.value, locale)}${value.unit ? ` ${value.unit}` : ""}`;
    case "percent":
      return `${kind}: ${numberText(value.value, locale)} (${percentText(value.value, locale)})`;
    case "boolean":
      return `${kind}: ${s.yesNo[value.state]}`;
    case "baseline":
      return `${kind}: ${value.ref}`;
    case "range": {
      const show = (n: number): string => (value.percent ? percentText(n, locale) : numberText(n, locale));
      return `${kind}: ${show(value.value)}–${show(value.high)}${value.unit ? ` ${value.unit}` : ""}`;
    }
    case "unparseable": {
      const why = s.unreadable[value.reason];
      return why === "" ? kind : `${kind} (${why})`;
    }
    case "not-measured":
      return `${kind}: ${value.text}`;
    case "internal-error":
      return kind;
  }
}

export interface DetailLine {
  readonly label: string;
  readonly value: string;
  /** Shown below the value in a quieter style. */
  readonly note?: string;
}

export interface RowDetails {
  readonly heading: string;
  readonly status: Status;
  readonly glyph: string;
  readonly statusText: string;
  readonly lines: readonly DetailLine[];
}

function cellText(value: ReadValue | null, locale: Locale): DetailLine["value"] {
  return value ? value.text : UI_STRINGS[locale].pane.empty;
}

function countsText(counts: StatusCounts): string {
  return STATUSES.map((st) => `${STATUS_GLYPH[st]} ${counts[st]}`).join("  ");
}

export function describeRow(row: EvaluatedRow, locale: Locale): RowDetails {
  const s = UI_STRINGS[locale].pane;
  const lines: DetailLine[] = [];
  lines.push({ label: s.why, value: renderExplanation(row.explanation, locale) });
  if (row.level !== "plan" || row.target || row.actual) {
    lines.push({
      label: s.target,
      value: cellText(row.target, locale),
      note: `${s.readAs} ${describeValue(row.target, locale)}`,
    });
    lines.push({
      label: s.actual,
      value: cellText(row.actual, locale),
      note: `${s.readAs} ${describeValue(row.actual, locale)}`,
    });
  }
  if (row.direction) {
    const source = row.directionSource ? (s.directionSource[row.directionSource] ?? row.directionSource) : null;
    lines.push({
      label: s.direction,
      value: row.direction === "higher" ? s.higher : s.lower,
      ...(source ? { note: source } : {}),
    });
  }
  if (row.children) lines.push({ label: s.children, value: countsText(row.children) });
  if (row.level !== "plan") lines.push({ label: s.plan, value: row.plan });
  if (row.perspective) lines.push({ label: s.perspective, value: row.perspective });
  return {
    heading: `${row.levelText || s.level[row.level]}: ${row.name}`,
    status: row.status,
    glyph: STATUS_GLYPH[row.status],
    statusText: `${statusLabel(row.status, locale)} (${s.statusSource[row.source]})`,
    lines,
  };
}

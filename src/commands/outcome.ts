/**
 * What a ribbon run tells the user afterwards: the period, how many rows got each status, and how many problems.
 * Plain data, so it can travel to the result dialog in its URL and be tested without Office.
 */
import type { Evaluation } from "../domain/evaluation";
import { formatLocation, localizeProblem, type Locale } from "../domain/problems";
import { emptyCounts, STATUSES, STATUS_GLYPH, type Status, type StatusCounts } from "../domain/status/statuses";
import { type Level } from "../domain/vocabulary";
import { failureSentence } from "../adapters/office/failure-text";
import { UI_STRINGS } from "../domain/i18n/ui";

export type RunKind = "recalc" | "validate";

export interface OutcomeProblem {
  readonly where: string;
  readonly message: string;
}

export interface Outcome {
  readonly kind: RunKind;
  readonly locale: Locale;
  readonly period: string | null;
  /** Rows by status: the Status cells written (recalc) or that would be written (validate). */
  readonly counts: StatusCounts;
  /** The same by level, counted apart as Översikt does: plans, goals and indicators. */
  readonly levels: Readonly<Record<Level, StatusCounts>>;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The first few errors, so the dialog can name cells without the task pane. */
  readonly firstErrors: readonly OutcomeProblem[];
  /** Summary sheets written by the run (Översikt, perspectives, plans); 0 when none were. */
  readonly summarySheets: number;
  /** Set when the run itself failed; then nothing else is meaningful. */
  readonly failure: string | null;
}

const SHOWN_ERRORS = 5;

export const LEVELS: readonly Level[] = ["plan", "goal", "indicator"];

export function countStatuses(evaluation: Evaluation): StatusCounts {
  const counts = emptyCounts();
  for (const write of evaluation.statusWrites) for (const cell of write.cells) counts[cell.status]++;
  return counts;
}

/** Plans, goals and indicators apart, each by status: what the tiles and the dialog show. */
export function countByLevel(evaluation: Evaluation): Record<Level, StatusCounts> {
  const levels = { plan: emptyCounts(), goal: emptyCounts(), indicator: emptyCounts() };
  for (const row of evaluation.rows) levels[row.level][row.status]++;
  return levels;
}

function emptyLevels(): Record<Level, StatusCounts> {
  return { plan: emptyCounts(), goal: emptyCounts(), indicator: emptyCounts() };
}

export function summarize(kind: RunKind, evaluation: Evaluation, locale: Locale, summarySheets = 0): Outcome {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const p of evaluation.problems) bySeverity[p.severity]++;
  const firstErrors = evaluation.problems
    .filter((p) => p.severity === "error")
    .slice(0, SHOWN_ERRORS)
    .map((p) => ({ where: formatLocation(p), message: localizeProblem(p, locale).message }));
  return {
    kind,
    locale,
    period: evaluation.period,
    counts: countStatuses(evaluation),
    levels: countByLevel(evaluation),
    errors: bySeverity.error,
    warnings: bySeverity.warning,
    infos: bySeverity.info,
    firstErrors,
    summarySheets,
    failure: null,
  };
}

/** A failed run as one sentence that says what to do (failure-text.ts): never Office's own API text. */
export function failureText(error: unknown, locale: Locale, wroteSomething = false): string {
  return failureSentence(error, locale, wroteSomething);
}

export function failureOutcome(kind: RunKind, error: unknown, locale: Locale, wroteSomething = false): Outcome {
  return {
    kind,
    locale,
    period: null,
    counts: emptyCounts(),
    levels: emptyLevels(),
    errors: 0,
    warnings: 0,
    infos: 0,
    firstErrors: [],
    summarySheets: 0,
    failure: failureText(error, locale, wroteSomething),
  };
}

export function statusLabel(status: Status, locale: Locale): string {
  return UI_STRINGS[locale].outcome.status[status];
}

export function levelLabel(level: Level, locale: Locale): string {
  return UI_STRINGS[locale].outcome.levels[level];
}

/** Rows that can be assessed: every row whose status is not "missing". */
export function assessable(outcome: Outcome): number {
  return LEVELS.reduce((sum, level) => {
    const c = outcome.levels[level];
    return sum + c.green + c.yellow + c.red;
  }, 0);
}

/** The dialog's heading: what happened, in one line. */
export function headline(outcome: Outcome): string {
  const t = UI_STRINGS[outcome.locale].outcome;
  if (outcome.failure) return t.failed;
  if (outcome.kind === "recalc") return t.statusWritten(STATUSES.reduce((sum, s) => sum + outcome.counts[s], 0));
  return t.validated(assessable(outcome));
}

/** "Period: Utfall augusti" or the automatic choice spelled out. */
export function periodLine(outcome: Outcome): string {
  return UI_STRINGS[outcome.locale].outcome.period(outcome.period);
}

/** "Översikt och 6 flikar per perspektiv och plan uppdaterades." — null when the run wrote no summary sheets. */
export function summariesLine(outcome: Outcome): string | null {
  if (outcome.summarySheets <= 0) return null;
  return UI_STRINGS[outcome.locale].outcome.summaries(outcome.summarySheets - 1);
}

/** "2 fel, 5 varningar och 1 information" — the problems line, with the way to see them. */
export function problemsLine(outcome: Outcome): string {
  const t = UI_STRINGS[outcome.locale].outcome;
  const { errors, warnings, infos } = outcome;
  return errors + warnings + infos === 0 ? t.noProblems : t.problems(errors, warnings, infos);
}

export function glyph(status: Status): string {
  return STATUS_GLYPH[status];
}

/** Problems are data, not exceptions: SPEC §7's stable codes, located by sheet and cell, with a localised message. */
import { messagesEn } from "./i18n/en/problems";
import { messagesSv } from "./i18n/sv/problems";
import { CELL_TEXT_PARAMS, quoteCell } from "./i18n/quote";
import {
  DEFAULT_SEVERITY,
  type MessageMap,
  type ProblemCode,
  type ProblemParams,
  type Severity,
} from "./problem-codes";

export { DEFAULT_SEVERITY, PROBLEM_CODES } from "./problem-codes";
export type { MessageMap, ProblemCode, ProblemParams, Severity } from "./problem-codes";

export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /** Kept so the same problem can be re-rendered in another language (the task pane follows Office's display language). */
  readonly params: ProblemParams;
}

export type Locale = "sv" | "en";

const MESSAGES: Readonly<Record<Locale, MessageMap>> = { sv: messagesSv, en: messagesEn };

export interface ProblemLocation {
  readonly sheet?: string | null;
  readonly cell?: string | null;
}

export function makeProblem(
  code: ProblemCode,
  location: ProblemLocation,
  params: ProblemParams = {},
  options: { severity?: Severity; locale?: Locale } = {},
): Problem {
  const locale = options.locale ?? "sv";
  return {
    severity: options.severity ?? DEFAULT_SEVERITY[code],
    code,
    sheet: location.sheet ?? null,
    cell: location.cell ?? null,
    message: renderMessage(locale, code, params),
    params,
  };
}

export function localizeProblem(problem: Problem, locale: Locale): Problem {
  return { ...problem, message: renderMessage(locale, problem.code, problem.params) };
}

/**
 * The message with every quoted cell text on one line and cut to about 80 characters (quoteCell). The params keep
 * the whole text, so a consumer that wants it still has it and a re-rendered message is cut the same way.
 */
function renderMessage(locale: Locale, code: ProblemCode, params: ProblemParams): string {
  let quoted: Record<string, string | number> | null = null;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (typeof value !== "string" || !CELL_TEXT_PARAMS.has(key)) continue;
    const short = quoteCell(value);
    if (short === value) continue;
    quoted ??= { ...params };
    quoted[key] = short;
  }
  return MESSAGES[locale][code](quoted ?? params);
}

/** "Plan 2021!E7", the way messages and the task pane name a place. */
export function formatLocation(problem: Pick<Problem, "sheet" | "cell">): string {
  if (problem.sheet && problem.cell) return `${problem.sheet}!${problem.cell}`;
  return problem.sheet ?? problem.cell ?? "";
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

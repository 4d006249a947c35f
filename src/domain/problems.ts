/** Problems are data, not exceptions: SPEC §7's stable codes, located by sheet and cell, with a localised message. */
import { formatA1 } from "./address/a1";
import type { CellAddress, CellPosition } from "./address/cell-address";
import { messagesEn } from "./i18n/en/problems";
import { messagesSv } from "./i18n/sv/problems";
import { CELL_TEXT_PARAMS, quoteCell } from "./i18n/quote";
import { DEFAULT_SEVERITY, type ProblemCode, type Severity } from "./problem-codes";
import type { MessageMap, ParamsOf } from "./problem-params";

export { DEFAULT_SEVERITY, PROBLEM_CODES } from "./problem-codes";
export type { ProblemCode, Severity } from "./problem-codes";
export type { MessageMap, ParamsOf, ProblemParams, ProblemParamsByCode } from "./problem-params";

interface ProblemOf<C extends ProblemCode> {
  readonly severity: Severity;
  readonly code: C;
  /** Null for a problem about the whole workbook. */
  readonly sheet: string | null;
  /** The cell on `sheet`; null for a problem about a whole sheet or the workbook. */
  readonly cell: CellPosition | null;
  readonly message: string;
  /** Kept so the same problem can be re-rendered in another language (the task pane follows Office's display language). */
  readonly params: ParamsOf<C>;
}

type AnyProblem = { [K in ProblemCode]: ProblemOf<K> }[ProblemCode];

/**
 * A problem, discriminated by its code: narrowing on `code` types `params`. `Problem<"X">` is one code's problem;
 * written with Extract so that `Problem<C>` of a type parameter is still a Problem (a type guard can narrow to it).
 */
export type Problem<C extends ProblemCode = ProblemCode> = Extract<AnyProblem, { readonly code: C }>;

export type Locale = "sv" | "en";

const MESSAGES: Readonly<Record<Locale, MessageMap>> = { sv: messagesSv, en: messagesEn };

/** A cell, or a whole sheet (`{ sheet }`), or the workbook (`{ sheet: null }` or `{}`). */
export type ProblemLocation = CellAddress | { readonly sheet?: string | null };

export interface ProblemOptions {
  readonly severity?: Severity;
  readonly locale?: Locale;
}

/** Whether a code needs params; distributed, so a union of codes needs them when any one does. */
type NeedsParams<C extends ProblemCode> = C extends ProblemCode
  ? Record<string, never> extends ParamsOf<C>
    ? false
    : true
  : never;

/** The params may be left out only for a code whose params can all be left out. */
type ParamsArgs<C extends ProblemCode> =
  true extends NeedsParams<C>
    ? [params: ParamsOf<C>, options?: ProblemOptions]
    : [params?: ParamsOf<C>, options?: ProblemOptions];

export function makeProblem<C extends ProblemCode>(
  code: C,
  location: ProblemLocation,
  ...[params, options = {}]: ParamsArgs<C>
): Problem<C> {
  const given = params ?? ({} as ParamsOf<C>);
  const problem: ProblemOf<C> = {
    severity: options.severity ?? DEFAULT_SEVERITY[code],
    code,
    sheet: location.sheet ?? null,
    cell: "row" in location ? { row: location.row, col: location.col } : null,
    message: renderMessage(options.locale ?? "sv", code, given),
    params: given,
  };
  // ProblemOf<C> is Problem<C> for each C, but TypeScript cannot resolve the Extract of a type parameter.
  return problem as unknown as Problem<C>;
}

export function localizeProblem<P extends Problem>(problem: P, locale: Locale): P {
  // A Problem's code and params belong together (makeProblem made them); the union cannot say so to the checker.
  const { code, params } = problem as ProblemOf<ProblemCode>;
  return { ...problem, message: renderMessage(locale, code, params) };
}

/**
 * The message with every quoted cell text on one line and cut to about 80 characters (quoteCell). The params keep
 * the whole text, so a consumer that wants it still has it and a re-rendered message is cut the same way.
 */
function renderMessage<C extends ProblemCode>(locale: Locale, code: C, params: ParamsOf<C>): string {
  let quoted: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string" || !CELL_TEXT_PARAMS.has(key)) continue;
    const short = quoteCell(value);
    if (short === value) continue;
    quoted ??= { ...params };
    quoted[key] = short;
  }
  // The copy has the same keys and kinds of value as the params, only shorter texts.
  const message: MessageMap[C] = MESSAGES[locale][code];
  return message((quoted ?? params) as ParamsOf<C>);
}

/** "Plan 2021!E7", the way the CLI text and the task pane name a place. */
export function formatLocation(problem: Pick<Problem, "sheet" | "cell">): string {
  const cell = problem.cell === null ? null : formatA1(problem.cell);
  if (problem.sheet && cell) return `${problem.sheet}!${cell}`;
  return problem.sheet ?? cell ?? "";
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

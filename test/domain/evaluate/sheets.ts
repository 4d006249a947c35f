/** Workbooks for engine tests, written as the rows a person sees in Excel. */
import type { CellAddress } from "../../../src/domain/address/cell-address";
import type { CellRange, RawCell, SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import type { Evaluation, EvaluatedRow } from "../../../src/domain/evaluation";
import { renderExplanation } from "../../../src/domain/i18n/explanations";
import type { Problem, ProblemCode } from "../../../src/domain/problems";

export interface SheetOptions {
  readonly merges?: readonly CellRange[];
  /** "row,col" (0-based) → number format, for percent-formatted numbers. */
  readonly formats?: Readonly<Record<string, string>>;
}

export function sheet(name: string, rows: readonly (readonly RawCell[])[], options: SheetOptions = {}): SheetGrid {
  const numberFormats: (string | null)[][] = rows.map((r) => r.map(() => null));
  for (const [at, format] of Object.entries(options.formats ?? {})) {
    const [r = 0, c = 0] = at.split(",").map(Number);
    const line = numberFormats[r] ?? [];
    line[c] = format;
    numberFormats[r] = line;
  }
  return { name, values: rows, numberFormats, merges: options.merges ?? [] };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** A row or plan with its explanation in the Swedish words the JSON report prints, to compare with a sentence. */
export function said<T extends { readonly explanation: EvaluatedRow["explanation"] }>(
  judged: T,
): Omit<T, "explanation"> & { explanation: string } {
  return { ...judged, explanation: renderExplanation(judged.explanation, "sv") };
}

export function row(evaluation: Evaluation, name: string): EvaluatedRow {
  const found = evaluation.rows.find((r) => r.name === name);
  if (!found) throw new Error(`no row named ${name}`);
  return found;
}

export function problems<C extends ProblemCode>(evaluation: Evaluation, code: C): Problem<C>[] {
  return evaluation.problems.filter((p): p is Problem<C> => p.code === code);
}

/** Where each problem with the code points (compare with `adr("Plan!E7")`): where the task pane would take the user. */
export function places(evaluation: Evaluation, code: ProblemCode): ({ sheet: string | null } | CellAddress)[] {
  return problems(evaluation, code).map((p) => ({ sheet: p.sheet, ...p.cell }));
}

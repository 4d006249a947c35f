/** PLACEHOLDER until the status engine lands: the signature the app layer builds on. */
import type { Evaluation } from "./evaluation";
import type { WorkbookGrid } from "./grid";

export interface EvaluateOptions {
  /** Requested period header (case-insensitive; a unique part such as "augusti" is enough); null: automatic. */
  readonly period: string | null;
}

export function evaluateWorkbook(_grid: WorkbookGrid, _options: EvaluateOptions): Evaluation {
  throw new Error("evaluateWorkbook is not implemented yet");
}

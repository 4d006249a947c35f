/**
 * The ribbon's ExecuteFunction handlers (manifest FunctionName = the ids below). Each runs a use case through the
 * Office adapter, shows the outcome in a dialog and always calls event.completed(), also after a failure.
 */
import { recalcWithSummaries, validate, type RunOptions } from "../app/run";
import type { Evaluation } from "../domain/evaluation";
import { logError } from "../adapters/office/helpers";
import { officeLocale } from "../adapters/office/locale";
import { OfficeWorkbook } from "../adapters/office/office-workbook";
import { savedPeriod } from "../adapters/office/period-setting";
import { failureOutcome, summarize, type Outcome, type RunKind } from "./outcome";
import { showResultDialog } from "./result-dialog";

/** The ids the manifest's <FunctionName> elements name; test/manifest checks that both sides agree. */
export const COMMAND_IDS = ["beraknaStatus", "validera"] as const;

interface CommandResult {
  readonly evaluation: Evaluation;
  readonly summarySheets: number;
}

type UseCase = (port: OfficeWorkbook, options: RunOptions) => Promise<CommandResult>;

/** Beräkna status on the ribbon does the whole job: Status column and summary sheets from one evaluation. */
const recalcAll: UseCase = async (port, options) => {
  const { evaluation, summaries } = await recalcWithSummaries(port, { ...options, runDate: new Date() });
  return { evaluation, summarySheets: summaries.sheets.length };
};

const validateOnly: UseCase = async (port, options) => ({
  evaluation: await validate(port, options),
  summarySheets: 0,
});

async function runCommand(kind: RunKind, useCase: UseCase, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const locale = officeLocale();
    let outcome: Outcome;
    try {
      const period = savedPeriod();
      // Everything is computed before the first write; a failure before that leaves the workbook untouched.
      const result = await Excel.run((context) => useCase(new OfficeWorkbook(context), { period }));
      outcome = summarize(kind, result.evaluation, locale, result.summarySheets);
    } catch (error) {
      logError(error);
      outcome = failureOutcome(kind, error, locale);
    }
    await showResultDialog(outcome);
  } finally {
    event.completed();
  }
}

export function beraknaStatus(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand("recalc", recalcAll, event);
}

export function validera(event: Office.AddinCommands.Event): Promise<void> {
  return runCommand("validate", validateOnly, event);
}

function register(): void {
  Office.actions.associate("beraknaStatus", beraknaStatus);
  Office.actions.associate("validera", validera);
  // Older Excel builds look the FunctionName up on the global object instead of the action registry.
  Object.assign(globalThis, { beraknaStatus, validera });
}

if (typeof Office !== "undefined") {
  void Office.onReady(register);
}

/**
 * The ribbon's ExecuteFunction handlers (manifest FunctionName = the ids below). Each runs a use case through the
 * Office adapter and shows the outcome in a dialog.
 *
 * `event.completed()` must be called when an ExecuteFunction command is done
 * (https://learn.microsoft.com/javascript/api/office/office.addincommands.event), and Office ends a command that runs
 * longer than five minutes. So it is called exactly once on every path: after the dialog closes, when the dialog
 * cannot be shown or its callback never fires (the dialog wait gives up after two minutes), after a failure, and at
 * the latest after COMMAND_TIME_LIMIT_MS whatever is still pending.
 */
import { recalcWithSummaries, validate, type RunOptions } from "../app/run";
import type { Evaluation } from "../domain/evaluation";
import { runExcel } from "../adapters/office/excel-run";
import { logError } from "../adapters/office/helpers";
import { officeLocale } from "../adapters/office/locale";
import { OfficeWorkbook } from "../adapters/office/office-workbook";
import { savedPeriod } from "../adapters/office/period-setting";
import { rememberUndoNotice, undoNoticeShown } from "../adapters/office/undo-notice";
import { UI_STRINGS } from "../domain/i18n/ui";
import { failureOutcome, summarize, type Outcome, type RunKind } from "./outcome";
import { showDialog, showResultDialog } from "./result-dialog";

/** Just under the five minutes after which Office ends a ribbon command itself. */
export const COMMAND_TIME_LIMIT_MS = 280_000;

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

/** Before the first run that writes: Excel's undo history will be gone. False when the user cancels or closes it. */
async function confirmUndoNotice(): Promise<boolean> {
  if (undoNoticeShown()) return true;
  const locale = officeLocale();
  const answer = await showDialog({ kind: "notice", locale, ...UI_STRINGS[locale].undo });
  if (answer !== "proceed") return false;
  await rememberUndoNotice();
  return true;
}

async function execute(kind: RunKind, useCase: UseCase): Promise<void> {
  const locale = officeLocale();
  if (kind === "recalc" && !(await confirmUndoNotice())) return;
  let outcome: Outcome;
  // Set inside the batch: whether a failure came before or after the first write decides what the user is told.
  const ran: { port: OfficeWorkbook | null } = { port: null };
  try {
    const period = savedPeriod();
    // Everything is computed and checked before the first write; a failure before that leaves the workbook untouched.
    const result = await runExcel((context) => useCase((ran.port = new OfficeWorkbook(context)), { period }));
    outcome = summarize(kind, result.evaluation, locale, result.summarySheets);
  } catch (error) {
    logError(error);
    outcome = failureOutcome(kind, error, locale, ran.port?.wroteSomething ?? false);
  }
  await showResultDialog(outcome);
}

export async function runCommand(
  kind: RunKind,
  useCase: UseCase,
  event: Office.AddinCommands.Event,
  timeLimitMs: number = COMMAND_TIME_LIMIT_MS,
): Promise<void> {
  let completed = false;
  const complete = (): void => {
    if (completed) return;
    completed = true;
    try {
      event.completed();
    } catch (error) {
      logError(error);
    }
  };
  const deadline = setTimeout(complete, timeLimitMs);
  try {
    await execute(kind, useCase);
  } catch (error) {
    logError(error);
  } finally {
    clearTimeout(deadline);
    complete();
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

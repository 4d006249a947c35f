/**
 * Shows a ribbon command's outcome, or the undo notice before the first run, in a small Office dialog. An
 * ExecuteFunction command has no UI of its own, and in Excel (without a shared runtime) the dialog API is the one
 * documented way a function file can show anything; the Outlook-only NotificationMessages do not exist here. What
 * the dialog shows travels in the URL fragment, which never leaves the machine.
 */
import { logError } from "../adapters/office/helpers";
import type { Locale } from "../domain/problems";
import type { UndoNotice } from "../adapters/office/undo-notice";
import type { Outcome } from "./outcome";

/** After this long the command stops waiting for the dialog, so Excel never waits forever (commands end at 5 min). */
export const MAX_WAIT_MS = 120_000;

/** The undo notice as the dialog page renders it; the page answers "proceed" or "cancel". */
export interface NoticePage extends UndoNotice {
  readonly kind: "notice";
  readonly locale: Locale;
}

export type DialogPage = Outcome | NoticePage;

export function resultUrl(page: DialogPage, base: string): string {
  const url = new URL("result.html", base);
  url.hash = encodeURIComponent(JSON.stringify(page));
  return url.toString();
}

/**
 * Resolves with the message the dialog sent ("close", "proceed", "cancel"), or null when it was closed with its X,
 * could not be shown, or did not answer within MAX_WAIT_MS. Never rejects.
 */
export function showDialog(page: DialogPage, waitMs: number = MAX_WAIT_MS): Promise<string | null> {
  return new Promise((resolve) => {
    if (!Office.context.requirements?.isSetSupported("DialogApi", "1.1")) {
      resolve(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (answer: string | null): void => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve(answer);
    };
    // Also when the dialog's callback never fires at all.
    timer = setTimeout(() => finish(null), waitMs);
    try {
      Office.context.ui.displayDialogAsync(
        resultUrl(page, window.location.href),
        { height: 45, width: 32, displayInIframe: true },
        (result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            logError(result.error);
            finish(null);
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            finish("message" in arg ? arg.message : null);
          });
          // The user closed it with the window's own X.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(null));
        },
      );
    } catch (error) {
      logError(error);
      finish(null);
    }
  });
}

/** Shows a run's outcome; resolves when the user closes it, when it cannot be shown, or after MAX_WAIT_MS. */
export async function showResultDialog(outcome: Outcome, waitMs?: number): Promise<void> {
  await showDialog(outcome, waitMs);
}

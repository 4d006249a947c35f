/**
 * Shows a ribbon command's outcome in a small Office dialog. An ExecuteFunction command has no UI of its own, and in
 * Excel (without a shared runtime) the dialog API is the one documented way a function file can show anything; the
 * Outlook-only NotificationMessages do not exist here. The outcome travels in the URL fragment, which never leaves
 * the machine.
 */
import { logError } from "../adapters/office/helpers";
import type { Outcome } from "./outcome";

/** After this long the command reports completion even if the dialog is still open, so Excel never waits forever. */
const MAX_WAIT_MS = 120_000;

export function resultUrl(outcome: Outcome, base: string): string {
  const url = new URL("result.html", base);
  url.hash = encodeURIComponent(JSON.stringify(outcome));
  return url.toString();
}

/** Resolves when the user closes the dialog, when it cannot be shown, or after MAX_WAIT_MS. Never rejects. */
export function showResultDialog(outcome: Outcome): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements?.isSetSupported("DialogApi", "1.1")) {
      resolve();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    };
    Office.context.ui.displayDialogAsync(
      resultUrl(outcome, window.location.href),
      { height: 45, width: 32, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          logError(result.error);
          finish();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          finish();
        });
        // The user closed it with the window's own X.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        timer = setTimeout(finish, MAX_WAIT_MS);
      },
    );
  });
}

/**
 * Excel's undo history does not survive sheet operations (adding, deleting, renaming or moving sheets), which
 * Beräkna status performs; SPEC §8 asks that the user be told so before the first run. Whether the notice was shown
 * is remembered per user in localStorage (shared by the task pane and the ribbon's function file, same origin) and,
 * where storage is blocked, in the workbook's add-in settings.
 */
const KEY = "malstyrning.undoNoticeShown";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function settings(): Office.Settings | null {
  return typeof Office === "undefined" ? null : (Office.context?.document?.settings ?? null);
}

export function undoNoticeShown(): boolean {
  try {
    if (storage()?.getItem(KEY) === "1") return true;
  } catch {
    // Blocked storage: fall through to the workbook's settings.
  }
  return settings()?.get(KEY) === true;
}

export function rememberUndoNotice(): Promise<void> {
  try {
    storage()?.setItem(KEY, "1");
  } catch {
    // Remembered in the workbook below.
  }
  const store = settings();
  if (!store) return Promise.resolve();
  store.set(KEY, true);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}

/** The notice's texts (`UI_STRINGS[locale].undo`, in `i18n/sv|en/ui.ts`). */
export type { UndoNoticeStrings as UndoNotice } from "../../domain/i18n/ui-strings";

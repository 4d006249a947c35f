/**
 * Excel's undo history does not survive sheet operations (adding, deleting, renaming or moving sheets), which
 * Beräkna status performs; SPEC §8 asks that the user be told so before the first run. Whether the notice was shown
 * is remembered per user in localStorage (shared by the task pane and the ribbon's function file, same origin) and,
 * where storage is blocked, in the workbook's add-in settings.
 */
import type { Locale } from "../../domain/problems";

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

export interface UndoNotice {
  readonly title: string;
  readonly text: string;
  readonly proceed: string;
  readonly cancel: string;
}

export const UNDO_NOTICE: Readonly<Record<Locale, UndoNotice>> = {
  sv: {
    title: "Innan du beräknar status första gången",
    text: "Beräkna status skriver Status-kolumnen och lägger till eller ersätter sammanställningsbladen. Excel tömmer då sin ångra-historik: det som gjorts före körningen går inte att ångra med Ctrl+Z efteråt. Spara arbetsboken först om du vill kunna gå tillbaka.",
    proceed: "Fortsätt",
    cancel: "Avbryt",
  },
  en: {
    title: "Before you calculate status the first time",
    text: "Beräkna status writes the Status column and adds or replaces the summary sheets. Excel then clears its undo history: what was done before the run cannot be undone with Ctrl+Z afterwards. Save the workbook first if you want to be able to go back.",
    proceed: "Continue",
    cancel: "Cancel",
  },
};

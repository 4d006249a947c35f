/**
 * The period chosen in the task pane, kept in the workbook's add-in settings so that the ribbon's Beräkna status
 * (which has no UI to ask) uses the same period, and the choice travels with the file.
 */
const KEY = "malstyrning.period";

function settings(): Office.Settings | null {
  return typeof Office === "undefined" ? null : (Office.context?.document?.settings ?? null);
}

export function savedPeriod(): string | null {
  const value: unknown = settings()?.get(KEY);
  return typeof value === "string" && value !== "" ? value : null;
}

/** null goes back to automatic (the rightmost Utfall column with values). */
export function savePeriod(period: string | null): Promise<void> {
  const store = settings();
  if (!store) return Promise.resolve();
  if (period) store.set(KEY, period);
  else store.remove(KEY);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}

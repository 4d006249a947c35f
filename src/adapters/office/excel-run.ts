/**
 * The one way the add-in opens a batch on the workbook: every entry point (ribbon commands, task pane buttons,
 * selection tracking) goes through `runExcel`.
 *
 * `delayForCellEdit: true`: without it, a batch that reaches Excel while the user is typing in a cell fails at once
 * ("When false, if the user is in cell edit when the batch request is processed by the host, the batch
 * automatically fails. When true, ... the batch request is delayed until the user exits cell edit mode";
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions). Pressing Beräkna status while a cell is still
 * being edited then simply runs once the edit is committed.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(RUN_OPTIONS, batch);
}

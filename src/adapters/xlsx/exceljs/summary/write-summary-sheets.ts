/**
 * Executes a SummarySheetsChange on an ExcelJS workbook: removes the generated sheets of the earlier run (stale and
 * replaced ones), adds the new ones after the user's sheets with Översikt first, and writes the very hidden registry.
 * No decisions here: names, contents and which sheets are ours all come from the domain's description.
 */
import type ExcelJS from "exceljs";
import { TEXT_FORMAT, type SummarySheetsChange } from "../../../../domain/summary/types";
import { TableNames } from "../../parts/table-names";
import { renderSheet } from "./render-sheet";

const nameKey = (name: string): string => name.normalize("NFC").toLowerCase();

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = nameKey(name);
  return workbook.worksheets.find((ws) => nameKey(ws.name) === key);
}

/** A loaded workbook without <bookViews> has no views at all, whatever the typings say. */
function firstView(workbook: ExcelJS.Workbook): ExcelJS.WorkbookView | undefined {
  const views = workbook.views as ExcelJS.WorkbookView[] | undefined;
  return views?.[0];
}

function activeSheetName(workbook: ExcelJS.Workbook): string | undefined {
  return workbook.worksheets[firstView(workbook)?.activeTab ?? 0]?.name;
}

/**
 * Keeps the sheet the user was on active (a summary they were reading: its new version); Excel reports a damaged
 * file when the active tab is hidden.
 */
function restoreActiveTab(workbook: ExcelJS.Workbook, previous: string | undefined): void {
  const sheets = workbook.worksheets;
  const key = previous === undefined ? null : nameKey(previous);
  let index = sheets.findIndex((ws) => nameKey(ws.name) === key);
  if (index < 0 || sheets[index]?.state !== "visible") index = sheets.findIndex((ws) => ws.state === "visible");
  const view = firstView(workbook);
  if (view) {
    view.activeTab = Math.max(index, 0);
    view.firstSheet = 0;
  }
}

export function writeSummarySheets(workbook: ExcelJS.Workbook, change: SummarySheetsChange): void {
  const previousActive = activeSheetName(workbook);
  const replaced = change.sheets.flatMap((s) => (s.replaces === null ? [] : [s.replaces]));
  const registry = change.registry.replaces === null ? [] : [change.registry.replaces];
  for (const name of [...change.remove, ...replaced, ...registry]) {
    const ws = findSheet(workbook, name);
    if (ws) workbook.removeWorksheet(ws.id);
  }

  // Table names unique against the tables left in the workbook and its defined names (parts/table-names.ts).
  const definedNames = (workbook.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  const tableNames = new TableNames([
    ...workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name)),
    ...definedNames,
  ]);
  const written = change.sheets.map(({ sheet }) => {
    const ws = workbook.addWorksheet(sheet.name);
    renderSheet(
      ws,
      sheet.table ? { ...sheet, table: { ...sheet.table, name: tableNames.claim(sheet.table.name) } } : sheet,
    );
    return ws;
  });

  const registrySheet = workbook.addWorksheet(change.registry.name, { state: "veryHidden" });
  change.registry.values.forEach((values, i) =>
    values.forEach((value, j) => {
      const cell = registrySheet.getCell(i + 1, j + 1);
      cell.value = value;
      cell.numFmt = TEXT_FORMAT;
    }),
  );

  // The user's sheets first, in their order; then Översikt and the other generated sheets; the registry last.
  const generated = new Set<ExcelJS.Worksheet>([...written, registrySheet]);
  const order = [...workbook.worksheets.filter((ws) => !generated.has(ws)), ...written, registrySheet];
  // orderNo is what ExcelJS sorts `worksheets` by and writes the tabs in; its typings do not declare it.
  order.forEach((ws, i) => {
    (ws as unknown as { orderNo: number }).orderNo = i;
  });
  restoreActiveTab(workbook, previousActive);
}

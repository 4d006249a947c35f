/** Going to a cell and following the user's selection: what the task pane's problem list and row details need. */
import { parseRange } from "./a1";
import { runExcel } from "./excel-run";

export interface SelectedCell {
  readonly sheet: string;
  readonly row: number;
}

/** "'Plan 2021'!B3:C4" -> { sheet: "Plan 2021", row: 2 } (the top row); null when the address has no sheet or cell. */
export function parseSelection(address: string): SelectedCell | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(address.slice(bang + 1));
  return range ? { sheet, row: range.top } : null;
}

/** Shows the sheet and selects the cell (or A1 when the problem names only the sheet). */
export async function goToCell(sheet: string, cell: string | null): Promise<void> {
  await runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell ?? "A1").select();
    await context.sync();
  });
}

export async function currentSelection(): Promise<SelectedCell | null> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    return parseSelection(range.address);
  });
}

/** Calls `onChange` with the new selection whenever the user selects something on any worksheet. */
export async function watchSelection(onChange: (cell: SelectedCell | null) => void): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(async () => {
      try {
        onChange(await currentSelection());
      } catch {
        onChange(null);
      }
    });
    await context.sync();
  });
}

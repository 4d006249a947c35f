/** Every cell's value and style per sheet, to compare a workbook before and after a write. */
import type ExcelJS from "exceljs";

export interface CellSnapshot {
  readonly value: unknown;
  readonly style: unknown;
  readonly note: unknown;
}

/** sheet name → A1 address → snapshot; includes styled cells without a value. */
export function snapshotCells(workbook: ExcelJS.Workbook): Map<string, Map<string, CellSnapshot>> {
  const sheets = new Map<string, Map<string, CellSnapshot>>();
  for (const sheet of workbook.worksheets) {
    const cells = new Map<string, CellSnapshot>();
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(cell.address, {
          value: normalise(cell.value),
          style: normalise(cell.style),
          note: normalise(cell.note),
        });
      });
    });
    sheets.set(sheet.name, cells);
  }
  return sheets;
}

/** Sheet-level properties the write must leave alone. */
export function snapshotSheets(workbook: ExcelJS.Workbook): unknown {
  return workbook.worksheets.map((s) => ({
    name: s.name,
    state: s.state,
    merges: [...(s.model.merges ?? [])].sort(),
    // Only columns the user set up: the column list itself grows when a Status column is added.
    columns: (s.columns ?? [])
      .filter((c) => c.width !== undefined || c.hidden)
      .map((c) => ({ letter: c.letter, width: c.width ?? null, hidden: c.hidden })),
    views: normalise(s.views),
    dataValidations: normalise((s as unknown as { dataValidations?: { model?: unknown } }).dataValidations?.model),
  }));
}

/** Drops undefined members so that `{a: undefined}` and `{}` compare equal after a save and load. */
function normalise(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value ?? null)) as unknown);
}

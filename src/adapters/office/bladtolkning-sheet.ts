/**
 * "Spara tolkningen": writes the current reading of the plan sheets into the Regler sheet's Bladtolkning table
 * (creating Regler with its defaults first when there is none). Only that section's rows change: where they go is
 * the domain's bladtolkningWrite; this file reads the sheet once and writes in one more round trip.
 */
import { type RawCell } from "../../domain/grid";
import { columnLetters } from "../../domain/address/a1";
import { bladtolkningWrite } from "../../domain/rules/bladtolkning-build";
import { SHEET_LAYOUT_COLUMNS } from "../../domain/rules/regler-layout";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../../domain/rules/regler-sheet";
import type { PlanLayout } from "../../domain/sheet/layout";
import { writeReglerSheet } from "./regler-sheet";

export interface SavedBladtolkning {
  /** Whether the Regler sheet was created (with its defaults) for the table. */
  readonly created: boolean;
  /** The table's address on Regler, header row included, e.g. "A39:F47". */
  readonly address: string;
  /** How many plan sheets the table describes. */
  readonly sheets: number;
}

const WIDTH = SHEET_LAYOUT_COLUMNS.length;

function cellValue(cell: RawCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  return cell;
}

export async function saveBladtolkning(
  context: Excel.RequestContext,
  layouts: readonly PlanLayout[],
): Promise<SavedBladtolkning> {
  const created = (await writeReglerSheet(context, REGLER_SHEET_NAME, buildReglerSheet())) === "created";
  const sheet = context.workbook.worksheets.getItem(REGLER_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  // The grid from A1, as the domain reads Regler: rows above and columns left of the used range are empty.
  const values: RawCell[][] = [];
  if (!used.isNullObject) {
    for (let r = 0; r < used.rowIndex; r++) values.push([]);
    for (const row of used.values as (string | number | boolean)[][]) {
      values.push([...Array<RawCell>(used.columnIndex).fill(null), ...row.map((v) => (v === "" ? null : v))]);
    }
  }
  const write = bladtolkningWrite({ name: REGLER_SHEET_NAME, values, numberFormats: [], merges: [] }, layouts);

  context.application.suspendScreenUpdatingUntilNextSync();
  if (write.insert > 0) {
    // Whole rows, so a section below moves down as one piece (its cells right of column F too).
    sheet
      .getRangeByIndexes(write.top + write.insertAt, 0, write.insert, 1)
      .getEntireRow()
      .insert("Down");
  }
  const cells = write.values.map((row) => Array.from({ length: WIDTH }, (_, c) => cellValue(row[c])));
  const range = sheet.getRangeByIndexes(write.top, 0, cells.length, WIDTH);
  // Text stays text ("@" first), as on the rest of Regler: a sheet named "=x" must not become a formula.
  range.numberFormat = cells.map((row) => row.map((v) => (typeof v === "string" && v !== "" ? "@" : "General")));
  range.values = cells;
  for (const row of write.boldRows) sheet.getRangeByIndexes(write.top + row, 0, 1, WIDTH).format.font.bold = true;
  const first = write.top + write.table.offset + 1;
  const address = `A${first}:${columnLetters(WIDTH - 1)}${first + write.table.rows - 1}`;
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
  return { created, address, sheets: new Set(layouts.map((l) => l.sheet)).size };
}

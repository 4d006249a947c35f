/** Writes the `Regler` sheet the domain describes (buildReglerSheet) in two round trips, never over an existing sheet. */
import type { RawCell } from "../../domain/grid";
import type { ReglerSheetContent } from "../../domain/rules/regler-sheet";
import { columnLetters } from "../../domain/address/a1";
import { charactersToPoints } from "./sheet-format";

export type ReglerResult = "created" | "exists";

/** Strings are written as text ("@" first): "10 %" would otherwise become the number 0.1, "=x" a formula. */
function cellValue(cell: RawCell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.error;
  return cell;
}

export async function writeReglerSheet(
  context: Excel.RequestContext,
  name: string,
  content: ReglerSheetContent,
): Promise<ReglerResult> {
  const worksheets = context.workbook.worksheets;
  const existing = worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!existing.isNullObject) return "exists";

  const width = Math.max(1, ...content.values.map((row) => row.length));
  const values = content.values.map((row) => Array.from({ length: width }, (_, c) => cellValue(row[c])));
  const formats = values.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));

  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = worksheets.add(name);
  const range = sheet.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = formats;
  range.values = values;
  range.format.wrapText = false;
  if (content.boldRows.length > 0) {
    const last = columnLetters(width - 1);
    sheet.getRanges(content.boldRows.map((r) => `A${r + 1}:${last}${r + 1}`).join(",")).format.font.bold = true;
  }
  content.columnWidths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charactersToPoints(chars);
  });
  // Explanations wrapped within the printed width instead of running off the page.
  for (const { row, left, right } of content.wrapped) {
    const area = sheet.getRangeByIndexes(row, left, 1, right - left + 1);
    area.merge(false);
    area.format.wrapText = true;
    area.format.verticalAlignment = "Top";
  }
  for (const { row, height } of content.rowHeights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: content.print.fitToPagesWide };
  sheet.activate();
  await context.sync();
  return "created";
}

/**
 * NO_PLAN_SHEET for the sheets the recognition turned down (SPEC §1a): one problem per sheet that looks like a
 * table, naming the row taken as its header, the columns recognised and what is missing. Without any plan sheet
 * these are errors; beside plan sheets only a sheet with a Målvärde column is mentioned (a budget or a staff list
 * in the same workbook is not a mistake), as a warning.
 */
import { rowNumber } from "../address/a1";
import type { SheetGrid } from "../grid";
import { makeProblem, type Problem } from "../problems";
import { diagnoseSheet, looksLikePlan, recognisedText } from "../sheet/diagnose";

export function unreadSheetProblems(unread: readonly SheetGrid[], planSheets: number): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of unread) {
    const d = diagnoseSheet(sheet);
    if (d === null || (planSheets > 0 && !looksLikePlan(d))) continue;
    problems.push(
      makeProblem(
        "NO_PLAN_SHEET",
        // The header row's first cell.
        { sheet: d.sheet, row: d.headerRow, col: 0 },
        { row: rowNumber(d.headerRow), recognised: recognisedText(d), missing: d.missing },
        planSheets > 0 ? { severity: "warning" } : {},
      ),
    );
  }
  if (planSheets === 0 && problems.length === 0) problems.push(makeProblem("NO_PLAN_SHEET", { sheet: null }));
  return problems;
}

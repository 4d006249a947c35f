/** The `Regler` sheet (SPEC §4): rules that travel with the workbook and can be edited in Excel. */
export { REGLER_SHEET_NAME } from "./regler-layout";
export { parseReglerSheet } from "./regler-read";
export { buildReglerSheet, type ReglerSheetContent } from "./regler-build";

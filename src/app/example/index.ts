/** The bundled example workbook as plain data: two plan sheets and the rules for its `Regler` sheet. */
import { ASSIGNMENTS_SHEET } from "./example-assignments";
import type { ExampleSheet } from "./example-cells";
import { PLAN_SHEET } from "./example-plan";

export * from "./example-cells";
export { EXAMPLE_RULES } from "./example-rules";

/** In tab order; the `Regler` sheet follows them. */
export const EXAMPLE_SHEETS: readonly ExampleSheet[] = [PLAN_SHEET, ASSIGNMENTS_SHEET];

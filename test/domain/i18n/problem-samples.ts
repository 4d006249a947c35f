/** Sample params of every problem code, for the tests that render the message maps and list problems. */
import type { ParamsOf, ProblemCode } from "../../../src/domain/problems";
import { REGLER_ISSUES } from "./regler-samples";

/** Every form of every code's params (each optional param present and absent, each variant of a union). */
export const SAMPLES: { readonly [C in ProblemCode]: readonly ParamsOf<C>[] } = {
  NO_PLAN_SHEET: [
    {},
    { row: 3, recognised: 'E "Målvärde", F "Utfall"', missing: ["level", "name"] },
    { row: 1, recognised: "", missing: ["name"] },
  ],
  MISSING_COLUMN: [{ column: "Nivå" }],
  UNKNOWN_LEVEL: [
    { value: "Delmål", name: "Besök" },
    { value: "", name: "Besök" },
  ],
  ORPHAN_INDICATOR: [{ name: "Väntetid" }],
  MISSING_NAME: [
    { level: "Mål", name: "Mål på rad 7" },
    { level: "Mål", name: "" },
  ],
  MISSING_TARGET: [{ name: "Väntetid" }],
  UNPARSEABLE_TARGET: [
    { value: "lagom", reason: "text" },
    { value: "2024-05-01", reason: "date" },
    { value: "#N/A", reason: "cell-error" },
    { value: "1,234", reason: "ambiguous" },
    { value: "3 eller 4", reason: "several-numbers" },
  ],
  UNPARSEABLE_ACTUAL: [
    { value: "många", reason: "text" },
    { value: "2024-05-01", reason: "incomparable", target: "90 %" },
  ],
  SCALE_MISMATCH: [
    { actual: "83", interpreted: "83 %", target: "≥ 85 %", targetScale: "percent" },
    { actual: "83 %", interpreted: "0,83", target: "1", targetScale: "number" },
  ],
  UNIT_MISMATCH: [{ actualUnit: "dagar", targetUnit: "kr" }],
  BASELINE_MISSING: [{ value: "Öka jämfört med 2023" }, { value: "Öka jämfört med 2023", baseline: "saknas" }],
  DIRECTION_ASSUMED: [
    { name: "Besök", direction: "higher" },
    { name: "Köer", direction: "lower" },
  ],
  DIRECTION_CONFLICT: [
    { winner: "column", winnerDirection: "lower", loser: "target", loserDirection: "higher" },
    { winner: "rule", winnerDirection: "higher", loser: "name", loserDirection: "lower" },
    { winner: "default", winnerDirection: "higher", loser: "default", loserDirection: "lower" },
  ],
  UNKNOWN_PERSPECTIVE: [{ value: "Ekonomi" }],
  UNKNOWN_RULE: [{ value: "Strikt" }],
  INVALID_ASSESSMENT: [{ value: "bra" }],
  CELL_ERROR: [{ value: "#N/A" }],
  EMPTY_PLAN: [{ name: "Handlingsplan 2025" }],
  GOAL_WITHOUT_MEASURES: [{ name: "God tillgänglighet" }],
  MANUAL_DIFFERS: [
    { manual: "green", computed: "yellow" },
    { manual: "red", computed: "missing" },
  ],
  DUPLICATE_NAME: [{ name: "Besök", other: "Plan!B4" }],
  RULES_INVALID: REGLER_ISSUES,
  STATUS_COLUMN_ADDED: [{ column: "G" }],
  GENERATED_NAME_TAKEN: [{ name: "Översikt", used: "Översikt (2)" }],
  UNSUPPORTED_WORKBOOK_PART: [{ part: "2 diagram" }, { part: "2 diagram", reason: "bladet är skyddat" }],
  UNKNOWN_PERIOD: [
    { value: "maj", available: "Utfall april, Utfall augusti" },
    { value: "utfall", available: "Utfall april, Utfall augusti", matches: "Utfall april, Utfall augusti" },
  ],
  NOTHING_EVALUATED: [{ row: 4 }, { row: 4, skipped: 3 }],
  NOT_MEASURED: [
    { name: "Besök", value: "Ej mätt", column: "actual" },
    { name: "Besök", value: "Uppgift saknas", column: "target" },
  ],
  INTERNAL_ERROR: [{ value: "90 %", detail: "TypeError: x.y is not a function" }],
  LAYOUT_INFERRED: [{ sv: "Bladet Plan: rubrikrad 2.", en: "Sheet Plan: header row 2." }],
  DIRECTION_FROM_NAME: [{ name: "Sjukfrånvaro", direction: "lower", term: "sjukfrånvaro" }],
  KEPT_SUMMARY_SHEET: [{ name: "Översikt" }],
};

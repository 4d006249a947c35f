/** The summary sheets (SPEC §6): what the app layer and the adapters use. */
export { planSummaries, type SummaryOptions } from "./plan-summaries";
export { generatedSheetNames, readRegistry, REGISTRY_HEADER, REGISTRY_SHEET_NAME } from "./registry";
export { NO_PERSPECTIVE } from "./scope";
export { OVERVIEW_SHEET_NAME, PERSPECTIVE_PREFIX, PLAN_PREFIX } from "./sheet-names";
export type * from "./types";
export { COUNT_FORMAT, GENERAL_FORMAT, TEXT_FORMAT } from "./types";

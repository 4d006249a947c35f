/** The report document (SPEC §6a): its description and outline. Renderers live in src/adapters. */
export { buildReportDocument, type ReportDocumentOptions } from "./build-report-document";
export { documentOutline, type DocumentOutline, type OutlineEntry } from "./outline";
export { REGION_LEGEND } from "./legend";
export { periodName, statusText, swedishDate } from "./cells";
export type * from "./types";

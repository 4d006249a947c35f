/**
 * The report document (SPEC §6a) as plain data: what the bilaga says, in reading order, with no layout beyond what
 * accessibility needs (heading levels, table header rows, alt text). A renderer (docx, or anything else) draws it.
 */
import type { Status } from "../status/statuses";

export type HeadingLevel = 1 | 2 | 3;

/** One table cell: its text in paragraphs; a status cell says its arrow and its status in words. */
export interface ReportCell {
  readonly paragraphs: readonly string[];
  /** Set on cells that show a status: the renderer may shade them, the text already says it. */
  readonly status: Status | null;
  readonly strong: boolean;
  /** An indicator under its goal. */
  readonly indent: boolean;
}

export interface ReportColumn {
  readonly header: string;
  /** Relative width; the renderer shares the page width out in proportion. */
  readonly weight: number;
  readonly align: "left" | "right";
}

export interface ReportTableRow {
  readonly cells: readonly ReportCell[];
  /** "total" rows sum up the rows above them. */
  readonly kind: "body" | "goal" | "total";
}

export interface ReportTable {
  readonly kind: "table";
  /** What the table shows, for screen readers (table description) and the outline. */
  readonly caption: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportTableRow[];
}

export interface ChartSlice {
  readonly status: Status;
  readonly label: string;
  readonly value: number;
  /** RGB hex without '#'. */
  readonly color: string;
}

export interface ReportChart {
  readonly kind: "chart";
  readonly type: "pie";
  readonly title: string;
  /** The series' name: what is counted ("Mätetal"). */
  readonly seriesName: string;
  readonly slices: readonly ChartSlice[];
  /** The whole chart told in words, for screen readers. */
  readonly altText: string;
}

export interface ReportHeading {
  readonly kind: "heading";
  readonly level: HeadingLevel;
  readonly text: string;
}

export interface ReportParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** "subtitle": period and date under the title; "sentence": a summary sentence; "note": smaller print. */
  readonly role: "body" | "subtitle" | "sentence" | "note";
}

export type ReportBlock = ReportHeading | ReportParagraph | ReportTable | ReportChart;

export interface ReportDocument {
  /** Also the document's title property. */
  readonly title: string;
  readonly subject: string;
  readonly language: "sv-SE";
  /** The active period's header text; null without an Utfall column. */
  readonly period: string | null;
  /** ISO date the document was made ("2026-08-31"). */
  readonly runDate: string;
  readonly blocks: readonly ReportBlock[];
}

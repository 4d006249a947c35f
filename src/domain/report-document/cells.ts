/** Building blocks of the report's tables and text. */
import { STATUS_GLYPH, STATUS_NAME_SV, type Status } from "../status/statuses";
import { capitalise } from "../level-words";
import type { ReportCell, ReportColumn, ReportHeading, ReportParagraph, ReportTable, ReportTableRow } from "./types";

export function cell(text: string | null, options: Partial<Omit<ReportCell, "paragraphs">> = {}): ReportCell {
  return {
    paragraphs: text === null || text === "" ? [] : text.split(/\r?\n/),
    status: options.status ?? null,
    strong: options.strong ?? false,
    indent: options.indent ?? false,
  };
}

/** "Uppfyllt", "Delvis uppfyllt"…: the status in words, for tables. */
export function statusWords(status: Status): string {
  return capitalise(STATUS_NAME_SV[status]);
}

/** "↑ Uppfyllt": never the arrow (or a colour) alone. */
export function statusText(status: Status): string {
  return `${STATUS_GLYPH[status]} ${statusWords(status)}`;
}

export function statusCell(status: Status, extra: readonly string[] = []): ReportCell {
  return { paragraphs: [statusText(status), ...extra], status, strong: false, indent: false };
}

export function column(header: string, weight: number, align: ReportColumn["align"] = "left"): ReportColumn {
  return { header, weight, align };
}

export function heading(level: ReportHeading["level"], text: string): ReportHeading {
  return { kind: "heading", level, text };
}

export function paragraph(text: string, role: ReportParagraph["role"] = "body"): ReportParagraph {
  return { kind: "paragraph", text, role };
}

export function table(caption: string, columns: readonly ReportColumn[], rows: readonly ReportTableRow[]): ReportTable {
  return { kind: "table", caption, columns, rows };
}

export function row(cells: readonly ReportCell[], kind: ReportTableRow["kind"] = "body"): ReportTableRow {
  return { cells, kind };
}

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-08-31" → "31 augusti 2026"; anything else as given. */
export function swedishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * The period as the title says it: "Utfall augusti" → "augusti", "Resultat per augusti" → "augusti",
 * "Utfall 2018-04-30" → "30 april 2018". A header with nothing left after the word is kept whole.
 */
export function periodName(header: string): string {
  const rest = header
    .trim()
    .replace(/^(utfall|resultat)\b\s*/i, "")
    .replace(/^per\s+/i, "")
    .trim();
  if (rest === "") return header.trim();
  return swedishDate(rest);
}

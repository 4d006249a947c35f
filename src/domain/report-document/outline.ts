/** The document's outline, for `malstyrning rapport --json`: headings, tables with their row counts, charts. */
import type { HeadingLevel, ReportDocument } from "./types";

export type OutlineEntry =
  | { readonly kind: "heading"; readonly level: HeadingLevel; readonly text: string }
  | { readonly kind: "paragraph"; readonly role: string; readonly text: string }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly columns: readonly string[];
      /** Body rows, without the header row. */
      readonly rows: number;
    }
  | {
      readonly kind: "chart";
      readonly title: string;
      readonly altText: string;
      readonly values: Record<string, number>;
    };

export interface DocumentOutline {
  readonly title: string;
  readonly language: string;
  readonly period: string | null;
  readonly runDate: string;
  readonly outline: readonly OutlineEntry[];
}

export function documentOutline(doc: ReportDocument): DocumentOutline {
  return {
    title: doc.title,
    language: doc.language,
    period: doc.period,
    runDate: doc.runDate,
    outline: doc.blocks.map((b): OutlineEntry => {
      switch (b.kind) {
        case "heading":
          return { kind: "heading", level: b.level, text: b.text };
        case "paragraph":
          return { kind: "paragraph", role: b.role, text: b.text };
        case "table":
          return { kind: "table", caption: b.caption, columns: b.columns.map((c) => c.header), rows: b.rows.length };
        case "chart":
          return {
            kind: "chart",
            title: b.title,
            altText: b.altText,
            values: Object.fromEntries(b.slices.map((s) => [s.status, s.value])),
          };
      }
    }),
  };
}

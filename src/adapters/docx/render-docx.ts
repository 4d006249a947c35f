/**
 * Draws the report document (src/domain/report-document) as a Word document with the `docx` package: real heading
 * styles, tables whose header rows repeat on every page, a native pie chart with alt text and data labels, sv-SE as
 * the language of every run, the title in the document properties, an A4 page. Works in node and in the browser.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from "docx";
import { ChartRun } from "docx/charts";
import type {
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportDocument,
  ReportParagraph,
  ReportTable,
} from "../../domain/report-document";
import { STATUS_FILL } from "../../domain/status/statuses";

export const DOCUMENT_CREATOR = "Målstyrning";

/** A4 in twips (twentieths of a point), 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Dark enough on white for WCAG AA at any size (≥ 7:1). */
const HEADING_COLOR = "1F3864";
const SUBTLE_COLOR = "404040";
const HEADER_FILL = "D9E2F3";
/** Half-points: 9 pt in tables, so six columns fit a portrait page. */
const TABLE_TEXT_SIZE = 18;
const BORDER_COLOR = "8EA9DB";

const HEADING: Record<1 | 2 | 3, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

const noHash = (argb: string): string => (argb.length === 8 ? argb.slice(2) : argb);

function paragraphOf(block: ReportParagraph): Paragraph {
  const options: IParagraphOptions = { spacing: { after: 120 } };
  switch (block.role) {
    case "subtitle":
      return new Paragraph({ ...options, children: [new TextRun({ text: block.text, color: SUBTLE_COLOR })] });
    case "sentence":
      // Kept with what follows: a section's heading and sentence never stand alone at the foot of a page.
      return new Paragraph({ ...options, keepNext: true, children: [new TextRun({ text: block.text, bold: true })] });
    case "note":
      return new Paragraph({ ...options, children: [new TextRun({ text: block.text, size: 18 })] });
    case "body":
      return new Paragraph({ ...options, text: block.text });
  }
}

function cellParagraphs(c: ReportCell, align: "left" | "right", bold: boolean): Paragraph[] {
  const texts = c.paragraphs.length > 0 ? c.paragraphs : [""];
  return texts.map(
    (text, i) =>
      new Paragraph({
        alignment: align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        ...(c.indent ? { indent: { left: 227 } } : {}),
        spacing: { after: i < texts.length - 1 ? 60 : 0 },
        // The first line of a status cell is its arrow and words; the rest (a summary, a comment) is plain.
        children: [
          new TextRun({
            text,
            size: TABLE_TEXT_SIZE,
            bold: bold || (c.strong && i === 0) || (c.status !== null && i === 0),
          }),
        ],
      }),
  );
}

function columnWidths(t: ReportTable): number[] {
  const total = t.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = t.columns.map((c) => Math.floor((c.weight / total) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: BORDER_COLOR };

function tableOf(t: ReportTable): Table {
  const widths = columnWidths(t);
  const width = (i: number): { size: number; type: typeof WidthType.DXA } => ({
    size: widths[i] ?? 0,
    type: WidthType.DXA,
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" },
          children: [
            new Paragraph({
              alignment: c.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: c.header, bold: true, size: TABLE_TEXT_SIZE })],
            }),
          ],
        }),
    ),
  });
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map(
          (c, i) =>
            new TableCell({
              width: width(i),
              ...(c.status !== null
                ? { shading: { type: ShadingType.CLEAR, fill: noHash(STATUS_FILL[c.status]), color: "auto" } }
                : {}),
              children: cellParagraphs(c, t.columns[i]?.align ?? "left", r.kind === "total"),
            }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    rows: [header, ...body],
  });
}

function chartOf(chart: ReportChart): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [
      new ChartRun({
        type: "pie",
        title: chart.title,
        categories: chart.slices.map((s) => s.label),
        series: [
          {
            name: chart.seriesName,
            values: chart.slices.map((s) => s.value),
            colors: chart.slices.map((s) => s.color),
          },
        ],
        // Labels name each slice and its count, so the colours are never the only carrier.
        dataLabels: { category: true, value: true, position: "outsideEnd", font: { color: "000000" } },
        legend: { position: "right" },
        transformation: { width: 520, height: 300 },
        altText: { name: chart.title, title: chart.title, description: chart.altText },
      }),
    ],
  });
}

/** A blank paragraph between tables, or Word joins adjacent tables into one. */
const SPACER = (): Paragraph => new Paragraph({ spacing: { after: 0 }, children: [] });

function blocksOf(blocks: readonly ReportBlock[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case "heading":
        out.push(new Paragraph({ heading: HEADING[b.level], text: b.text, keepNext: true }));
        break;
      case "paragraph":
        out.push(paragraphOf(b));
        break;
      case "chart":
        out.push(chartOf(b));
        break;
      case "table":
        out.push(tableOf(b));
        if (blocks[i + 1]?.kind !== "heading") out.push(SPACER());
        break;
    }
  });
  return out;
}

type HeadingStyle = NonNullable<
  NonNullable<NonNullable<ConstructorParameters<typeof Document>[0]["styles"]>["default"]>["heading1"]
>;

export function renderReportDocx(doc: ReportDocument): Document {
  const headingStyle = (size: number, before: number): HeadingStyle => ({
    run: { size, bold: true, color: HEADING_COLOR, font: "Calibri" },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return new Document({
    title: doc.title,
    subject: doc.subject,
    creator: DOCUMENT_CREATOR,
    lastModifiedBy: DOCUMENT_CREATOR,
    description: doc.period ? `Period: ${doc.period}. Sammanställd ${doc.runDate}.` : `Sammanställd ${doc.runDate}.`,
    keywords: "måluppfyllelse, uppföljning",
    styles: {
      default: {
        document: { run: { language: { value: doc.language }, font: "Calibri", size: 21 } },
        heading1: headingStyle(34, 0),
        heading2: headingStyle(28, 360),
        heading3: headingStyle(23, 240),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${doc.title} – sida `, size: 17, color: SUBTLE_COLOR }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 17, color: SUBTLE_COLOR }),
                  new TextRun({ text: " av ", size: 17, color: SUBTLE_COLOR }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17, color: SUBTLE_COLOR }),
                ],
              }),
            ],
          }),
        },
        children: blocksOf(doc.blocks),
      },
    ],
  });
}

import { reportDocxBytes } from "../../../src/adapters/docx/pack-docx";
import { DOCUMENT_CREATOR } from "../../../src/adapters/docx/render-docx";
import { statusText } from "../../../src/domain/report-document";
import { STATUSES } from "../../../src/domain/status/statuses";
import { attribute, docxParts, elements, hasXmllint, part, text, wellFormed } from "./docx-xml";
import { fixtureDocument as doc } from "./report-fixture";

let parts: Map<string, string>;
let body: string;

beforeAll(async () => {
  parts = await docxParts(await reportDocxBytes(doc));
  body = part(parts, "word/document.xml");
});

const paragraphStyle = (p: string): string | null => {
  const style = elements(p, "w:pStyle")[0];
  return style ? attribute(style, "w:val") : null;
};

describe("the report as a .docx package", () => {
  (hasXmllint ? it : it.skip)("has well-formed XML in every part (xmllint)", () => {
    for (const xml of parts.values()) wellFormed(xml);
  });

  it("uses real heading styles, in the description's order, never skipping a level", () => {
    const headings = elements(body, "w:p")
      .map((p) => ({ style: paragraphStyle(p), text: text(p) }))
      .filter((p) => p.style?.startsWith("Heading"));
    const expected = doc.blocks.flatMap((b) =>
      b.kind === "heading" ? [{ style: `Heading${b.level}`, text: b.text }] : [],
    );
    expect(headings).toEqual(expected);
    expect(headings[0]?.style).toBe("Heading1");
    const styles = part(parts, "word/styles.xml");
    for (const level of [1, 2, 3]) expect(styles).toContain(`w:styleId="Heading${level}"`);
  });

  it("marks the first row of every table as a header row that repeats on each page", () => {
    const tables = elements(body, "w:tbl");
    expect(tables).toHaveLength(doc.blocks.filter((b) => b.kind === "table").length);
    for (const table of tables) {
      const [header, ...rows] = elements(table, "w:tr");
      expect(header).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
      for (const row of rows) expect(row).not.toContain("w:tblHeader");
    }
  });

  it("says every status in words next to its arrow", () => {
    const cells = elements(body, "w:tc").map(text);
    for (const s of STATUSES.filter((s) => s !== "missing")) {
      expect(cells.some((c) => c.startsWith(statusText(s)))).toBe(true);
    }
    for (const c of cells.filter((c) => /^[↑→↓]/.test(c) && c.length > 1)) expect(c).toMatch(/^[↑→↓] [A-ZÅÄÖ]/);
  });

  it("gives every chart alt text that tells its counts, and draws it as a native pie with data labels", () => {
    const drawings = elements(body, "wp:docPr");
    const charts = doc.blocks.filter((b) => b.kind === "chart");
    expect(drawings).toHaveLength(charts.length);
    drawings.forEach((d, i) => {
      const chart = charts[i];
      expect(attribute(d, "descr")).toBe(chart?.kind === "chart" ? chart.altText : null);
      expect(attribute(d, "title")).toBeTruthy();
    });
    const chartParts = [...parts.keys()].filter((k) => /^word\/charts\/chart\d+\.xml$/.test(k));
    expect(chartParts).toHaveLength(charts.length);
    for (const name of chartParts) {
      const xml = part(parts, name);
      expect(xml).toContain("<c:pieChart>");
      expect(xml).toMatch(/<c:showVal val="1"\/>/);
      expect(xml).toMatch(/<c:showCatName val="1"\/>/);
    }
  });

  it("is in Swedish: sv-SE is the default language of every run", () => {
    const styles = part(parts, "word/styles.xml");
    const defaults = elements(styles, "w:rPrDefault")[0] ?? "";
    expect(elements(defaults, "w:lang").map((l) => attribute(l, "w:val"))).toEqual(["sv-SE"]);
  });

  it("carries the title and creator in the document properties", () => {
    const core = part(parts, "docProps/core.xml");
    expect(text(core.replace(/<(\/?)dc:title>/g, "<$1w:t>"))).toContain(doc.title);
    expect(core).toContain(`<dc:creator>${DOCUMENT_CREATOR}</dc:creator>`);
  });

  it("is laid out on A4", () => {
    const size = elements(body, "w:pgSz")[0] ?? "";
    expect([attribute(size, "w:w"), attribute(size, "w:h")]).toEqual(["11906", "16838"]);
  });

  it("keeps text with markup characters as text", () => {
    expect(elements(body, "w:tc").map(text)).toContain('<&> "citat"');
  });
});

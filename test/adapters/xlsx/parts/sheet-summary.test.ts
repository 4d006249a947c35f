import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { buildExampleWorkbook } from "../../../../src/adapters/xlsx/exceljs/example-workbook";
import {
  summarySheetXml,
  type CellLook,
  type SheetXmlParts,
  type StyleSink,
} from "../../../../src/adapters/xlsx/parts/sheet-summary";
import { readWorkbookGrid } from "../../../../src/adapters/xlsx/exceljs/read-grid";
import { decodeXmlText, xmlAttributes } from "../../../../src/adapters/xlsx/xml/text";
import { evaluateWorkbook } from "../../../../src/domain/evaluate";
import { type CellRange } from "../../../../src/domain/grid";
import { formatA1, parseA1, parseA1Range } from "../../../../src/domain/address/a1";
import { describeSummarySheets } from "../../../../src/domain/summary/describe-summary-sheets";
import type {
  CellStyle,
  SheetDescription,
  StyledAreas,
  SummaryValue,
  ValueBlock,
} from "../../../../src/domain/summary/types";
import { cells as describedCells, styleAt } from "../../../domain/summary/read-description";
import { roundTrip } from "../../../support/xlsx-fixtures";

// ---------------------------------------------------------------------------------------------------------------
// Describing a sheet the way it looks, and reading the XML back by A1 address.

function range(a1: string): CellRange {
  const r = parseA1Range(a1);
  if (!r) throw new Error(`not a range: ${a1}`);
  return r;
}

/** Values from `at` downwards, with the number formats the domain gives them: "@" text, "0" numbers. */
function block(at: string, rows: SummaryValue[][]): ValueBlock {
  const { row, col } = parseA1(at) ?? { row: -1, col: -1 };
  const format = (v: SummaryValue): string => (typeof v === "string" ? "@" : typeof v === "number" ? "0" : "General");
  return { top: row, left: col, values: rows, numberFormats: rows.map((r) => r.map(format)) };
}

const styled = (style: CellStyle, ...areas: string[]): StyledAreas => ({ style, areas: areas.map(range) });

const TITLE: CellStyle = { bold: true, size: 16 };
const HEADER: CellStyle = { bold: true, fill: "FFD9E1F2", borderBottom: true, vertical: "bottom" };
const BODY: CellStyle = { wrap: true, vertical: "top" };
const GREEN: CellStyle = { fill: "FFC6EFCE", fontColor: "FF00B050", horizontal: "center" };
const BOLD: CellStyle = { bold: true };
const ITALIC: CellStyle = { italic: true };
/** Same properties as BOLD then ITALIC, in another order and as one layer. */
const ITALIC_BOLD: CellStyle = { italic: true, bold: true };

function planSheet(overrides: Partial<SheetDescription> = {}): SheetDescription {
  return {
    name: "Plan – Vårdplan 2021",
    kind: "plan",
    key: "Vårdplan 2021",
    content: {
      blocks: [
        block("A1", [["Vårdplan 2021"]]),
        block("A4", [
          ["Namn", "Status", "Antal", "Kommentar"],
          ["Kortare väntetider", "Grön", 3, "=SUMMA(A1)"],
          ["Nöjda medarbetare", "Grön", 12, "+46 70"],
          ["Nytt arbetssätt", "Grå", 0.1 + 0.2, "-5"],
          ["Digitala möten", null, -1.5e-7, "@x"],
        ]),
      ],
      styles: [
        styled(TITLE, "A1"),
        styled(HEADER, "A4:D4"),
        styled(BODY, "A5:D8"),
        styled(GREEN, "B5:B6"),
        // Goal rows are bold over the body style; a later layer wins per property.
        styled({ ...BOLD, vertical: "middle" }, "A5:D5"),
      ],
    },
    merges: [range("A1:D1")],
    columnWidths: [30, 9, 8, 40],
    rowHeights: [
      { row: 0, height: 21 },
      { row: 1, height: 30.75 },
    ],
    table: { name: "Malstyrning_3", range: range("A4:D8"), style: "TableStyleLight9" },
    freezeRows: 4,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: { first: 3, last: 3 },
    },
    chart: null,
    links: [],
    tabColor: "FF1F4E79",
    ...overrides,
  };
}

/** A sink like the lead's: one xf per look, the plain look is the workbook's default xf 0. Remembers every call. */
class FakeStyles implements StyleSink {
  readonly calls: CellLook[] = [];

  xfFor(look: CellLook): number {
    this.calls.push(look);
    return isPlain(look) ? 0 : this.calls.length;
  }

  lookOf(xf: number): CellLook {
    if (xf === 0) return { numFmt: "General", style: {} };
    const look = this.calls[xf - 1];
    if (!look) throw new Error(`no xf ${xf}`);
    return look;
  }
}

const isPlain = (look: CellLook): boolean => look.numFmt === "General" && Object.keys(look.style).length === 0;

const IDS = { tableRelId: "rId7", tableId: 12 };

function render(sheet: SheetDescription, styles = new FakeStyles()): SheetXmlParts & { styles: FakeStyles } {
  return { ...summarySheetXml(sheet, styles, IDS), styles };
}

interface WrittenCell {
  /** The <c> element as written. */
  readonly xml: string;
  readonly s: number;
  readonly type: string | undefined;
  readonly value: string | number | null;
}

/** Every <c> of the sheet by address. */
function readCells(sheetXml: string): Map<string, WrittenCell> {
  const out = new Map<string, WrittenCell>();
  for (const m of sheetXml.matchAll(/<c\s([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = xmlAttributes(`<c ${m[1] ?? ""}>`);
    const inner = m[3] ?? "";
    const type = attributes.get("t");
    const text = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/.exec(inner)?.[1];
    const v = /<v>(.*?)<\/v>/.exec(inner)?.[1];
    out.set(attributes.get("r") ?? "?", {
      xml: m[0],
      s: Number(attributes.get("s") ?? "0"),
      type,
      value: type === "inlineStr" ? decodeXmlText(text ?? "") : v === undefined ? null : Number(v),
    });
  }
  return out;
}

function cellAt(sheetXml: string, address: string): WrittenCell {
  const cell = readCells(sheetXml).get(address);
  if (!cell) throw new Error(`no cell ${address}`);
  return cell;
}

/** Names of the root element's children, in document order. */
function rootChildren(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 1) names.push(m[2] ?? "");
      if (!m[3]) depth++;
    }
  }
  return names;
}

function elements(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g"))].map((m) => xmlAttributes(m[0]));
}

function element(xml: string, name: string): Map<string, string> {
  const [first, ...rest] = elements(xml, name);
  if (!first || rest.length > 0) throw new Error(`expected one <${name}>, found ${rest.length + (first ? 1 : 0)}`);
  return first;
}

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
const WORKSHEET_SEQUENCE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function expectSchemaOrder(sheetXml: string): void {
  const children = rootChildren(sheetXml);
  const ranks = children.map((name) => WORKSHEET_SEQUENCE.indexOf(name));
  expect(ranks).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(new Set(children).size).toBe(children.length);
}

/** Column names of a table part, in order. */
const tableColumns = (tableXml: string | null): string[] =>
  elements(tableXml ?? "", "tableColumn").map((a) => a.get("name") ?? "?");

// ---------------------------------------------------------------------------------------------------------------

describe("cell values", () => {
  const { sheetXml } = render(planSheet());

  it("puts each value in its cell: strings as inline strings, numbers as <v>", () => {
    expect(cellAt(sheetXml, "A1")).toMatchObject({ type: "inlineStr", value: "Vårdplan 2021" });
    expect(cellAt(sheetXml, "A6")).toMatchObject({ type: "inlineStr", value: "Nöjda medarbetare" });
    expect(cellAt(sheetXml, "C5")).toMatchObject({ type: undefined, value: 3 });
    expect(cellAt(sheetXml, "C6").xml).toMatch(/^<c r="C6" s="\d+"><v>12<\/v><\/c>$/);
  });

  it("writes numbers so they read back exactly", () => {
    expect(cellAt(sheetXml, "C7").value).toBe(0.1 + 0.2);
    expect(cellAt(sheetXml, "C8").value).toBe(-1.5e-7);
  });

  it.each([
    ["D5", "=SUMMA(A1)"],
    ["D6", "+46 70"],
    ["D7", "-5"],
    ["D8", "@x"],
  ])("keeps %s as text: %s", (address, text) => {
    expect(cellAt(sheetXml, address)).toMatchObject({ type: "inlineStr", value: text });
  });

  it("never writes a formula", () => {
    expect(sheetXml).not.toMatch(/<f[\s>/]/);
  });

  it("writes a cell with a null value as its style only", () => {
    expect(cellAt(sheetXml, "B8").xml).toMatch(/^<c r="B8" s="\d+"\/>$/);
  });

  it("writes no cell that no layer touched", () => {
    const written = [...readCells(sheetXml).keys()];
    // A1:D1 is the merged title, A4:D8 the table; nothing else was described.
    const expected = ["A1", "B1", "C1", "D1"];
    for (let r = 3; r <= 7; r++) for (let c = 0; c <= 3; c++) expected.push(formatA1({ row: r, col: c }));
    expect(written.sort()).toEqual(expected.sort());
  });

  it("writes rows ascending, and cells ascending within a row", () => {
    const refs = [...sheetXml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => parseA1(m[1] ?? "?"));
    const order = refs.map((p) => (p ? p.row * 1000 + p.col : -1));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const rows = [...sheetXml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 4, 5, 6, 7, 8]);
  });

  it("writes nothing but the style for numbers Excel cannot store", () => {
    const sheet = planSheet({
      content: { blocks: [block("A1", [[NaN, Infinity, -Infinity, 7]])], styles: [] },
      merges: [],
      table: null,
    });
    const xml = render(sheet).sheetXml;
    for (const address of ["A1", "B1", "C1"]) expect(cellAt(xml, address).xml).not.toContain("<v>");
    expect(cellAt(xml, "D1").value).toBe(7);
  });

  describe("text that XML or Excel would change", () => {
    const texts = [
      "Tak & golv <nivå> \"citat\" 'apostrof'",
      "  indragen",
      "slutar med mellanslag ",
      "rad ett\nrad två",
      "vagn\rretur",
      "kontroll\u0001tecken\u001f bort",
      "_x0041_ är inte A",
      "emoji 📈, ensamma \ud800 och \udc00, hög före privat \ud800\ue000",
      "",
    ];
    const xml = render(
      planSheet({
        content: {
          blocks: [
            block(
              "A1",
              texts.map((t) => [t]),
            ),
          ],
          styles: [],
        },
        merges: [],
        table: null,
      }),
    ).sheetXml;
    const t = (row: number): string => {
      const m = /<t(?:\s[^>]*)?>(.*?)<\/t>/s.exec(cellAt(xml, `A${row}`).xml);
      if (!m) throw new Error(`no <t> in A${row}`);
      return m[0];
    };

    it("escapes markup characters", () => {
      expect(t(1)).toBe("<t>Tak &amp; golv &lt;nivå&gt; \"citat\" 'apostrof'</t>");
    });

    it("keeps leading and trailing spaces and line breaks with xml:space", () => {
      expect(t(2)).toBe('<t xml:space="preserve">  indragen</t>');
      expect(t(3)).toBe('<t xml:space="preserve">slutar med mellanslag </t>');
      expect(t(4)).toBe('<t xml:space="preserve">rad ett\nrad två</t>');
      expect(t(1)).not.toContain("xml:space");
    });

    it("keeps a carriage return as a reference, which XML parsing would turn into a line feed", () => {
      expect(t(5)).toBe("<t>vagn&#13;retur</t>");
    });

    it("drops characters XML 1.0 cannot hold, keeping surrogate pairs", () => {
      expect(t(6)).toBe("<t>kontrolltecken bort</t>");
      expect(t(8)).toBe("<t>emoji 📈, ensamma  och , hög före privat \ue000</t>");
    });

    it("escapes an underscore that Excel would read as the start of a _xHHHH_ escape", () => {
      expect(t(7)).toBe("<t>_x005F_x0041_ är inte A</t>");
    });

    it("writes the empty string as an empty inline string", () => {
      expect(cellAt(xml, "A9")).toMatchObject({ type: "inlineStr", value: "" });
    });
  });
});

describe("cell looks", () => {
  const { sheetXml, styles } = render(planSheet());
  const lookAt = (address: string): CellLook => styles.lookOf(cellAt(sheetXml, address).s);

  it("lays later styles over earlier ones, per property", () => {
    expect(lookAt("A5").style).toEqual({ wrap: true, vertical: "middle", bold: true });
    expect(lookAt("B5").style).toEqual({ ...BODY, ...GREEN, bold: true, vertical: "middle" });
    expect(lookAt("B6").style).toEqual({ ...BODY, ...GREEN });
    expect(lookAt("A4").style).toEqual(HEADER);
  });

  it("keeps the block's number format under the styles", () => {
    expect(lookAt("C5")).toEqual({ numFmt: "0", style: { wrap: true, vertical: "middle", bold: true } });
    expect(lookAt("D5").numFmt).toBe("@");
    expect(lookAt("B8").numFmt).toBe("General");
  });

  it("asks for each distinct look once", () => {
    const keys = styles.calls.map((look) => JSON.stringify([look.numFmt, Object.entries(look.style).sort()]));
    expect(new Set(keys).size).toBe(keys.length);
    const used = new Set([...readCells(sheetXml).values()].map((c) => c.s));
    expect(styles.calls.length).toBe(used.size);
  });

  it("asks once for equal looks reached through different layers", () => {
    const { sheetXml: xml, styles: sink } = render(
      planSheet({
        content: { blocks: [], styles: [styled(BOLD, "A1"), styled(ITALIC, "A1"), styled(ITALIC_BOLD, "B1")] },
        merges: [],
        table: null,
      }),
    );
    expect(sink.calls).toEqual([{ numFmt: "General", style: { bold: true, italic: true } }]);
    expect(cellAt(xml, "A1").s).toBe(cellAt(xml, "B1").s);
  });

  it("asks a handful of times for a table of a thousand rows", () => {
    const rows: SummaryValue[][] = [["Namn", "Antal"]];
    for (let i = 0; i < 1000; i++) rows.push([`Mål ${i}`, i]);
    const goalRows = Array.from({ length: 100 }, (_, i) => `A${2 + i * 10}:B${2 + i * 10}`);
    const { sheetXml: xml, styles: sink } = render(
      planSheet({
        content: {
          blocks: [block("A1", rows)],
          styles: [styled(HEADER, "A1:B1"), styled(BODY, "A2:B1001"), styled(BOLD, ...goalRows)],
        },
        merges: [],
        table: { name: "T", range: range("A1:B1001"), style: "TableStyleLight9" },
      }),
    );
    expect(readCells(xml).size).toBe(2002);
    // Header text, body text, body number, and the same two in bold.
    expect(sink.calls).toHaveLength(5);
  });

  it("leaves out s for the workbook's default look, after asking for it", () => {
    const { sheetXml: xml, styles: sink } = render(
      planSheet({ content: { blocks: [block("C3", [[null]])], styles: [] }, merges: [], table: null }),
    );
    expect(sink.calls).toEqual([{ numFmt: "General", style: {} }]);
    expect(cellAt(xml, "C3").xml).toBe('<c r="C3"/>');
  });

  it('does not let a later "General" block undo an earlier number format', () => {
    const { sheetXml: xml, styles: sink } = render(
      planSheet({
        content: { blocks: [block("A1", [["text"]]), block("A1", [[null]])], styles: [] },
        merges: [],
        table: null,
      }),
    );
    expect(cellAt(xml, "A1").xml).toMatch(/^<c r="A1" s="\d+"\/>$/);
    expect(sink.lookOf(cellAt(xml, "A1").s).numFmt).toBe("@");
  });

  it("lays the chart's stand-in cells after the content", () => {
    const bars = { blocks: [block("F5", [["███"]])], styles: [styled({ fontColor: "FF00B050" }, "F4:F5")] };
    const chart = {
      type: "pie" as const,
      title: "Indikatorer",
      altText: "Cirkeldiagram",
      categories: ["Grön"],
      values: [1],
      colors: ["FF00B050"],
      categoriesRange: range("A5"),
      valuesRange: range("C5"),
      anchor: range("F4:H12"),
      fallback: bars,
    };
    const sheet = planSheet({
      content: { ...planSheet().content, styles: [...planSheet().content.styles, styled(ITALIC, "F4:F5")] },
      chart,
    });
    const { sheetXml: xml, styles: sink } = render(sheet);
    expect(cellAt(xml, "F5").value).toBe("███");
    expect(sink.lookOf(cellAt(xml, "F5").s)).toEqual({ numFmt: "@", style: { italic: true, fontColor: "FF00B050" } });
    expect(sink.lookOf(cellAt(xml, "F4").s)).toEqual({
      numFmt: "General",
      style: { italic: true, fontColor: "FF00B050" },
    });
    expect(element(xml, "dimension").get("ref")).toBe("A1:F8");
  });

  it("gives every cell of a merge the top-left cell's look and no value of its own", () => {
    const sheet = planSheet({
      content: {
        blocks: [block("A1", [["Titel", "bort", null]])],
        styles: [styled(TITLE, "A1"), styled(BOLD, "B1:C1")],
      },
      table: null,
    });
    const { sheetXml: xml } = render(sheet);
    const a1 = cellAt(xml, "A1");
    expect(a1.value).toBe("Titel");
    for (const address of ["B1", "C1", "D1"]) {
      expect(cellAt(xml, address)).toMatchObject({ s: a1.s, value: null });
    }
  });
});

describe("the worksheet around the cells", () => {
  const { sheetXml, tableXml } = render(planSheet());

  it("is a worksheet part with its declaration and namespaces", () => {
    expect(sheetXml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    const root = element(sheetXml, "worksheet");
    expect(root.get("xmlns")).toBe("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    expect(root.get("xmlns:r")).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    expect(sheetXml.trimEnd().endsWith("</worksheet>")).toBe(true);
  });

  it("has its parts in the order of the schema", () => {
    expect(rootChildren(sheetXml)).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "mergeCells",
      "pageMargins",
      "pageSetup",
      "tableParts",
    ]);
    expectSchemaOrder(sheetXml);
  });

  it("leaves out the parts a sheet does not need", () => {
    const bare = render(
      planSheet({ merges: [], columnWidths: [], table: null, freezeRows: 0, rowHeights: [] }),
    ).sheetXml;
    expect(rootChildren(bare)).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "sheetData",
      "pageMargins",
      "pageSetup",
    ]);
    expect(bare).not.toContain("<pane");
    expect(render(planSheet({ table: null })).tableXml).toBeNull();
  });

  it("colours the tab and fits the print to the page", () => {
    expect(element(sheetXml, "tabColor").get("rgb")).toBe("FF1F4E79");
    expect(element(sheetXml, "pageSetUpPr").get("fitToPage")).toBe("1");
    expect(Object.fromEntries(element(sheetXml, "pageSetup"))).toEqual({
      paperSize: "9",
      orientation: "landscape",
      fitToWidth: "1",
      fitToHeight: "0",
    });
    const portrait = render(planSheet({ print: { ...planSheet().print, orientation: "portrait" } })).sheetXml;
    expect(element(portrait, "pageSetup").get("orientation")).toBe("portrait");
    expect(Object.fromEntries(element(sheetXml, "pageMargins"))).toEqual({
      left: "0.7",
      right: "0.7",
      top: "0.75",
      bottom: "0.75",
      header: "0.3",
      footer: "0.3",
    });
  });

  it("spans the written cells in its dimension", () => {
    expect(element(sheetXml, "dimension").get("ref")).toBe("A1:D8");
    const empty = render(planSheet({ content: { blocks: [], styles: [] }, merges: [], table: null })).sheetXml;
    expect(element(empty, "dimension").get("ref")).toBe("A1");
  });

  it("freezes the rows down to the table header", () => {
    expect(Object.fromEntries(element(sheetXml, "pane"))).toEqual({
      ySplit: "4",
      topLeftCell: "A5",
      activePane: "bottomLeft",
      state: "frozen",
    });
    expect(Object.fromEntries(element(sheetXml, "selection"))).toEqual({
      pane: "bottomLeft",
      activeCell: "A5",
      sqref: "A5",
    });
    expect(element(sheetXml, "sheetView").get("workbookViewId")).toBe("0");
  });

  it("sets each described column width", () => {
    expect(elements(sheetXml, "col").map((a) => Object.fromEntries(a))).toEqual([
      { min: "1", max: "1", width: "30", customWidth: "1" },
      { min: "2", max: "2", width: "9", customWidth: "1" },
      { min: "3", max: "3", width: "8", customWidth: "1" },
      { min: "4", max: "4", width: "40", customWidth: "1" },
    ]);
    expect(element(sheetXml, "sheetFormatPr").get("defaultRowHeight")).toBe("15");
  });

  it("sets the described row heights, on rows without cells too", () => {
    const rows = elements(sheetXml, "row").map((a) => Object.fromEntries(a));
    expect(rows[0]).toEqual({ r: "1", ht: "21", customHeight: "1" });
    expect(rows[1]).toEqual({ r: "2", ht: "30.75", customHeight: "1" });
    expect(sheetXml).toContain('<row r="2" ht="30.75" customHeight="1"></row>');
    expect(rows.slice(2).every((r) => r.ht === undefined)).toBe(true);
  });

  it("merges the described areas", () => {
    expect(element(sheetXml, "mergeCells").get("count")).toBe("1");
    expect(elements(sheetXml, "mergeCell").map((a) => a.get("ref"))).toEqual(["A1:D1"]);
  });

  it("links cells to other sheets by location, with no relationship, in schema order", () => {
    const linked = render(
      planSheet({
        links: [
          { row: 4, col: 0, sheet: "Patient" },
          { row: 5, col: 0, sheet: "Barn's & unga" },
        ],
      }),
    ).sheetXml;
    expect(elements(linked, "hyperlink").map((a) => Object.fromEntries(a))).toEqual([
      { ref: "A5", location: "'Patient'!A1" },
      { ref: "A6", location: "'Barn''s & unga'!A1" },
    ]);
    expect(rootChildren(linked)).toContain("hyperlinks");
    expectSchemaOrder(linked);
  });

  it("fits a one-page sheet to one page tall as well", () => {
    const onePage = render(planSheet({ print: { ...planSheet().print, fitToPagesTall: 1 } })).sheetXml;
    expect(element(onePage, "pageSetup").get("fitToHeight")).toBe("1");
  });

  it("links its table part", () => {
    expect(element(sheetXml, "tableParts").get("count")).toBe("1");
    expect(element(sheetXml, "tablePart").get("r:id")).toBe("rId7");
    expect(tableXml).not.toBeNull();
  });
});

describe("the table part", () => {
  const { sheetXml, tableXml } = render(planSheet());

  it("covers the described range, with filter buttons and the described style", () => {
    expect(tableXml?.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(Object.fromEntries(element(tableXml ?? "", "table"))).toEqual({
      xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      id: "12",
      name: "Malstyrning_3",
      displayName: "Malstyrning_3",
      ref: "A4:D8",
      headerRowCount: "1",
      totalsRowShown: "0",
    });
    expect(element(tableXml ?? "", "autoFilter").get("ref")).toBe("A4:D8");
    expect(Object.fromEntries(element(tableXml ?? "", "tableStyleInfo"))).toEqual({
      name: "TableStyleLight9",
      showFirstColumn: "0",
      showLastColumn: "0",
      showRowStripes: "1",
      showColumnStripes: "0",
    });
    expect(rootChildren(tableXml ?? "")).toEqual(["autoFilter", "tableColumns", "tableStyleInfo"]);
  });

  it("names its columns after the header cells", () => {
    expect(element(tableXml ?? "", "tableColumns").get("count")).toBe("4");
    expect(elements(tableXml ?? "", "tableColumn").map((a) => a.get("id"))).toEqual(["1", "2", "3", "4"]);
    expect(tableColumns(tableXml)).toEqual(["Namn", "Status", "Antal", "Kommentar"]);
    expect(["A4", "B4", "C4", "D4"].map((a) => cellAt(sheetXml, a).value)).toEqual(tableColumns(tableXml));
  });

  describe("with header cells Excel would not accept as column names", () => {
    const header: SummaryValue[] = ["Namn", "namn", null, 2024, "Namn", "", "Utfall\naugusti", 'Mål & "värde"'];
    const sheet = planSheet({
      content: { blocks: [block("B3", [header, header.map(() => "x")])], styles: [] },
      merges: [],
      table: { name: "T", range: range("B3:I4"), style: "TableStyleLight9" },
    });
    const parts = render(sheet);
    const names = ["Namn", "namn 2", "Kolumn3", "2024", "Namn 3", "Kolumn6", "Utfall\naugusti", 'Mål & "värde"'];

    it("makes them unique regardless of case and names empty ones after their position", () => {
      expect(tableColumns(parts.tableXml)).toEqual(names);
    });

    it("writes the names into the header cells, as text", () => {
      const cells = ["B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3"].map((a) => cellAt(parts.sheetXml, a));
      expect(cells.map((c) => c.value)).toEqual(names);
      expect(cells.every((c) => c.type === "inlineStr")).toBe(true);
    });

    it("escapes the names as attribute values", () => {
      expect(parts.tableXml).toContain('name="Utfall&#10;augusti"');
      expect(parts.tableXml).toContain('name="Mål &amp; &quot;värde&quot;"');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

const XMLLINT = "/usr/bin/xmllint";
const hasXmllint = existsSync(XMLLINT);

function xmllintErrors(xml: string): string {
  const run = spawnSync(XMLLINT, ["--noout", "-"], { input: xml, encoding: "utf8" });
  return run.status === 0 ? "" : `${run.stderr || `xmllint exited with ${run.status}`}`;
}

describe("the example workbook's summary sheets", () => {
  let sheets: SheetDescription[] = [];

  beforeAll(async () => {
    const grid = readWorkbookGrid(await roundTrip(buildExampleWorkbook()));
    const evaluation = evaluateWorkbook(grid, { period: null });
    sheets = describeSummarySheets(evaluation, grid, { runDate: "2024-05-02" }).sheets.map((s) => s.sheet);
  });

  const each = (check: (sheet: SheetDescription, parts: ReturnType<typeof render>) => void): void => {
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const sheet of sheets) {
      try {
        check(sheet, render(sheet));
      } catch (error) {
        throw new Error(`${sheet.name}: ${String(error)}`);
      }
    }
  };

  it("has tables and a chart's stand-in to write", () => {
    expect(sheets.filter((s) => s.table).length).toBeGreaterThanOrEqual(2);
    expect(sheets.some((s) => s.chart && s.chart.fallback.blocks.length > 0)).toBe(true);
  });

  it("puts every described value in its cell, except under merges", () => {
    each((sheet, { sheetXml }) => {
      const written = readCells(sheetXml);
      const covered = (address: string): boolean => {
        const p = parseA1(address);
        return sheet.merges.some(
          (m) => p && p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right,
        );
      };
      const described = new Map([
        ...describedCells(sheet.content),
        ...(sheet.chart ? describedCells(sheet.chart.fallback) : []),
      ]);
      for (const [address, { value }] of described) {
        const masterOrFree =
          !covered(address) || sheet.merges.some((m) => formatA1({ row: m.top, col: m.left }) === address);
        const expected = typeof value === "number" || typeof value === "string" ? value : null;
        if (masterOrFree) expect([address, written.get(address)?.value]).toEqual([address, expected]);
        else expect([address, written.get(address)?.value]).toEqual([address, null]);
      }
    });
  });

  it("gives every cell the look its layers make", () => {
    each((sheet, { sheetXml, styles }) => {
      const formats = new Map<string, string>();
      const layers = sheet.chart ? [sheet.content, sheet.chart.fallback] : [sheet.content];
      for (const layer of layers) {
        for (const [address, { format }] of describedCells(layer))
          if (format !== "General") formats.set(address, format);
      }
      const expectedAt = (row: number, col: number): CellLook => {
        const master = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
        const [r, c] = master ? [master.top, master.left] : [row, col];
        const style = layers.reduce<CellStyle>((s, layer) => ({ ...s, ...styleAt(layer, r, c) }), {});
        return { numFmt: formats.get(formatA1({ row: r, col: c })) ?? "General", style };
      };
      for (const [address, cell] of readCells(sheetXml)) {
        const p = parseA1(address);
        if (!p) throw new Error(address);
        expect([address, styles.lookOf(cell.s)]).toEqual([address, expectedAt(p.row, p.col)]);
      }
    });
  });

  it("asks for each look once", () => {
    each((_sheet, { styles }) => {
      const keys = styles.calls.map((look) => JSON.stringify([look.numFmt, Object.entries(look.style).sort()]));
      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  it("names each table's columns exactly as its header cells read", () => {
    each((sheet, { sheetXml, tableXml }) => {
      if (!sheet.table) return expect(tableXml).toBeNull();
      const { top, left, right } = sheet.table.range;
      const header: (string | number | null | undefined)[] = [];
      for (let c = left; c <= right; c++) header.push(readCells(sheetXml).get(formatA1({ row: top, col: c }))?.value);
      expect(tableColumns(tableXml)).toEqual(header);
      expect(header.length).toBeGreaterThan(3);
    });
  });

  it("writes its parts in schema order", () => {
    each((sheet, { sheetXml }) => {
      expectSchemaOrder(sheetXml);
      expect(rootChildren(sheetXml).includes("tableParts")).toBe(sheet.table !== null);
    });
  });

  (hasXmllint ? it : it.skip)(`writes well-formed XML (checked with ${XMLLINT}; skipped when it is missing)`, () => {
    const broken = xmllintErrors("<worksheet><sheetData></worksheet>");
    expect(broken).not.toBe("");
    each((_sheet, { sheetXml, tableXml }) => {
      expect(xmllintErrors(sheetXml)).toBe("");
      if (tableXml) expect(xmllintErrors(tableXml)).toBe("");
    });
    const tricky = render(
      planSheet({
        content: {
          blocks: [
            block("A1", [
              ["a & b", "<c>", "\u0002", "_x0001_", "\r\n", "\ud83d", 'x"y'],
              [1, 2, 3, 4, 5, 6, 7],
            ]),
          ],
          styles: [],
        },
        merges: [],
        table: { name: "T", range: range("A1:G2"), style: "TableStyleLight9" },
      }),
    );
    expect(xmllintErrors(tricky.sheetXml)).toBe("");
    expect(xmllintErrors(tricky.tableXml ?? "")).toBe("");
  });
});

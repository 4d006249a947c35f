/**
 * The pie charts the CLI writes into the package: one DrawingML chart per perspective and plan sheet and one on
 * Översikt, in the chart schema's element order, consistent with the package (content types, relationships,
 * anchors), opened by ExcelJS, the XML grid reader, openpyxl and LibreOffice, and replaced on a re-run without
 * touching a chart of the user's.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import JSZip from "jszip";
import { buildExampleWorkbook } from "../../../../src/adapters/xlsx/exceljs/example-workbook";
import { openZipPackage } from "../../../../src/adapters/xlsx/zip/reader";
import { readGridFromPackage } from "../../../../src/adapters/xlsx/package/read-grid";
import { pieChartXml, sheetRangeFormula } from "../../../../src/adapters/xlsx/parts/chart";
import { runCli } from "../../../../src/cli/run-cli";
import { STATUS_COLOR, STATUSES } from "../../../../src/domain/status/statuses";
import { captureIo } from "../../../support/capture-io";
import { loadFile, tempDir, toBuffer } from "../../../support/xlsx-fixtures";
import * as parts from "../../../support/xlsx-parts";

// --- a small XML tree, enough for the parts we write (no comments, no CDATA) ------------------------------------

interface Node {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly children: Node[];
  text: string;
}

function parseXml(xml: string): Node {
  const root: Node = { name: "#document", attributes: new Map(), children: [], text: "" };
  const stack: Node[] = [root];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
  for (const m of body.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, name, attrs, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (!top) throw new Error("unbalanced XML");
    if (text !== undefined) {
      top.text += text;
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes = new Map(
      [...(attrs ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", a[2] ?? ""]),
    );
    const node: Node = { name: name ?? "", attributes, children: [], text: "" };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error("unclosed elements");
  const [document] = root.children;
  if (!document) throw new Error("no root element");
  return document;
}

const local = (name: string): string => name.slice(name.indexOf(":") + 1);
const child = (node: Node, name: string): Node | undefined => node.children.find((c) => local(c.name) === name);
const all = (node: Node, name: string): Node[] => [
  ...(local(node.name) === name ? [node] : []),
  ...node.children.flatMap((c) => all(c, name)),
];

/**
 * The child sequences of ECMA-376 Part 1's dml-chart.xsd (transitional) for every element we write: a child must be
 * one the type allows, in the schema's order.
 */
const CHART_SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  chartSpace: [
    "date1904",
    "lang",
    "roundedCorners",
    "AlternateContent",
    "style",
    "clrMapOvr",
    "pivotSource",
    "protection",
    "chart",
    "spPr",
    "txPr",
    "externalData",
    "printSettings",
    "userShapes",
    "extLst",
  ],
  chart: [
    "title",
    "autoTitleDeleted",
    "pivotFmts",
    "view3D",
    "floor",
    "sideWall",
    "backWall",
    "plotArea",
    "legend",
    "plotVisOnly",
    "dispBlanksAs",
    "showDLblsOverMax",
    "extLst",
  ],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", "pieChart", "dTable", "spPr", "extLst"],
  pieChart: ["varyColors", "ser", "dLbls", "firstSliceAng", "extLst"],
  ser: ["idx", "order", "tx", "spPr", "explosion", "dPt", "dLbls", "cat", "val", "extLst"],
  dPt: ["idx", "invertIfNegative", "marker", "bubble3D", "explosion", "spPr", "pictureOptions", "extLst"],
  dLbls: [
    "dLbl",
    "delete",
    "numFmt",
    "spPr",
    "txPr",
    "dLblPos",
    "showLegendKey",
    "showVal",
    "showCatName",
    "showSerName",
    "showPercent",
    "showBubbleSize",
    "separator",
    "showLeaderLines",
    "leaderLines",
    "extLst",
  ],
  dLbl: ["idx", "delete", "layout", "tx", "numFmt", "spPr", "txPr", "dLblPos", "showVal", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  cat: ["strRef"],
  val: ["numRef"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  pt: ["v"],
};

/** Element order of every c: element with a known sequence; returns the violations. */
function orderViolations(node: Node): string[] {
  const out: string[] = [];
  const sequence = node.name.startsWith("c:") ? CHART_SEQUENCES[local(node.name)] : undefined;
  if (sequence) {
    const ranks = node.children.filter((c) => c.name.startsWith("c:")).map((c) => sequence.indexOf(local(c.name)));
    if (ranks.includes(-1) || ranks.some((r, i) => i > 0 && r < (ranks[i - 1] ?? 0))) {
      out.push(`${node.name}: ${node.children.map((c) => c.name).join(", ")}`);
    }
  }
  for (const c of node.children) out.push(...orderViolations(c));
  return out;
}

// --- the workbook ------------------------------------------------------------------------------------------------

let dir: string;
let cleanup: () => void;
let zip: JSZip;
let output: Buffer;

async function recalc(input: string, out: string): Promise<void> {
  const io = captureIo(dir);
  const code = await runCli(["recalc", input, "-o", out], io);
  if (code > 1) throw new Error(io.err());
}

const text = async (name: string): Promise<string> => {
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async("string");
};

/** Relationship targets of a part, resolved to part names. */
async function rels(part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf("/");
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  if (!zip.file(relsName)) return out;
  for (const r of all(parseXml(await text(relsName)), "Relationship")) {
    if (r.attributes.get("TargetMode") === "External") continue;
    const target = r.attributes.get("Target") ?? "";
    const segments = target.startsWith("/") ? [] : part.slice(0, slash).split("/");
    for (const s of target.split("/")) {
      if (s === "..") segments.pop();
      else if (s !== "" && s !== ".") segments.push(s);
    }
    out.set(r.attributes.get("Id") ?? "", { type: r.attributes.get("Type") ?? "", target: segments.join("/") });
  }
  return out;
}

/** Sheet name → its part, from workbook.xml and its relationships. */
async function sheetParts(): Promise<Map<string, string>> {
  const workbookRels = await rels("xl/workbook.xml");
  const out = new Map<string, string>();
  for (const s of all(parseXml(await text("xl/workbook.xml")), "sheet")) {
    out.set(s.attributes.get("name") ?? "", workbookRels.get(s.attributes.get("r:id") ?? "")?.target ?? "");
  }
  return out;
}

/** The chart part of a sheet, via its drawing; null when it has none. */
async function chartOf(sheetPart: string): Promise<{ drawing: string; chart: string } | null> {
  const sheetXml = parseXml(await text(sheetPart));
  const drawingRef = child(sheetXml, "drawing");
  if (!drawingRef) return null;
  const drawing = (await rels(sheetPart)).get(drawingRef.attributes.get("r:id") ?? "")?.target ?? "";
  const frame = all(parseXml(await text(drawing)), "chart")[0];
  const chart = (await rels(drawing)).get(frame?.attributes.get("r:id") ?? "")?.target ?? "";
  return { drawing, chart };
}

const GENERATED = ["Översikt", "Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat", "Utan perspektiv"];
const PLANS = ["Verksamhetsplan 2021", "Klimat och miljö", "Plan – Nämndens uppdrag"];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  // The example with a chart of the user's on the plan sheet, which no run may touch.
  const input = await parts.withParts(await toBuffer(buildExampleWorkbook()), parts.chart);
  writeFileSync(path.join(dir, "exempel.xlsx"), input);
  await recalc("exempel.xlsx", "ut.xlsx");
  output = readFileSync(path.join(dir, "ut.xlsx"));
  zip = await JSZip.loadAsync(output);
}, 60_000);
afterAll(() => cleanup());

describe("the pie charts in the CLI's output", () => {
  it("are on Översikt, every perspective sheet and every plan sheet", async () => {
    const sheets = await sheetParts();
    for (const name of [...GENERATED, ...PLANS]) {
      const part = sheets.get(name);
      expect(part).toBeDefined();
      expect(await chartOf(part ?? "")).not.toBeNull();
    }
    expect(await chartOf(sheets.get("Regler") ?? "")).toBeNull();
  });

  it("follow the chart schema's element order, with a pie, a legend and a title naming the period", async () => {
    const sheets = await sheetParts();
    for (const name of [...GENERATED, ...PLANS]) {
      const found = await chartOf(sheets.get(name) ?? "");
      const chart = parseXml(await text(found?.chart ?? ""));
      expect(local(chart.name)).toBe("chartSpace");
      expect(chart.attributes.get("xmlns:c")).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
      expect(orderViolations(chart)).toEqual([]);
      expect(all(chart, "pieChart")).toHaveLength(1);
      expect(all(chart, "legend")).toHaveLength(1);
      expect(all(child(chart, "chart") ?? chart, "t").map((t) => t.text)[0]).toMatch(/per status – Utfall augusti$/);
    }
  });

  it("colour each slice in its status colour and label it with count and share", async () => {
    const found = await chartOf((await sheetParts()).get("Patient") ?? "");
    const chart = parseXml(await text(found?.chart ?? ""));
    const points = all(chart, "dPt").map((p) => all(p, "srgbClr")[0]?.attributes.get("val"));
    expect(points).toEqual(STATUSES.map((s) => STATUS_COLOR[s].slice(2)));
    const labels = all(chart, "dLbls")[0];
    expect(child(labels ?? chart, "showVal")?.attributes.get("val")).toBe("1");
    expect(child(labels ?? chart, "showPercent")?.attributes.get("val")).toBe("1");
  });

  it("take their data from the counts on the same sheet, cached as the cells hold them", async () => {
    const workbook = await loadFile(path.join(dir, "ut.xlsx"));
    const sheets = await sheetParts();
    for (const name of [...GENERATED, ...PLANS]) {
      const found = await chartOf(sheets.get(name) ?? "");
      const chart = parseXml(await text(found?.chart ?? ""));
      const ws = workbook.getWorksheet(name);
      for (const [kind, cache] of [
        ["cat", "strCache"],
        ["val", "numCache"],
      ] as const) {
        const source = all(chart, kind)[0] ?? chart;
        const formula = all(source, "f")[0]?.text ?? "";
        const quoted = `'${name.replace(/'/g, "''")}'!`;
        expect(formula.startsWith(quoted)).toBe(true);
        const [first, last] = formula.slice(quoted.length).replace(/\$/g, "").split(":");
        const cells: unknown[] = [];
        const a = ws?.getCell(first ?? "A1");
        const b = ws?.getCell(last ?? "A1");
        for (let r = Number(a?.row); r <= Number(b?.row); r++)
          for (let c = Number(a?.col); c <= Number(b?.col); c++) cells.push(ws?.getCell(r, c).value);
        const cached = all(all(source, cache)[0] ?? source, "v").map((v) => v.text);
        expect(cached).toEqual(cells.map(String));
      }
    }
  });

  it("sit in a drawing anchored over cells, with the alt text as descr", async () => {
    const found = await chartOf((await sheetParts()).get("Patient") ?? "");
    const drawing = parseXml(await text(found?.drawing ?? ""));
    const anchors = all(drawing, "twoCellAnchor");
    expect(anchors).toHaveLength(1);
    const anchor = anchors[0] ?? drawing;
    expect(child(anchor, "from") && child(anchor, "to") && child(anchor, "graphicFrame")).toBeTruthy();
    const row = (tag: string): number => Number(all(child(anchor, tag) ?? anchor, "row")[0]?.text);
    expect(row("to")).toBeGreaterThan(row("from") + 8);
    const props = all(anchor, "cNvPr")[0];
    expect(props?.attributes.get("descr")).toMatch(/^Cirkeldiagram: 7 mätetal i Patient per status, Utfall augusti\./);
  });

  it("leave the package consistent: every relationship, content type and drawing resolves", async () => {
    const names = new Set(Object.keys(zip.files).filter((n) => !zip.files[n]?.dir));
    const types = parseXml(await text("[Content_Types].xml"));
    const overrides = new Map(
      all(types, "Override").map((o) => [
        (o.attributes.get("PartName") ?? "").slice(1),
        o.attributes.get("ContentType"),
      ]),
    );
    for (const [part] of overrides) expect(names.has(part)).toBe(true);
    for (const name of names) {
      if (/^xl\/charts\/chart\d+\.xml$/.test(name)) {
        expect(overrides.get(name)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
      }
      if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) {
        expect(overrides.get(name)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
      }
      if (!name.endsWith(".rels")) continue;
      const source = name.replace(/_rels\/([^/]+)\.rels$/, "$1").replace(/^\//, "");
      for (const { target } of (await rels(source === ".rels" ? "" : source)).values()) {
        expect([name, names.has(target)]).toEqual([name, true]);
      }
    }
    // One chart per generated sheet with a chart, plus the user's.
    const charts = [...names].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(GENERATED.length + PLANS.length + 1);
  });

  it("are opened by the project's XML grid reader", async () => {
    const grid = await readGridFromPackage(await openZipPackage(output));
    expect(grid?.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...GENERATED, ...PLANS]));
  });
});

describe("a re-run", () => {
  it("replaces the charts it made, keeps the user's chart byte for byte, and writes the same bytes again", async () => {
    await recalc("ut.xlsx", "ut2.xlsx");
    await recalc("ut2.xlsx", "ut3.xlsx");
    const entries = async (file: string): Promise<Map<string, Buffer>> => {
      const z = await JSZip.loadAsync(readFileSync(path.join(dir, file)));
      const out = new Map<string, Buffer>();
      for (const [name, entry] of Object.entries(z.files))
        if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
      return out;
    };
    const [input, first, second, third] = await Promise.all(
      ["exempel.xlsx", "ut.xlsx", "ut2.xlsx", "ut3.xlsx"].map(entries),
    );
    const userChart = input?.get("xl/charts/chart1.xml");
    expect(userChart).toBeDefined();
    for (const run of [first, second, third])
      expect(run?.get("xl/charts/chart1.xml")?.equals(userChart ?? Buffer.alloc(0))).toBe(true);
    const charts = (m: Map<string, Buffer> | undefined): string[] =>
      [...(m?.keys() ?? [])].filter((n) => n.startsWith("xl/charts/") || n.startsWith("xl/drawings/")).sort();
    expect(charts(second)).toEqual(charts(first));
    expect([...(third?.keys() ?? [])]).toEqual([...(second?.keys() ?? [])]);
    for (const [name, bytes] of second ?? []) expect([name, third?.get(name)?.equals(bytes)]).toEqual([name, true]);
  }, 60_000);
});

describe("the chart part on its own", () => {
  it("quotes the sheet's name in its references, doubling an apostrophe", () => {
    expect(sheetRangeFormula("Barn's plan", { top: 5, left: 0, bottom: 8, right: 0 })).toBe("'Barn''s plan'!$A$6:$A$9");
  });

  it("hides the label of an empty slice", () => {
    const xml = pieChartXml(
      {
        type: "pie",
        title: "Mätetal per status",
        altText: "Cirkeldiagram",
        categories: ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Saknar bedömning"],
        values: [3, 0, 1, 0],
        colors: STATUSES.map((s) => STATUS_COLOR[s]),
        categoriesRange: { top: 5, left: 0, bottom: 8, right: 0 },
        valuesRange: { top: 5, left: 3, bottom: 8, right: 3 },
        anchor: { top: 0, left: 5, bottom: 12, right: 6 },
        fallback: { blocks: [], styles: [] },
      },
      "Patient & co",
    );
    const chart = parseXml(xml);
    expect(orderViolations(chart)).toEqual([]);
    const hidden = all(chart, "dLbl").map((l) => child(l, "idx")?.attributes.get("val"));
    expect(hidden).toEqual(["1", "3"]);
    expect(all(chart, "f")[0]?.text).toBe("'Patient &amp; co'!$A$6:$A$9");
  });
});

const XMLLINT = "/usr/bin/xmllint";
const hasXmllint = existsSync(XMLLINT);
const python = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
const soffice = spawnSync("soffice", ["--version"]).status === 0;
if (!python) console.warn("python3 with openpyxl is not installed: the openpyxl check of the charts is skipped.");
if (!soffice) console.warn("LibreOffice (soffice) is not installed: the PDF check of the charts is skipped.");

describe("other readers", () => {
  (hasXmllint ? it : it.skip)(
    "find every chart and drawing part well-formed (xmllint; skipped when missing)",
    async () => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))) {
        const run = spawnSync(XMLLINT, ["--noout", "-"], { input: await text(name), encoding: "utf8" });
        expect([name, run.stderr]).toEqual([name, ""]);
      }
    },
  );

  (python ? it : it.skip)("openpyxl loads the workbook and sees the sheets (skipped without python3/openpyxl)", () => {
    const run = spawnSync(
      "/usr/bin/python3",
      [
        "-c",
        "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print('\\n'.join(wb.sheetnames))",
        "ut.xlsx",
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toEqual(expect.arrayContaining([...GENERATED, ...PLANS]));
  });

  (soffice ? it : it.skip)(
    "LibreOffice converts it to PDF with the charts' labels in it (skipped without soffice)",
    () => {
      const profile = path.join(dir, "lo-profile");
      const converted = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, "ut.xlsx"],
        { cwd: dir, timeout: 150_000 },
      );
      expect(converted.status).toBe(0);
      expect(existsSync(path.join(dir, "ut.pdf"))).toBe(true);
      const pdf = spawnSync("pdftotext", ["-layout", "ut.pdf", "-"], { cwd: dir, encoding: "utf8" });
      if (pdf.status === 0) expect(pdf.stdout).toContain("Mätetal per status – Utfall augusti");
    },
    180_000,
  );
});

/**
 * recalc --no-summaries edits the original package: the Status cells go into the sheet XML and every other part of
 * the file is copied as it was stored, including parts ExcelJS cannot write (which is why such files are not refused).
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbookFile } from "../../src/adapters/xlsx/file-io";
import * as unsupportedParts from "../../src/adapters/xlsx/exceljs/unsupported-parts";
import { PackageWorkbook } from "../../src/adapters/xlsx/package/package-workbook";
import { recalcWithSummaries } from "../../src/app/run";
import { runCli } from "../../src/cli/run-cli";
import { STATUS_COLOR } from "../../src/domain/status/statuses";
import { captureIo } from "../support/capture-io";
import { loadBuffer, loadFile, supportedFeaturesWorkbook, tempDir, toBuffer } from "../support/xlsx-fixtures";
import * as parts from "../support/xlsx-parts";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function entries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) out.set(name, await entry.async("nodebuffer"));
  }
  return out;
}

async function recalc(input: Buffer, ...flags: string[]): Promise<{ code: number; err: string }> {
  writeFileSync(path.join(dir, "plan.xlsx"), input);
  const io = captureIo(dir);
  const code = await runCli(["recalc", "plan.xlsx", "-o", "ut.xlsx", ...flags], io);
  return { code, err: io.err() };
}

describe("recalc --no-summaries on a workbook with parts ExcelJS cannot write", () => {
  it("writes the Status column and keeps the chart, the pivot table and the sensitivity label byte for byte", async () => {
    const input = await parts.withParts(
      await toBuffer(await supportedFeaturesWorkbook()),
      parts.chart,
      parts.pivotTable,
      parts.sensitivityLabel,
    );
    const { code, err } = await recalc(input, "--no-summaries");
    expect(code).toBe(0);
    expect(err).toBe("");

    const before = await entries(path.join(dir, "plan.xlsx"));
    const after = await entries(path.join(dir, "ut.xlsx"));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before].filter(([name, bytes]) => !after.get(name)?.equals(bytes)).map(([name]) => name);
    expect(changed.sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);

    const sheet = (await loadFile(path.join(dir, "ut.xlsx"))).getWorksheet("Plan 2021");
    const status = (row: number): unknown => sheet?.getCell(row, 8).value;
    expect([4, 5, 6, 7, 8, 9, 10].map(status)).toEqual(["→", "→", "↑", "↓", "↓", "–", "↓"]);
    expect(sheet?.getCell(6, 8).font).toMatchObject({
      bold: true,
      name: "Arial",
      color: { argb: STATUS_COLOR.green },
    });
    // The cell keeps the fill and border the user gave it; its neighbour that shared the look is untouched.
    expect(sheet?.getCell(6, 8).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(sheet?.getCell(6, 9).font).toEqual({ name: "Arial", size: 10 });
  });

  it("gives the same bytes when run again on its own output", async () => {
    await recalc(await toBuffer(await supportedFeaturesWorkbook()), "--no-summaries");
    const once = readFileSync(path.join(dir, "ut.xlsx"));
    await recalc(once, "--no-summaries");
    expect(readFileSync(path.join(dir, "ut.xlsx")).equals(once)).toBe(true);
  });

  it("drops Excel's calculation chain when a Status cell held a formula, and nothing that points to it remains", async () => {
    const workbook = await supportedFeaturesWorkbook();
    const h6 = workbook.getWorksheet("Plan 2021")?.getCell("H6");
    if (!h6) throw new Error("fixture sheet missing");
    h6.value = { formula: 'IF(F6>=D6,"↑","↓")', result: "↑" };
    const calcChain: parts.PartCraft = async (zip) => {
      zip.file(
        "xl/calcChain.xml",
        '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H6" i="1"/></calcChain>',
      );
      const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
      zip.file(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
      const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
      zip.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
    };
    const { code } = await recalc(await parts.withParts(await toBuffer(workbook), calcChain), "--no-summaries");
    expect(code).toBe(0);
    const after = await entries(path.join(dir, "ut.xlsx"));
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("[Content_Types].xml")?.toString()).not.toContain("calcChain");
    expect(after.get("xl/_rels/workbook.xml.rels")?.toString()).not.toContain("calcChain");
    const cell = (await loadFile(path.join(dir, "ut.xlsx"))).getWorksheet("Plan 2021")?.getCell("H6");
    expect(cell?.value).toBe("↑");
  });

  it("falls back to ExcelJS, and so refuses the chart, when a Status cell anchors a shared formula", async () => {
    const input = await parts.withParts(
      await toBuffer(await supportedFeaturesWorkbook()),
      parts.chart,
      parts.sharedFormulaAnchor("H6", "H6:H7"),
    );
    const { code, err } = await recalc(input, "--no-summaries");
    expect(code).toBe(2);
    expect(err).toContain("diagram");
    expect(err).toContain("Status-cellen H6 har en formel som gäller fler celler (H6:H7) på bladet Plan 2021");
  });
});

describe("the scan for parts ExcelJS would lose", () => {
  // The scan reads every worksheet again; the package writer keeps every part, so only the ExcelJS path may pay for it.
  let scan: jest.SpyInstance;
  beforeEach(() => (scan = jest.spyOn(unsupportedParts, "findUnsupportedParts")));
  afterEach(() => scan.mockRestore());

  it("is not run when the package is edited in place, with or without summary sheets", async () => {
    const input = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), parts.chart);
    expect(await recalc(input, "--no-summaries")).toEqual({ code: 0, err: "" });
    expect(await recalc(input)).toMatchObject({ code: 0 });
    writeFileSync(path.join(dir, "plan.xlsx"), input);
    expect(await runCli(["validate", "plan.xlsx"], captureIo(dir))).toBe(0);
    expect(scan).not.toHaveBeenCalled();
  });

  it("is run once when the write falls back to ExcelJS, and its refusal stands", async () => {
    const input = await parts.withParts(
      await toBuffer(await supportedFeaturesWorkbook()),
      parts.chart,
      parts.sharedFormulaAnchor("H6", "H6:H7"),
    );
    const { code, err } = await recalc(input, "--no-summaries");
    expect(scan).toHaveBeenCalledTimes(1);
    expect(code).toBe(2);
    expect(err).toContain("diagram");
  });
});

describe("recalc with summary sheets", () => {
  it("adds the sheets as new parts and keeps the chart and every other part of the user's", async () => {
    const input = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), parts.chart);
    const { code, err } = await recalc(input);
    expect(code).toBe(0);
    expect(err).toBe("");
    const before = await entries(path.join(dir, "plan.xlsx"));
    const after = await entries(path.join(dir, "ut.xlsx"));
    const edited = [
      "[Content_Types].xml",
      // Its list of sheets follows the workbook's.
      "docProps/app.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ];
    const changed = [...before].filter(([name, bytes]) => !after.get(name)?.equals(bytes)).map(([name]) => name);
    expect(changed.sort()).toEqual(edited.sort());
    const workbook = await loadFile(path.join(dir, "ut.xlsx"));
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Plan 2021", "visible"],
      ["Listor", "hidden"],
      ["Tabell", "visible"],
      ["Översikt", "visible"],
      ["Patient", "visible"],
      ["Medarbetare", "visible"],
      ["Verksamhetsplan 2021", "visible"],
      ["_Målstyrning", "veryHidden"],
    ]);
  });

  it("macro-enabled workbooks keep their macros and are written as .xlsm", async () => {
    const input = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), parts.macros);
    writeFileSync(path.join(dir, "plan.xlsm"), input);
    const io = captureIo(dir);
    expect(await runCli(["recalc", "plan.xlsm"], io)).toBe(0);
    const after = await entries(path.join(dir, "plan-status.xlsm"));
    expect(
      after
        .get("xl/vbaProject.bin")
        ?.equals((await entries(path.join(dir, "plan.xlsm"))).get("xl/vbaProject.bin") ?? Buffer.alloc(0)),
    ).toBe(true);

    const wrongName = captureIo(dir);
    expect(await runCli(["recalc", "plan.xlsm", "-o", "ut.xlsx"], wrongName)).toBe(2);
    expect(wrongName.err()).toContain("måste sparas som .xlsm");
  });
});

describe("summary sheets edited into the package, run after run", () => {
  async function recalcWithDate(input: Buffer): Promise<Buffer> {
    const file = path.join(dir, "in.xlsx");
    writeFileSync(file, input);
    const port = new PackageWorkbook(await loadWorkbookFile(file));
    await recalcWithSummaries(port, { runDate: "2026-11-22" });
    expect(port.savesThroughExcelJs).toBeNull();
    const out = path.join(dir, "out.xlsx");
    await port.save(out);
    return readFileSync(out);
  }

  /** Every sheet-local name with the sheet it belongs to, as "Sheet: name = formula". */
  async function localNames(buffer: Buffer): Promise<string[]> {
    const xml = (await parts.partText(buffer, "xl/workbook.xml")) ?? "";
    const sheets = [...xml.matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    return [...xml.matchAll(/<definedName name="([^"]*)" localSheetId="(\d+)"[^>]*>([^<]*)</g)].map(
      (m) => `${sheets[Number(m[2])]}: ${m[1]} = ${m[3]?.replace(/&apos;/g, "'")}`,
    );
  }

  it("replaces the previous run's sheets and gives the same bytes on the second run", async () => {
    const once = await recalcWithDate(await toBuffer(await supportedFeaturesWorkbook()));
    const twice = await recalcWithDate(once);
    expect(twice.equals(once)).toBe(true);
    expect((await loadBuffer(twice)).worksheets.map((w) => w.name)).toEqual(
      (await loadBuffer(once)).worksheets.map((w) => w.name),
    );
  });

  it("keeps each sheet-local name on its sheet and gives every summary sheet its print titles once", async () => {
    const once = await recalcWithDate(await toBuffer(await supportedFeaturesWorkbook()));
    const names = await localNames(await recalcWithDate(once));
    expect(names).toEqual(await localNames(once));
    expect(names.filter((n) => n.startsWith("Plan 2021: _xlnm.Print_Area"))).toHaveLength(1);
    const titles = names.filter((n) => n.includes("_xlnm.Print_Titles") && !n.startsWith("Plan 2021:"));
    expect(titles).toContain("Patient: _xlnm.Print_Titles = 'Patient'!$14:$14");
    for (const title of titles) expect(title).toMatch(/^(.*): _xlnm\.Print_Titles = '\1'!\$\d+:\$\d+$/);
  });

  it("keeps sheet names with $' and $& as they are", async () => {
    const workbook = await supportedFeaturesWorkbook();
    workbook.addWorksheet("Budget $'24 $&").getCell("A1").value = "Prognos";
    const out = await loadBuffer(await recalcWithDate(await toBuffer(workbook)));
    expect(out.worksheets.map((w) => w.name)).toContain("Budget $'24 $&");
    expect(out.getWorksheet("Budget $'24 $&")?.getCell("A1").value).toBe("Prognos");
  });

  it("keeps the user on the summary they were reading", async () => {
    const once = await recalcWithDate(await toBuffer(await supportedFeaturesWorkbook()));
    // The user dragged the Patient summary in front of their own sheets and was reading it.
    const onPatient = await parts.withParts(once, async (zip) => {
      const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      const tag = /<sheet name="Patient"[^>]*\/>/.exec(xml)?.[0] ?? "";
      expect(tag).not.toBe("");
      expect(xml).not.toContain("<bookViews");
      const moved = xml
        .replace(tag, "")
        .replace("<sheets>", `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${tag}`);
      zip.file(
        "xl/workbook.xml",
        moved.replace(/localSheetId="(\d+)"/g, (_m, n: string) => `localSheetId="${Number(n) + 1}"`),
      );
    });
    const workbook = await loadBuffer(await recalcWithDate(onPatient));
    const active = (workbook.views as ExcelJS.WorkbookView[])[0]?.activeTab ?? 0;
    expect(active).toBeGreaterThan(0);
    expect(workbook.worksheets[active]?.name).toBe("Patient");
  });
});

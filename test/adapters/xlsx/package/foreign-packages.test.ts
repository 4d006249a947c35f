/**
 * recalc on packages saved by other programs: every part it writes or edits is well-formed, namespace-well-formed
 * XML (checked with our strict reader and, where installed, libxml2's xmllint and openpyxl), generated tables have
 * names unique in the workbook, and docProps/app.xml lists the sheets the workbook has. Inputs: ExcelJS's own,
 * openpyxl's (`xmlns:r` bound on each <sheet>), prefixed package parts (`<ns0:Types>`), SpreadsheetML bound to a
 * prefix (`<x:workbook>`), LibreOffice's, and a workbook whose user kept a renamed generated sheet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { AppPropsPart } from "../../../../src/adapters/xlsx/parts/app-props";
import { WorkbookPart } from "../../../../src/adapters/xlsx/parts/workbook";
import { MAIN_NS } from "../../../../src/adapters/xlsx/xml/namespaces";
import { attributeValue, parseXml } from "../../../../src/adapters/xlsx/xml/tree";
import { runCli } from "../../../../src/cli/run-cli";
import { captureIo } from "../../../support/capture-io";
import { buildWorkbook, loadBuffer, tempDir, toBuffer } from "../../../support/xlsx-fixtures";

jest.setTimeout(240_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: "ignore" }).status === 0;
const XMLLINT = has("xmllint", ["--version"]);
const OPENPYXL = has("/usr/bin/python3", ["-c", "import openpyxl"]);
const SOFFICE = has("soffice", ["--version"]);

function planWorkbook(): Promise<Buffer> {
  return toBuffer(
    buildWorkbook([
      {
        name: "Plan",
        rows: [
          ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall", null, "egen anteckning"],
          ["Plan", "Verksamhetsplan 2026"],
          ["Mål", "Ekonomi i balans", "Ekonomi"],
          ["Mätetal", "Resultat", "Ekonomi", "minst 0", 3],
          ["Mål", "Nöjda invånare", "Medborgare"],
          ["Mätetal", "Nöjdhet", "Medborgare", "minst 75 %", 0.7],
        ],
        formats: { E6: "0%" },
      },
    ]),
  );
}

async function rewrite(buffer: Buffer, changes: Record<string, (xml: string) => string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  for (const [part, change] of Object.entries(changes)) {
    const file = zip.file(part);
    if (!file) throw new Error(`fixture has no ${part}`);
    zip.file(part, change(await file.async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** openpyxl (through lxml) declares the relationships prefix on each <sheet>, not on the root. */
const openpyxlStyle = (buffer: Buffer): Promise<Buffer> =>
  rewrite(buffer, {
    "xl/workbook.xml": (xml) =>
      xml
        .replace(/\sxmlns:r="[^"]*"/, "")
        .replace(/<sheet /g, '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '),
  });

/** Python's ElementTree writes every namespace as ns0, ns1…: valid OPC. */
const withPrefix = (root: string) => (xml: string) =>
  xml
    .replace(new RegExp(`<${root} xmlns="`), `<ns0:${root} xmlns:ns0="`)
    .replace(/<(\/?)(?=[A-Za-z][\w.-]*[\s/>])/g, "<$1ns0:")
    .replace(/<(\/?)ns0:ns0:/g, "<$1ns0:");
const prefixedPackage = (buffer: Buffer): Promise<Buffer> =>
  rewrite(buffer, {
    "[Content_Types].xml": withPrefix("Types"),
    "_rels/.rels": withPrefix("Relationships"),
    "xl/_rels/workbook.xml.rels": withPrefix("Relationships"),
  });

/** SpreadsheetML bound to a prefix, as .NET tools write it: <x:workbook xmlns:x="…main">. */
const mainPrefix = (xml: string): string =>
  xml.replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`).replace(/<(\/?)(?=[A-Za-z][\w.-]*[\s/>])/g, "<$1x:");
const prefixedSpreadsheetMl = (buffer: Buffer): Promise<Buffer> =>
  rewrite(buffer, {
    "xl/workbook.xml": mainPrefix,
    "xl/worksheets/sheet1.xml": mainPrefix,
    "xl/styles.xml": mainPrefix,
    "xl/sharedStrings.xml": mainPrefix,
  });

async function recalc(input: Buffer, output = "ut.xlsx"): Promise<{ code: number; err: string; out: Buffer }> {
  writeFileSync(path.join(dir, "plan.xlsx"), input);
  const io = captureIo(dir);
  const code = await runCli(["recalc", "plan.xlsx", "-o", output], io);
  return { code, err: io.err(), out: readFileSync(path.join(dir, output)) };
}

async function xmlParts(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(name)) out.set(name, await entry.async("string"));
  }
  return out;
}

/** Every XML part parses, strictly and namespace-aware, with our reader and with libxml2 where installed. */
async function expectWellFormed(buffer: Buffer): Promise<void> {
  const parts = await xmlParts(buffer);
  for (const [name, xml] of parts) {
    expect(() => parseXml(xml)).not.toThrow();
    expect(name).toBeTruthy();
  }
  if (!XMLLINT) {
    console.warn("SKIPPED xmllint check: xmllint is not installed");
    return;
  }
  const root = path.join(dir, "parts");
  const files: string[] = [];
  for (const [name, xml] of parts) {
    const file = path.join(root, name.replace(/[[\]]/g, "_"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, xml);
    files.push(file);
  }
  const lint = spawnSync("xmllint", ["--noout", ...files], { encoding: "utf8" });
  // Namespace errors (an unbound prefix) leave the exit code 0, so the messages are what counts.
  expect(lint.stderr).toBe("");
  expect(lint.status).toBe(0);
}

async function workbookOf(buffer: Buffer): Promise<WorkbookPart> {
  return WorkbookPart.parse((await xmlParts(buffer)).get("xl/workbook.xml") ?? "");
}

async function tableNames(buffer: Buffer): Promise<string[]> {
  const names: string[] = [];
  for (const [name, xml] of await xmlParts(buffer)) {
    if (name.startsWith("xl/tables/")) names.push(attributeValue(parseXml(xml).root, "", "name") ?? "");
  }
  return names;
}

/** Table names are unique in the workbook and differ from every defined name (which may repeat per sheet). */
function expectUniqueTables(tables: readonly string[], definedNames: readonly string[]): void {
  const keys = tables.map((n) => n.toLowerCase());
  expect(new Set(keys).size).toBe(keys.length);
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  expect(keys.filter((k) => names.has(k))).toEqual([]);
}

function openpyxlLoads(buffer: Buffer): void {
  if (!OPENPYXL) {
    console.warn("SKIPPED openpyxl check: /usr/bin/python3 with openpyxl is not installed");
    return;
  }
  const file = path.join(dir, "check.xlsx");
  writeFileSync(file, buffer);
  const sheets = execFileSync(
    "/usr/bin/python3",
    ["-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print('|'.join(wb.sheetnames))", file],
    { encoding: "utf8" },
  );
  expect(sheets.trim().split("|")).toContain("Plan");
}

async function expectSound(out: Buffer): Promise<void> {
  await expectWellFormed(out);
  const workbook = await workbookOf(out);
  expectUniqueTables(
    await tableNames(out),
    workbook.definedNames().map((n) => n.name),
  );
  const app = (await xmlParts(out)).get("docProps/app.xml");
  if (app !== undefined) {
    const titles = AppPropsPart.parse(app).titles();
    // Consistent or absent: a list that does not match the workbook is what strict readers report.
    if (titles.length > 0) expect(titles).toEqual(workbook.sheets().map((s) => s.name));
  }
  openpyxlLoads(out);
}

describe("recalc writes parts other programs accept", () => {
  it("from an ExcelJS workbook: Status right of the user's note, app.xml lists every sheet", async () => {
    const { code, out } = await recalc(await planWorkbook());
    expect(code).toBe(0);
    await expectSound(out);
    const plan = (await loadBuffer(out)).getWorksheet("Plan");
    // G holds the user's note (a column without a header); the Status column is H.
    expect(plan?.getCell("G1").value).toBe("egen anteckning");
    expect(plan?.getCell("H1").value).toBe("Status");
    expect(plan?.getCell("H4").value).toBe("↑");
    const titles = AppPropsPart.parse((await xmlParts(out)).get("docProps/app.xml") ?? "").titles();
    expect(titles[0]).toBe("Plan");
    expect(titles.length).toBeGreaterThan(2);
  });

  it("from an openpyxl workbook (xmlns:r on each <sheet>): every new <sheet> has its r:id bound", async () => {
    const { code, out } = await recalc(await openpyxlStyle(await planWorkbook()));
    expect(code).toBe(0);
    await expectSound(out);
    const workbook = await workbookOf(out);
    expect(workbook.sheets().every((s) => s.rId !== "")).toBe(true);
  });

  it("from prefixed package parts (<ns0:Types>, <ns0:Relationships>): entries in the part's own namespace", async () => {
    const { code, out } = await recalc(await prefixedPackage(await planWorkbook()));
    expect(code).toBe(0);
    await expectSound(out);
    const types = parseXml((await xmlParts(out)).get("[Content_Types].xml") ?? "").root;
    expect(types.name).toBe("ns0:Types");
    expect(types.children.every((c) => c.kind !== "element" || c.name.startsWith("ns0:"))).toBe(true);
  });

  it("from SpreadsheetML bound to a prefix (<x:workbook>): read, and written namespace-well-formed", async () => {
    const { code, out, err } = await recalc(await prefixedSpreadsheetMl(await planWorkbook()));
    expect(err).toBe("");
    expect(code).toBe(0);
    await expectSound(out);
    expect((await workbookOf(out)).sheets().map((s) => s.name)).toContain("Översikt");
    expect((await xmlParts(out)).get("xl/worksheets/sheet1.xml")).toContain("↑");
  });

  it("keeps table names unique when the user kept last run's summary under a new name, the same on every run", async () => {
    const first = await recalc(await planWorkbook(), "t1.xlsx");
    const renamed = await rewrite(first.out, {
      "xl/workbook.xml": (xml) => xml.replace('name="Ekonomi"', 'name="Ekonomi T1"'),
    });
    expect(await tableNames(renamed)).toContain("Malstyrning_1");

    const second = await recalc(renamed, "t2.xlsx");
    expect(second.code).toBe(0);
    await expectSound(second.out);
    const names = await tableNames(second.out);
    expect(names.filter((n) => n.startsWith("Malstyrning_1")).sort()).toEqual(["Malstyrning_1", "Malstyrning_1_2"]);
    expect((await workbookOf(second.out)).sheets().map((s) => s.name)).toEqual(
      expect.arrayContaining(["Ekonomi T1", "Ekonomi"]),
    );

    const again = await recalc(renamed, "t3.xlsx");
    expect(again.out.equals(second.out)).toBe(true);
  });

  it("refuses a protected plan sheet before writing anything, as the add-in does", async () => {
    const input = await rewrite(await planWorkbook(), {
      "xl/worksheets/sheet1.xml": (xml) =>
        xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>'),
    });
    writeFileSync(path.join(dir, "plan.xlsx"), input);
    const io = captureIo(dir);
    const code = await runCli(["recalc", "plan.xlsx", "-o", "ut.xlsx"], io);
    expect(code).toBe(2);
    expect(io.err()).toContain("Bladet Plan är skyddat");
    expect(existsSync(path.join(dir, "ut.xlsx"))).toBe(false);
  });

  it("from a LibreOffice workbook", async () => {
    if (!SOFFICE) {
      console.warn("SKIPPED LibreOffice input: soffice is not installed (apt-get install libreoffice-calc-nogui)");
      return;
    }
    const source = path.join(dir, "source.xlsx");
    writeFileSync(source, await planWorkbook());
    const converted = path.join(dir, "lo");
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "xlsx",
        "--outdir",
        converted,
        source,
      ],
      { stdio: "ignore", timeout: 180_000 },
    );
    const { code, out } = await recalc(readFileSync(path.join(converted, "source.xlsx")));
    expect(code).toBe(0);
    await expectSound(out);
  });
});

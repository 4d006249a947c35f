import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import {
  findLossyParts,
  loadWorkbookFile,
  saveWorkbookFile,
  writeFileAtomically,
} from "../../../src/adapters/xlsx/file-io";
import { WorkbookFileError } from "../../../src/adapters/xlsx/workbook-file-error";
import { smallPlanWorkbook, tempDir, toBuffer } from "../../support/xlsx-fixtures";
import * as parts from "../../support/xlsx-parts";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function loadFailure(file: string): Promise<WorkbookFileError> {
  try {
    await loadWorkbookFile(file);
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error(`${file} loaded`);
}

function file(name: string, content: Buffer | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** The first bytes of an OLE compound file, with a directory entry name in UTF-16 as Office writes it. */
function compoundFile(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from(streamName, "utf16le"), Buffer.alloc(64)]);
}

describe("loading", () => {
  it("loads a workbook and reports no lossy parts for an ordinary plan", async () => {
    const loaded = await loadWorkbookFile(file("plan.xlsx", await toBuffer(smallPlanWorkbook())));
    expect(loaded.grid.sheets.map((s) => s.name)).toEqual(["Plan 2021"]);
    expect(await findLossyParts(loaded)).toEqual([]);
  });

  it("reports the parts that would be lost", async () => {
    const buffer = await parts.withParts(await toBuffer(smallPlanWorkbook()), parts.macros);
    const loaded = await loadWorkbookFile(file("plan.xlsm", buffer));
    expect((await findLossyParts(loaded)).map((p) => p.label)).toEqual(["makron"]);
  });

  it.each([
    ["a missing file", () => path.join(dir, "finns-inte.xlsx"), "not-found", /finns inte/],
    ["a folder", () => (mkdirSync(path.join(dir, "mapp.xlsx")), path.join(dir, "mapp.xlsx")), "not-a-file", /mapp/],
    ["an empty file", () => file("tom.xlsx", ""), "not-xlsx", /tom/],
    [
      "random bytes",
      () => file("brus.xlsx", Buffer.from([0x13, 0x37, 0x00, 0xff, 0x42, 0x99, 0x01, 0x02])),
      "not-xlsx",
      /ingen Excel-arbetsbok/,
    ],
    [
      "a CSV renamed .xlsx",
      () => file("plan.xlsx", "Nivå;Namn;Målvärde\nMål;Tillgänglighet;90 %\n"),
      "not-xlsx",
      /textfil \(till exempel CSV\)/,
    ],
    ["an old .xls", () => file("gammal.xls", compoundFile("Workbook")), "legacy-format", /Excel 97–2003/],
    [
      "a password-protected workbook",
      () => file("hemlig.xlsx", compoundFile("EncryptedPackage")),
      "encrypted",
      /lösenordsskyddad/,
    ],
  ])("refuses %s with a Swedish sentence", async (_, make, kind, message) => {
    const failure = await loadFailure(make());
    expect(failure.kind).toBe(kind);
    expect(failure.message).toMatch(message);
  });

  it.each([
    ["a binary workbook (.xlsb)", { "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" }, /\.xlsb/],
    ["an OpenDocument spreadsheet", { mimetype: "application/vnd.oasis.opendocument.spreadsheet" }, /\.ods/],
    [
      "a Word document",
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" },
      /saknar xl\/workbook.xml/,
    ],
    [
      "a Strict Open XML workbook",
      { "xl/workbook.xml": '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>' },
      /Strikt/,
    ],
  ])("refuses %s", async (_, entries, message) => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(entries)) zip.file(name, content);
    const failure = await loadFailure(file("fel.xlsx", await zip.generateAsync({ type: "nodebuffer" })));
    expect(failure.message).toMatch(message);
  });

  it("refuses a damaged zip", async () => {
    const good = await toBuffer(smallPlanWorkbook());
    const failure = await loadFailure(file("trasig.xlsx", good.subarray(0, Math.floor(good.length / 2))));
    expect(failure.kind).toMatch(/not-xlsx|corrupt/);
  });
});

describe("saving atomically", () => {
  it("writes the workbook, creating the folder", async () => {
    const target = path.join(dir, "ut", "plan-status.xlsx");
    await saveWorkbookFile(smallPlanWorkbook(), target);
    expect((await loadWorkbookFile(target)).grid.sheets[0]?.name).toBe("Plan 2021");
    expect(readdirSync(path.dirname(target))).toEqual(["plan-status.xlsx"]);
  });

  it("replaces an existing file in one step", async () => {
    const target = file("plan-status.xlsx", "gammalt innehåll");
    await writeFileAtomically(target, Buffer.from("nytt innehåll"));
    expect(readFileSync(target, "utf8")).toBe("nytt innehåll");
    expect(readdirSync(dir)).toEqual(["plan-status.xlsx"]);
  });

  it("leaves no temporary file and no target when the rename fails", async () => {
    const target = path.join(dir, "upptagen.xlsx");
    mkdirSync(target);
    writeFileSync(path.join(target, "innehåll.txt"), "x");
    await expect(writeFileAtomically(target, Buffer.from("data"))).rejects.toThrow(WorkbookFileError);
    expect(readdirSync(dir)).toEqual(["upptagen.xlsx"]);
  });

  it("keeps the old file when the new one cannot be written", async () => {
    const target = file("plan-status.xlsx", "gammalt innehåll");
    const unwritable = path.join(target, "omöjlig.xlsx");
    await expect(writeFileAtomically(unwritable, Buffer.from("data"))).rejects.toThrow(/kunde inte skrivas|mapp/);
    expect(readFileSync(target, "utf8")).toBe("gammalt innehåll");
    expect(existsSync(unwritable)).toBe(false);
  });
});

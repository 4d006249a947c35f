import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { buildExampleWorkbook } from "../../src/adapters/xlsx/exceljs/example-workbook";
import { runCli } from "../../src/cli/run-cli";
import { parseCommandLine } from "../../src/cli/args";
import { defaultReportFile } from "../../src/cli/subcommands/rapport-command";
import { captureIo } from "../support/capture-io";
import { smallPlanWorkbook, tempDir, toBuffer } from "../support/xlsx-fixtures";
import { docxParts, elements, part, text } from "../adapters/docx/docx-xml";

let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, "plan.xlsx"), await toBuffer(smallPlanWorkbook()));
});
afterEach(() => cleanup());

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("malstyrning rapport", () => {
  it("parses its options", () => {
    expect(parseCommandLine(["rapport", "in.xlsx", "-o", "ut.docx", "--period", "augusti", "--json"])).toEqual({
      command: "rapport",
      input: "in.xlsx",
      output: "ut.docx",
      json: true,
      period: "augusti",
    });
    expect(() => parseCommandLine(["rapport", "in.xlsx", "--no-summaries"])).toThrow(/gäller inte kommandot rapport/);
    expect(() => parseCommandLine(["rapport"])).toThrow(/behöver en arbetsbok/);
  });

  it("names the default output <in>-rapport.docx beside the input", () => {
    expect(defaultReportFile("plan.xlsx")).toBe("plan-rapport.docx");
    expect(defaultReportFile(path.join("mapp", "Plan 2021.XLSM"))).toBe(path.join("mapp", "Plan 2021-rapport.docx"));
  });

  it("writes <in>-rapport.docx, leaves the input as it was and leaves no temporary file", async () => {
    const input = readFileSync(path.join(dir, "plan.xlsx"));
    const { code, out } = await run(["rapport", "plan.xlsx"]);
    expect(code).toBe(0);
    expect(out).toContain("Skrev plan-rapport.docx: Redovisning av måluppfyllelse");
    expect(readFileSync(path.join(dir, "plan.xlsx"))).toEqual(input);
    expect(readdirSync(dir).sort()).toEqual(["plan-rapport.docx", "plan.xlsx"]);
    const parts = await docxParts(readFileSync(path.join(dir, "plan-rapport.docx")));
    expect(text(elements(part(parts, "word/document.xml"), "w:p")[0] ?? "")).toMatch(/^Redovisning av måluppfyllelse/);
  });

  it("ends with exit code 1 when the workbook has errors, and still writes the report with the appendix", async () => {
    writeFileSync(path.join(dir, "exempel.xlsx"), await toBuffer(buildExampleWorkbook()));
    const { code, out } = await run(["rapport", "exempel.xlsx", "-o", "ut/rapport.docx"]);
    expect(code).toBe(1);
    expect(out).toContain("raderna utan bedömning står i rapportens bilaga");
    const parts = await docxParts(readFileSync(path.join(dir, "ut", "rapport.docx")));
    const headings = elements(part(parts, "word/document.xml"), "w:p").map(text);
    expect(headings).toContain("Bilaga: rader utan bedömning");
  });

  it("prints the outline as one JSON document with --json", async () => {
    const { code, out, err } = await run(["rapport", "plan.xlsx", "--json"]);
    expect(code).toBe(0);
    const outline = JSON.parse(out) as { title: string; language: string; outline: { kind: string; rows?: number }[] };
    expect(outline.language).toBe("sv-SE");
    expect(outline.outline[0]).toEqual({ kind: "heading", level: 1, text: outline.title });
    expect(outline.outline.filter((e) => e.kind === "table").every((t) => typeof t.rows === "number")).toBe(true);
    expect(err).toContain("Skrev plan-rapport.docx");
  });

  it.each([
    [["rapport", "plan.xlsx", "-o", "plan.xlsx"], /kan inte skrivas över arbetsboken/],
    [["rapport", "plan.xlsx", "-o", "rapport.pdf"], /måste sparas som \.docx/],
    [["rapport", "saknas.xlsx"], /saknas\.xlsx/],
    [["rapport", "plan.xlsx", "--period", "oktober"], /oktober/],
  ])("refuses %j with exit code 2 and writes nothing", async (argv, message) => {
    const before = readdirSync(dir).sort();
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it("answers a failure with --json in the failure document", async () => {
    const { code, out } = await run(["rapport", "saknas.xlsx", "--json"]);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toMatchObject({ ok: false, error: { kind: "file" } });
  });

  it("replaces an earlier report", async () => {
    writeFileSync(path.join(dir, "plan-rapport.docx"), "gammal");
    const { code } = await run(["rapport", "plan.xlsx"]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "plan-rapport.docx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("leaves no half-written or temporary file when the write fails (exit code 2)", async () => {
    // A folder where the report should go: the rename into place fails after the temporary file was written.
    mkdirSync(path.join(dir, "plan-rapport.docx", "inne"), { recursive: true });
    const { code, err } = await run(["rapport", "plan.xlsx"]);
    expect(code).toBe(2);
    expect(err).toContain("plan-rapport.docx");
    expect(readdirSync(dir).sort()).toEqual(["plan-rapport.docx", "plan.xlsx"]);
    expect(readdirSync(path.join(dir, "plan-rapport.docx"))).toEqual(["inne"]);
  });
});

const soffice = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;
if (!soffice) {
  console.warn(
    "LibreOffice (soffice) or pdftotext is not installed: the PDF conversion test of the report is skipped.",
  );
}

(soffice ? describe : describe.skip)("the example's report in LibreOffice (soffice → PDF → pdftotext)", () => {
  it("converts to PDF whose pages read as the bilaga", async () => {
    writeFileSync(path.join(dir, "exempel.xlsx"), await toBuffer(buildExampleWorkbook()));
    expect((await run(["rapport", "exempel.xlsx"])).code).toBe(1);
    const profile = path.join(dir, "lo-profile");
    const converted = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        "exempel-rapport.docx",
      ],
      { cwd: dir, timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
    expect(existsSync(path.join(dir, "exempel-rapport.pdf"))).toBe(true);
    const pdf = spawnSync("pdftotext", ["-layout", "exempel-rapport.pdf", "-"], { cwd: dir, encoding: "utf8" });
    const pages = pdf.stdout.split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(2);
    const all = pdf.stdout;
    expect(pages[0]).toContain("Redovisning av måluppfyllelse för planer per augusti");
    expect(pages[0]).toContain("Teckenförklaring");
    expect(all).toContain("Arbetet har gått bra – alla eller de flesta målen är uppfyllda");
    // 14: "Ekonomiskt resultat" (37,8 mkr against 30 000 tkr) is red once units are converted.
    expect(all).toContain("Av de 35 mätetalen är 14 uppfyllda");
    expect(all).toContain("↑ Uppfyllt");
    expect(all).toContain("Handlingsplan för klimat och miljö");
    expect(all).toContain("Bilaga: rader utan bedömning");
    // The pie's data labels are text in the PDF too: colour is never the only carrier.
    expect(all).toMatch(/Delvis uppfyllt; ?\d+/);
    // The table header rows repeat: "Mål / mätetal" heads a table on more than one page.
    expect(pages.filter((p) => /Utfall\s+Status\s+Kommentar/.test(p)).length).toBeGreaterThan(1);
  }, 180_000);
});

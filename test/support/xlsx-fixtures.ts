/** Workbooks for adapter and CLI tests, built in the test with ExcelJS from rows that read like the sheet. */
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export type FixtureCell = ExcelJS.CellValue;

export interface FixtureSheet {
  readonly name: string;
  /** Row 1 first; null or undefined leaves the cell empty. */
  readonly rows: readonly (readonly FixtureCell[])[];
  /** A1 address → number format, e.g. { E2: "0 %" }. */
  readonly formats?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly state?: "visible" | "hidden" | "veryHidden";
}

export function buildWorkbook(sheets: readonly FixtureSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
    sheet.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) worksheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const [address, format] of Object.entries(sheet.formats ?? {})) worksheet.getCell(address).numFmt = format;
    for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  }
  return workbook;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What a file on disk gives: ExcelJS's read path differs from the in-memory workbook (dates, shared formulas). */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBuffer(await toBuffer(workbook));
}

export async function loadBuffer(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

export async function loadFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = "malstyrning-test-"): { readonly dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A small plan sheet as a controller writes it: a title row, the header in row 3, a plan with two goals. The
 * Status cells (column H) share their style with the Kommentar cells on purpose, to catch a write that mutates
 * a shared style.
 */
export function smallPlanWorkbook(): ExcelJS.Workbook {
  const workbook = buildWorkbook([
    {
      name: "Plan 2021",
      // prettier-ignore
      rows: [
        ["Verksamhetsplan 2021"],
        [],
        ["Nivå",    "Perspektiv", "Namn",                              "Målvärde",   "Utfall april", "Utfall augusti", "Bedömning", "Status", "Kommentar"],
        ["Plan",    null,         "Verksamhetsplan 2021",              null,         null,           null,             null,        null,     "Fastställd"],
        ["Mål",     "Patient",    "God tillgänglighet",                null,         null,           null,             null,        null,     null],
        ["Mätetal", null,         "Besök inom 30 dagar",               0.9,          0.85,           0.93,             null,        null,     "Bra"],
        ["Mätetal", null,         "Vårdtid i slutenvården ska minska", "Max 4,65",   "4,8",          "5,9",            null,        null,     null],
        ["Mål",     "Medarbetare", "Attraktiv arbetsgivare",           null,         null,           null,             null,        null,     null],
        ["Mätetal", null,         "Sjukfrånvaro ska minska",           "5,8 %",      "6,4 %",        null,             null,        null,     "Saknas"],
        ["Mätetal", null,         "Medarbetarsamtal genomförda",       "Ja",         "Pågår",        "Ja",             "↓",         null,     null],
      ],
      formats: { D6: "0 %", E6: "0 %", F6: "0 %" },
      merges: ["A1:I1"],
    },
  ]);
  const sheet = workbook.getWorksheet("Plan 2021");
  if (!sheet) throw new Error("fixture sheet missing");
  const shared: Partial<ExcelJS.Style> = {
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } },
    border: { left: { style: "thin" }, right: { style: "thin" } },
    font: { name: "Arial", size: 10 },
  };
  for (let row = 4; row <= 10; row++) {
    sheet.getCell(row, 8).style = shared;
    sheet.getCell(row, 9).style = shared;
  }
  sheet.getRow(3).font = { bold: true };
  sheet.getColumn(3).width = 40;
  sheet.getCell("C6").note = "Källa: väntetidsdatabasen";
  return workbook;
}

/** A 1×1 PNG. */
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * A plan workbook using the features ExcelJS 4.4 writes back intact: a logo picture, a drop-down list, conditional
 * formats (a cell rule and an icon set), a note, a hyperlink, a table, a hidden list sheet, a workbook-wide name,
 * a print area, frozen panes, a filter and sheet protection.
 */
export async function supportedFeaturesWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = smallPlanWorkbook();
  const sheet = workbook.getWorksheet("Plan 2021");
  if (!sheet) throw new Error("fixture sheet missing");
  const logo = workbook.addImage({ buffer: PIXEL_PNG as unknown as ExcelJS.Buffer, extension: "png" });
  sheet.addImage(logo, "K1:L2");
  sheet.getCell("A5").dataValidation = { type: "list", allowBlank: true, formulae: ['"Plan,Mål,Mätetal"'] };
  sheet.addConditionalFormatting({
    ref: "F4:F10",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: [0.5],
        priority: 1,
        style: { font: { color: { argb: "FFC00000" } } },
      },
    ],
  });
  sheet.addConditionalFormatting({
    ref: "E4:E10",
    rules: [
      {
        type: "iconSet",
        priority: 2,
        iconSet: "3Arrows",
        cfvo: [
          { type: "percent", value: 0 },
          { type: "percent", value: 33 },
          { type: "percent", value: 67 },
        ],
      },
    ],
  });
  sheet.getCell("I6").value = { text: "Källa", hyperlink: "https://www.vantetider.se" };
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  sheet.autoFilter = "A3:I10";
  sheet.pageSetup.printArea = "A1:I10";
  const lists = workbook.addWorksheet("Listor", { state: "hidden" });
  ["Plan", "Mål", "Mätetal"].forEach((v, i) => (lists.getCell(i + 1, 1).value = v));
  workbook.definedNames.add("Listor!$A$1:$A$3", "Nivåer");
  const table = workbook.addWorksheet("Tabell");
  table.addTable({
    name: "Uppföljning",
    ref: "A1",
    columns: [{ name: "Period" }, { name: "Antal" }],
    rows: [
      ["April", 12],
      ["Augusti", 15],
    ],
  });
  await table.protect("", { selectLockedCells: true });
  return workbook;
}

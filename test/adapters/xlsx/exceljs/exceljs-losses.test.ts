/**
 * The evidence behind unsupported-parts.ts and docs/xlsx-limits.md: what ExcelJS 4.4 keeps and what it loses on
 * load + save. If an ExcelJS upgrade starts keeping a part, a test here fails and the refusal can be relaxed.
 */
import { analyseDefinedNames } from "../../../../src/adapters/xlsx/exceljs/defined-names";
import { loadBuffer, supportedFeaturesWorkbook, toBuffer } from "../../../support/xlsx-fixtures";
import * as parts from "../../../support/xlsx-parts";

async function loadAndSave(buffer: Buffer): Promise<Buffer> {
  return toBuffer(await loadBuffer(buffer));
}

async function supported(): Promise<Buffer> {
  return toBuffer(await supportedFeaturesWorkbook());
}

describe("what ExcelJS keeps", () => {
  it.each([
    ["the picture", "xl/media/image1.png", null],
    ["the note", "xl/comments1.xml", "Källa: väntetidsdatabasen"],
    ["the table", "xl/tables/table1.xml", "Uppföljning"],
    ["the drop-down list", "xl/worksheets/sheet1.xml", "<dataValidation "],
    ["the conditional formats", "xl/worksheets/sheet1.xml", 'iconSet="3Arrows"'],
    ["the frozen panes", "xl/worksheets/sheet1.xml", 'state="frozen"'],
    ["the hidden sheet", "xl/workbook.xml", 'state="hidden"'],
    ["the workbook-wide name", "xl/workbook.xml", "Nivåer"],
    ["the print area", "xl/workbook.xml", "_xlnm.Print_Area"],
    ["the sheet protection", "xl/worksheets/sheet3.xml", "<sheetProtection"],
  ])("%s", async (_, part, text) => {
    const input = await supported();
    const output = await loadAndSave(input);
    expect(await parts.partNames(input)).toContain(part);
    expect(await parts.partNames(output)).toContain(part);
    if (text !== null) {
      expect(await parts.partText(input, part)).toContain(text);
      expect(await parts.partText(output, part)).toContain(text);
    }
  });
});

describe("what ExcelJS loses", () => {
  it.each([
    ["a chart", parts.chart, "xl/charts/chart1.xml"],
    ["a pivot table", parts.pivotTable, "xl/pivotTables/pivotTable1.xml"],
    ["macros", parts.macros, "xl/vbaProject.bin"],
    ["a link to another workbook", parts.externalLink, "xl/externalLinks/externalLink1.xml"],
    ["threaded comments", parts.threadedComment, "xl/threadedComments/threadedComment1.xml"],
    ["a slicer", parts.slicer, "xl/slicers/slicer1.xml"],
    ["a sensitivity label", parts.sensitivityLabel, "docProps/custom.xml"],
  ])("%s (its part)", async (_, craft, part) => {
    const input = await parts.withParts(await supported(), craft);
    expect(await parts.partNames(input)).toContain(part);
    expect(await parts.partNames(await loadAndSave(input))).not.toContain(part);
  });

  it.each([
    ["a chart's frame", parts.chart, "xl/drawings/drawing1.xml", "graphicFrame"],
    ["a text box", parts.textBox, "xl/drawings/drawing1.xml", "Textruta 1"],
    ["sparklines", parts.sparklines, "xl/worksheets/sheet1.xml", "sparkline"],
    ["a drop-down list from another sheet", parts.crossSheetValidation, "xl/worksheets/sheet1.xml", "Listor!$A$1:$A$4"],
    ["workbook structure protection", parts.workbookProtection, "xl/workbook.xml", "workbookProtection"],
  ])("%s (inside a part it keeps)", async (_, craft, part, text) => {
    const input = await parts.withParts(await supported(), craft);
    expect(await parts.partText(input, part)).toContain(text);
    expect((await parts.partText(await loadAndSave(input), part)) ?? "").not.toContain(text);
  });

  it("names other than absolute references, and the scope and hidden flag of names", async () => {
    const craft = parts.definedNames(
      '<definedName name="Tolerans">0.1</definedName>',
      '<definedName name="Lokal" localSheetId="0">\'Plan 2021\'!$A$1</definedName>',
      '<definedName name="Dold" hidden="1">\'Plan 2021\'!$B$1</definedName>',
    );
    const input = await parts.withParts(await supported(), craft);
    const before = (await parts.partText(input, "xl/workbook.xml")) ?? "";
    const after = (await parts.partText(await loadAndSave(input), "xl/workbook.xml")) ?? "";
    expect(analyseDefinedNames(before)).toEqual(["Tolerans", "Lokal", "Dold"]);
    expect(after).not.toContain('name="Tolerans"');
    expect(after).not.toMatch(/name="Lokal" localSheetId/);
    expect(after).not.toMatch(/name="Dold" hidden/);
  });
});

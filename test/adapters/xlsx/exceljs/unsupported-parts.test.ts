import { analyseDefinedNames } from "../../../../src/adapters/xlsx/exceljs/defined-names";
import {
  describeUnsupportedParts,
  findUnsupportedParts,
} from "../../../../src/adapters/xlsx/exceljs/unsupported-parts";
import { openZipPackage } from "../../../../src/adapters/xlsx/zip/reader";
import { supportedFeaturesWorkbook, toBuffer } from "../../../support/xlsx-fixtures";
import * as parts from "../../../support/xlsx-parts";

async function findings(buffer: Buffer): Promise<Awaited<ReturnType<typeof findUnsupportedParts>>> {
  return findUnsupportedParts(await openZipPackage(buffer));
}

describe("parts ExcelJS writes back", () => {
  it("a workbook with a picture, validation, conditional formats, a note, a table and names has none to report", async () => {
    expect(await findings(await toBuffer(await supportedFeaturesWorkbook()))).toEqual([]);
  });
});

describe("parts ExcelJS would lose", () => {
  it.each([
    ["a chart", parts.chart, "diagram"],
    ["a text box", parts.textBox, "former och textrutor"],
    ["a pivot table", parts.pivotTable, "pivottabeller"],
    ["macros", parts.macros, "makron"],
    ["a link to another workbook", parts.externalLink, "länkar till andra arbetsböcker"],
    ["threaded comments", parts.threadedComment, "trådade kommentarer"],
    ["a slicer", parts.slicer, "utsnitt"],
    ["a sensitivity label", parts.sensitivityLabel, "anpassade dokumentegenskaper (t.ex. känslighetsetikett)"],
    ["sparklines", parts.sparklines, "miniatyrdiagram (sparklines)"],
    [
      "a drop-down list from another sheet",
      parts.crossSheetValidation,
      "dataverifieringar som hänvisar till andra blad",
    ],
    ["workbook structure protection", parts.workbookProtection, "skydd av arbetsbokens struktur"],
  ])("reports %s", async (_, craft, label) => {
    const buffer = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), craft);
    expect((await findings(buffer)).map((p) => p.label)).toEqual([label]);
  });

  it("names the sheet where a sheet's part lives", async () => {
    const buffer = await parts.withParts(
      await toBuffer(await supportedFeaturesWorkbook()),
      parts.chart,
      parts.pivotTable,
    );
    expect(await findings(buffer)).toEqual(
      expect.arrayContaining([
        { label: "diagram", where: ["Plan 2021"] },
        { label: "pivottabeller", where: expect.arrayContaining(["Plan 2021"]) as unknown },
      ]),
    );
  });

  it("reports a part it has never heard of rather than dropping it silently", async () => {
    const craft: parts.PartCraft = async (zip) => {
      zip.file("xl/framtida/funktion1.xml", "<x/>");
    };
    const buffer = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), craft);
    expect(await findings(buffer)).toEqual([
      { label: "andra delar som inte kan sparas", where: ["xl/framtida/funktion1.xml"] },
    ]);
  });

  it("does not count parts Excel rebuilds on its own (calculation chain, printer settings)", async () => {
    const craft: parts.PartCraft = async (zip) => {
      zip.file("xl/calcChain.xml", "<calcChain/>");
      zip.file("xl/printerSettings/printerSettings1.bin", Buffer.from([1, 2, 3]));
    };
    const buffer = await parts.withParts(await toBuffer(await supportedFeaturesWorkbook()), craft);
    expect(await findings(buffer)).toEqual([]);
  });
});

describe("describing the parts in a sentence", () => {
  it("lists them the Swedish way with their sheets", () => {
    expect(
      describeUnsupportedParts([
        { label: "diagram", where: ["Plan 2021"] },
        { label: "pivottabeller", where: [] },
        { label: "makron", where: ["xl/vbaProject.bin"] },
      ]),
    ).toBe("diagram (Plan 2021), pivottabeller och makron (xl/vbaProject.bin)");
  });

  it("shortens a long list of places", () => {
    expect(describeUnsupportedParts([{ label: "diagram", where: ["A", "B", "C", "D"] }])).toBe(
      "diagram (A, B, C m.fl.)",
    );
  });
});

describe("names in the Name Manager", () => {
  const workbookXml = (...names: string[]): string =>
    `<workbook><sheets/><definedNames>${names.join("")}</definedNames></workbook>`;

  it("keeps workbook-wide names of absolute references, print areas and filter ranges", () => {
    expect(
      analyseDefinedNames(
        workbookXml(
          '<definedName name="Nivåer">Listor!$A$1:$A$3</definedName>',
          "<definedName name=\"Flera\">Plan!$A$1,'Plan 2021'!$C$3:$D$4</definedName>",
          '<definedName name="_xlnm.Print_Area" localSheetId="0">Plan!$A$1:$N$40</definedName>',
          '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Plan!$A$4:$N$40</definedName>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ["a constant", '<definedName name="Tolerans">0.1</definedName>'],
    ["a formula", '<definedName name="Rader">OFFSET(Plan!$A$1,0,0,COUNTA(Plan!$A:$A),1)</definedName>'],
    ["a whole column", '<definedName name="Kolumn">Plan!$C:$C</definedName>'],
    ["a broken reference", '<definedName name="Gammal">#REF!</definedName>'],
    ["a relative reference", '<definedName name="Relativ">Plan!A1</definedName>'],
    ["a sheet-local name", '<definedName name="Lokal" localSheetId="1">Plan!$A$1</definedName>'],
    ["a hidden name", '<definedName name="Dold" hidden="1">Plan!$A$1</definedName>'],
  ])("reports %s", (_, name) => {
    expect(analyseDefinedNames(workbookXml(name))).toHaveLength(1);
  });
});

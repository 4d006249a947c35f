/** docProps/app.xml follows the workbook's sheet list, or loses the lists when they cannot be matched. */
import { AppPropsPart } from "../../../../src/adapters/xlsx/parts/app-props";
import { parseXml } from "../../../../src/adapters/xlsx/xml/tree";

const EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
const VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

function appXml(groups: readonly (readonly [string, readonly string[]])[]): string {
  const headings = groups.map(
    ([label, titles]) =>
      `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${titles.length}</vt:i4></vt:variant>`,
  );
  const titles = groups.flatMap(([, t]) => t).map((t) => `<vt:lpstr>${t}</vt:lpstr>`);
  return (
    `<Properties xmlns="${EP}" xmlns:vt="${VT}"><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><vt:vector size="${groups.length * 2}" baseType="variant">${headings.join("")}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.join("")}</vt:vector></TitlesOfParts></Properties>`
  );
}

describe("AppPropsPart.update", () => {
  it("rewrites the worksheet group (Swedish Excel's Kalkylblad) and keeps the named ranges", () => {
    const part = AppPropsPart.parse(
      appXml([
        ["Kalkylblad", ["Plan", "Översikt"]],
        ["Namngivna områden", ["Plan!Data"]],
      ]),
    );
    expect(part.update(["Plan", "Översikt"], ["Plan", "Översikt", "Perspektiv – Patient", "_Målstyrning"])).toBe(true);
    const xml = part.toXml();
    expect(part.titles()).toEqual(["Plan", "Översikt", "Perspektiv – Patient", "_Målstyrning", "Plan!Data"]);
    expect(xml).toContain("<vt:i4>4</vt:i4>");
    expect(xml).toContain('<vt:vector size="5" baseType="lpstr">');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it("drops both lists when a named range names a sheet that goes, rather than list a sheet that is not there", () => {
    const part = AppPropsPart.parse(
      appXml([
        ["Worksheets", ["Plan", "Översikt"]],
        ["Named Ranges", ["'Översikt'!Print_Titles"]],
      ]),
    );
    expect(part.update(["Plan", "Översikt"], ["Plan", "_Målstyrning"])).toBe(true);
    expect(part.titles()).toEqual([]);
    expect(part.toXml()).not.toContain("HeadingPairs");
    expect(part.toXml()).toContain("<Application>Microsoft Excel</Application>");
  });

  it("drops both lists when the counts do not add up", () => {
    const broken = appXml([["Worksheets", ["Plan"]]]).replace("<vt:i4>1</vt:i4>", "<vt:i4>3</vt:i4>");
    const part = AppPropsPart.parse(broken);
    expect(part.update(["Plan"], ["Plan", "Översikt"])).toBe(true);
    expect(part.toXml()).not.toContain("TitlesOfParts");
  });

  it("changes nothing when the sheets are the same, or when there are no lists (LibreOffice, openpyxl)", () => {
    const part = AppPropsPart.parse(appXml([["Worksheets", ["Plan"]]]));
    expect(part.update(["Plan"], ["Plan"])).toBe(false);
    const bare = AppPropsPart.parse(`<Properties xmlns="${EP}"><Application>openpyxl</Application></Properties>`);
    expect(bare.update(["Plan"], ["Plan", "Översikt"])).toBe(false);
  });
});

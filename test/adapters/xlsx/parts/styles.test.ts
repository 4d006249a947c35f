import { StylesXml } from "../../../../src/adapters/xlsx/parts/styles";

/** The shape Excel writes: two fonts, the two fills every workbook has, one border, three cell formats. */
const EXCEL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
  '<fonts count="2" x14ac:knownFonts="1">' +
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><i/><sz val="9"/><color rgb="FF595959"/><name val="Arial"/><family val="2"/></font>' +
  "</fonts>" +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="9" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/>' +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

function parse(xml: string): StylesXml {
  const styles = StylesXml.parse(xml);
  if (!styles) throw new Error("not parsed");
  return styles;
}

const section = (xml: string, tag: string): string => new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}>`).exec(xml)?.[0] ?? "";

describe("styles.xml edited in place", () => {
  it("derives a Status format from a cell's own: its font bold and coloured, centred, everything else kept", () => {
    const styles = parse(EXCEL_STYLES);
    const xf = styles.derive(1, { bold: true, color: "FF00B050" }, { horizontal: "center" });
    expect(xf).toBe(3);
    const xml = styles.toXml();
    expect(section(xml, "fonts")).toContain(
      '<font><b/><i/><sz val="9"/><color rgb="FF00B050"/><name val="Arial"/><family val="2"/></font></fonts>',
    );
    expect(section(xml, "fonts")).toMatch(/^<fonts count="3" x14ac:knownFonts="1">/);
    expect(section(xml, "cellXfs")).toContain(
      '<xf numFmtId="9" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1" horizontal="center"/></xf></cellXfs>',
    );
    expect(section(xml, "cellXfs")).toMatch(/^<cellXfs count="4">/);
  });

  it("keeps every existing element, and the parts around them, byte for byte", () => {
    const styles = parse(EXCEL_STYLES);
    styles.derive(2, { bold: true });
    const xml = styles.toXml();
    const original = section(EXCEL_STYLES, "cellXfs")
      .replace(/<\/cellXfs>$/, "")
      .replace('count="3"', 'count="4"');
    expect(section(xml, "cellXfs").startsWith(original)).toBe(true);
    expect(section(xml, "fills")).toBe(section(EXCEL_STYLES, "fills"));
    expect(section(xml, "cellStyleXfs")).toBe(section(EXCEL_STYLES, "cellStyleXfs"));
    expect(xml.slice(0, xml.indexOf("<fonts"))).toBe(EXCEL_STYLES.slice(0, EXCEL_STYLES.indexOf("<fonts")));
  });

  it("returns the part unchanged when nothing new was needed", () => {
    const styles = parse(EXCEL_STYLES);
    expect(styles.derive(0, {})).toBe(0);
    expect(styles.changed).toBe(false);
    expect(styles.toXml()).toBe(EXCEL_STYLES);
  });

  it("reuses what an earlier run added: a second run adds nothing", () => {
    const first = parse(EXCEL_STYLES);
    const xf = first.derive(1, { bold: true, color: "FFFF0000" }, { horizontal: "center" });
    const again = parse(first.toXml());
    expect(again.derive(1, { bold: true, color: "FFFF0000" }, { horizontal: "center" })).toBe(xf);
    // And a Status cell derived once more from its own (already Status) format stays on it.
    expect(again.derive(xf, { bold: true, color: "FFFF0000" }, { horizontal: "center" })).toBe(xf);
    expect(again.changed).toBe(false);
  });

  it("matches an existing element written with other attribute order and spacing", () => {
    const xml = EXCEL_STYLES.replace(
      "</cellXfs>",
      '<xf  xfId="0" borderId="0" fillId="0" fontId="0" numFmtId="49"  applyNumberFormat="1" /></cellXfs>',
    ).replace('cellXfs count="3"', 'cellXfs count="4"');
    const styles = parse(xml);
    expect(styles.xfFor({ numFmt: "@", style: {} })).toBe(3);
    expect(styles.changed).toBe(false);
  });

  it("builds generated cells' formats on the workbook's default font, with fills, lines and custom number formats", () => {
    const styles = parse(EXCEL_STYLES);
    const xf = styles.xfFor({
      numFmt: "0.0 %",
      style: { bold: true, size: 14, fill: "FFDDEBF7", borderBottom: true, vertical: "middle", wrap: true },
    });
    const xml = styles.toXml();
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0 %"/></numFmts><fonts');
    expect(section(xml, "fonts")).toContain(
      '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    );
    expect(section(xml, "fills")).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(section(xml, "borders")).toContain('<bottom style="thin"><color rgb="FF8EA9DB"/></bottom>');
    const written = section(xml, "cellXfs").match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ?? [];
    expect(written[xf]).toBe(
      '<xf numFmtId="164" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>',
    );
    expect(
      styles.xfFor({
        numFmt: "0.0 %",
        style: { bold: true, size: 14, fill: "FFDDEBF7", borderBottom: true, vertical: "middle", wrap: true },
      }),
    ).toBe(xf);
  });

  it("does not take a styles part it cannot edit safely", () => {
    expect(StylesXml.parse("<x:styleSheet xmlns:x='…'><x:fonts/></x:styleSheet>")).toBeNull();
    expect(StylesXml.parse(EXCEL_STYLES.replace(/<cellXfs[\s\S]*<\/cellXfs>/, ""))).toBeNull();
  });
});

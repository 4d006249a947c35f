import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, SheetComposer } from "../../../src/domain/summary/composer";
import { textWidth } from "../../../src/domain/summary/text-width";

describe("the sheet composer", () => {
  it("keeps one entry per style and joins rows styled one by one into one area", () => {
    const c = new SheetComposer();
    for (let row = 0; row < 100; row++) c.write(row, 0, [["x", "y"]], { style: { bold: true } });
    c.write(200, 0, [["z"]], { style: { bold: true } });
    const { content } = c.build();
    expect(content.styles).toEqual([
      {
        style: { bold: true },
        areas: [
          { top: 0, left: 0, bottom: 99, right: 1 },
          { top: 200, left: 0, bottom: 200, right: 0 },
        ],
      },
    ]);
    expect(content.blocks).toHaveLength(101);
  });

  it("pads ragged rows into a rectangle, marking strings as text and counts as numbers", () => {
    const c = new SheetComposer();
    c.write(2, 1, [["a", 3], ["b"]]);
    expect(c.build().content.blocks).toEqual([
      {
        top: 2,
        left: 1,
        values: [
          ["a", 3],
          ["b", null],
        ],
        numberFormats: [
          ["@", "0"],
          ["@", "General"],
        ],
      },
    ]);
  });

  it("fits widths to the longest text, within bounds, ignoring text merged over several columns", () => {
    const c = new SheetComposer();
    c.write(0, 0, [["En mycket lång rubrik som spänner över flera kolumner"]]);
    c.merge({ top: 0, left: 0, bottom: 0, right: 2 });
    c.write(1, 0, [["kort", "x".repeat(200), ""]]);
    c.write(2, 2, [["mellanlång text"]]);
    const [a, b, col3] = c.build().columnWidths;
    // "kort" sets column A; the merged title would have made it over 50.
    expect(a).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
    expect(a).toBeLessThan(10);
    expect(b).toBe(MAX_COLUMN_WIDTH);
    expect(col3).toBeGreaterThanOrEqual("mellanlång text".length);
  });

  it("measures wrapped headers by their longest word", () => {
    const c = new SheetComposer();
    c.write(0, 0, [["Framgångsfaktorer totalt"]], { style: { wrap: true }, measure: "words" });
    const { columnWidths, rowHeights } = c.build();
    expect(columnWidths[0]).toBeGreaterThanOrEqual("Framgångsfaktorer".length);
    expect(columnWidths[0]).toBeLessThan("Framgångsfaktorer totalt".length);
    expect(rowHeights).toEqual([{ row: 0, height: 30 }]);
  });

  it("keeps cells meant for renderers without charts apart", () => {
    const c = new SheetComposer();
    c.write(0, 4, [["███"]], { style: { fontColor: "FF00B050" }, fallback: true });
    const built = c.build();
    expect(built.content.blocks).toEqual([]);
    expect(built.fallback.blocks).toHaveLength(1);
    expect(built.fallback.styles[0]?.style).toEqual({ fontColor: "FF00B050" });
  });

  it("fits widths to the style a block is measured as, so text made bold later does not wrap", () => {
    const name = "Minskad klimatpåverkan från verksamheten";
    const plain = new SheetComposer();
    plain.write(0, 0, [[name]], { style: { wrap: true } });
    const bold = new SheetComposer();
    bold.write(0, 0, [[name]], { style: { wrap: true }, measureAs: { wrap: true, bold: true } });
    const [plainWidth = 0] = plain.build().columnWidths;
    const [boldWidth = 0] = bold.build().columnWidths;
    expect(plainWidth).toBeLessThan(textWidth(name, { bold: true }) + 2);
    expect(boldWidth).toBeGreaterThanOrEqual(textWidth(name, { bold: true }) + 2);
  });
});

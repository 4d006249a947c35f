import {
  cellAddress,
  columnIndex,
  columnLetters,
  createCellReader,
  parseCellAddress,
  parseRangeAddress,
  type SheetGrid,
} from "../../src/domain/grid";

describe("cell addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("names the cell the way Excel does", () => {
    expect(cellAddress(6, 4)).toBe("E7");
  });

  it("reads addresses back into 0-based indexes", () => {
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
    expect(parseCellAddress("E7")).toEqual({ row: 6, col: 4 });
    expect(parseCellAddress("$B$12")).toEqual({ row: 11, col: 1 });
    expect(parseCellAddress("7E")).toBeNull();
    expect(parseRangeAddress("C4:B2")).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    expect(parseRangeAddress("A:A")).toBeNull();
    for (const [row, col] of [
      [0, 0],
      [6, 4],
      [99, 701],
    ] as const) {
      expect(parseCellAddress(cellAddress(row, col))).toEqual({ row, col });
    }
  });
});

describe("merged cells", () => {
  const sheet: SheetGrid = {
    name: "Plan",
    values: [
      ["Perspektiv", "Namn"],
      ["Patient", "Väntetider"],
      [null, "Bemötande"],
    ],
    numberFormats: [],
    merges: [{ top: 1, left: 0, bottom: 2, right: 0 }],
  };

  it("reads every cell of a merged area as its top-left value", () => {
    const read = createCellReader(sheet);
    expect(read(2, 0).value).toBe("Patient");
    expect(read(2, 1).value).toBe("Bemötande");
  });
});

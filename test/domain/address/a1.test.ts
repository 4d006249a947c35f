import { columnIndex, columnLetters, formatA1, parseA1, parseA1Range, rowNumber } from "../../../src/domain/address/a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("names the cell and the row the way Excel does", () => {
    expect(formatA1({ row: 6, col: 4 })).toBe("E7");
    expect(formatA1({ row: 0, col: 27 })).toBe("AB1");
    expect(rowNumber(0)).toBe(1);
    expect(rowNumber(6)).toBe(7);
  });

  it("reads addresses back into 0-based indexes", () => {
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
    expect(parseA1("E7")).toEqual({ row: 6, col: 4 });
    expect(parseA1("$B$12")).toEqual({ row: 11, col: 1 });
    expect(parseA1("7E")).toBeNull();
    expect(parseA1Range("C4:B2")).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
    expect(parseA1Range("A:A")).toBeNull();
    for (const [row, col] of [
      [0, 0],
      [6, 4],
      [99, 701],
    ] as const) {
      expect(parseA1(formatA1({ row, col }))).toEqual({ row, col });
    }
  });
});

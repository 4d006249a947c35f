import { cellAddress, columnLetters, createCellReader, type SheetGrid } from "../../src/domain/grid";

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

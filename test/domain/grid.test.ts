import { createCellReader, type SheetGrid } from "../../src/domain/grid";

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

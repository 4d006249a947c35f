import fc from "fast-check";
import type { CellPosition } from "../../../src/domain/address/cell-address";
import { comparePositions, positionKey, sortByPosition } from "../../../src/domain/address/order";
import { adr } from "../../support/adr";

describe("reading order of cells", () => {
  it("takes cells as a controller writes them", () => {
    expect(adr("E6")).toEqual({ row: 5, col: 4 });
    expect(adr("'Plan 2021'!AA10")).toEqual({ sheet: "Plan 2021", row: 9, col: 26 });
  });

  it("goes row by row, left to right, with no cell first", () => {
    const cells = [adr("B2"), null, adr("A3"), adr("XFD2"), adr("A2"), adr("AA1")];
    expect([...cells].sort(comparePositions)).toEqual([null, adr("AA1"), adr("A2"), adr("B2"), adr("XFD2"), adr("A3")]);
  });

  it("agrees with comparing row, then column, for every pair (Excel's whole sheet)", () => {
    const position = fc.record({
      row: fc.integer({ min: 0, max: 1_048_575 }),
      col: fc.integer({ min: 0, max: 16_383 }),
    });
    fc.assert(
      fc.property(position, position, (a, b) => {
        const expected = a.row - b.row || a.col - b.col;
        expect(Math.sign(positionKey(a) - positionKey(b))).toBe(Math.sign(expected));
      }),
    );
  });

  it("sorts stably and returns a list already in order as it is", () => {
    const items: { id: string; cell: CellPosition | null }[] = [
      { id: "c", cell: adr("C4") },
      { id: "none", cell: null },
      { id: "a", cell: adr("A4") },
      { id: "c-again", cell: adr("C4") },
      { id: "b", cell: adr("B1") },
    ];
    const sorted = sortByPosition(items, (i) => i.cell);
    expect(sorted.map((i) => i.id)).toEqual(["none", "b", "a", "c", "c-again"]);
    expect(sortByPosition(sorted, (i) => i.cell)).toBe(sorted);
  });
});

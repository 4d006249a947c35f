/** Planning the Status writes: blocks per sheet, nulls where nothing changes, and requests kept under 4 MB. */
import type { StatusColumnWrite } from "../../src/domain/evaluation";
import { STATUSES } from "../../src/domain/status/statuses";
import {
  MAX_REQUEST_BYTES,
  STATUS_CELL_PROPERTIES,
  estimateBytes,
  planStatusWrites,
} from "../../src/adapters/office/write-statuses";
import { FakeExcel } from "./fake-excel";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";

function column(sheet: string, rows: readonly number[]): StatusColumnWrite {
  return {
    sheet,
    col: 4,
    addHeader: null,
    cells: rows.map((row, i) => ({ row, status: STATUSES[i % 4] ?? "missing" })),
  };
}

describe("planStatusWrites", () => {
  it("covers a column with one block, using null and {} for rows it must leave alone", () => {
    const plan = planStatusWrites([column("Plan", [9, 5, 6, 8])]);
    expect(plan.batches).toHaveLength(1);
    const [block] = plan.batches[0] ?? [];
    expect(block?.top).toBe(5);
    // Rows are sorted; 7 is not listed and stays null / {}.
    expect(block?.values).toEqual([["→"], ["↓"], [null], ["–"], ["↑"]]);
    expect(block?.properties[2]).toEqual([{}]);
    expect(block?.properties[0]).toEqual([STATUS_CELL_PROPERTIES.yellow]);
  });

  it("starts a new block after a long empty stretch instead of sending thousands of nulls", () => {
    const plan = planStatusWrites([column("Plan", [3, 4, 5, 2000, 2001])]);
    const blocks = plan.batches.flat();
    expect(blocks.map((b) => [b.top, b.values.length])).toEqual([
      [3, 3],
      [2000, 2],
    ]);
  });

  it("splits into several requests only past 4 MB, each under the limit, every row exactly once", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => 10 + i);
    const plan = planStatusWrites([column("Stor", rows)]);
    expect(plan.batches.length).toBeGreaterThan(1);
    const blocks = plan.batches.flat();
    for (const batch of plan.batches) {
      expect(batch.reduce((sum, b) => sum + estimateBytes(b), 0)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    }
    const written = blocks.flatMap((b) => b.values.map((_, i) => b.top + i));
    expect(written).toEqual(rows);

    const small = planStatusWrites([column("Liten", rows.slice(0, 10_000))]);
    expect(small.batches).toHaveLength(1);
  });

  it("puts headers of sheets that get a new Status column in the first request", () => {
    const plan = planStatusWrites([{ sheet: "Plan", col: 7, addHeader: { row: 2, text: "Status" }, cells: [] }]);
    expect(plan.headers).toEqual([{ sheet: "Plan", row: 2, col: 7, text: "Status" }]);
    expect(plan.batches).toEqual([[]]);
  });
});

describe("large writes through the adapter", () => {
  it("sends one sync per planned request, and every request stays under 4 MB", async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => 1 + i);
    const excel = new FakeExcel([{ name: "Stor", rows: [["Nivå", "Namn"]] }]);
    await new OfficeWorkbook(excel.context).writeStatuses([column("Stor", rows)]);
    const expectedRequests = planStatusWrites([column("Stor", rows)]).batches.length;
    // One extra round trip: the protection check, since nothing was read first.
    expect(excel.syncCount).toBe(1 + expectedRequests);
    expect(Math.max(...excel.batchSizes)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(excel.valueAt("Stor", 100_000, 4)).toBe("–");
    expect(excel.screenUpdatingSuspensions).toBe(expectedRequests);
  });
});

/** The Office.js adapter against a fake Excel: what it reads, what it writes, and how many round trips it takes. */
import type { StatusColumnWrite } from "../../src/domain/evaluation";
import type { Status } from "../../src/domain/status/statuses";
import { OfficeWorkbook } from "../../src/adapters/office/office-workbook";
import { ProtectedSheetError, TooManyCellsError } from "../../src/adapters/office/office-errors";
import { STATUS_CELL_PROPERTIES } from "../../src/adapters/office/write-statuses";
import { FakeExcel, type FakeSheetSpec, type FakeValue } from "./fake-excel";

const HEADER: FakeValue[] = ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall april", "Status", "Kommentar"];

/** A plan sheet of `indicators` indicator rows under one plan and one goal, header on row 3 (title above). */
function planSheet(name: string, indicators: number): FakeSheetSpec {
  const rows: FakeValue[][] = [
    ["Verksamhetsplan 2021"],
    [],
    HEADER,
    ["Plan", "Hälso- och sjukvård"],
    ["Mål", "God vård", "Patient"],
  ];
  const formats: (string | undefined)[][] = [[], [], [], [], []];
  for (let i = 0; i < indicators; i++) {
    rows.push([
      "Mätetal",
      `Indikator ${i + 1}`,
      null,
      0.9,
      0.5 + (i % 50) / 100,
      null,
      i % 7 === 0 ? "=kommentar" : null,
    ]);
    formats.push([undefined, undefined, undefined, "0%", "0%"]);
  }
  return { name, rows, formats };
}

/** What recalc would write for that sheet: every plan, goal and indicator row of the Status column (F). */
function statusWrites(
  sheet: string,
  indicators: number,
  pattern: readonly Status[] = ["green", "yellow", "red"],
): StatusColumnWrite {
  const cells = Array.from({ length: indicators + 2 }, (_, i) => ({
    row: 3 + i,
    status: pattern[i % pattern.length] as Status,
  }));
  return { sheet, col: 5, addHeader: null, cells };
}

describe("OfficeWorkbook.readGrid", () => {
  it("reads values, number formats, errors and merges into a grid indexed from A1", async () => {
    const excel = new FakeExcel([
      {
        name: "Plan 2021",
        rows: [
          [],
          [null, "Nivå", "Namn", "Målvärde", "Utfall"],
          [null, "Mål", "Kortare väntetider", 0.9, { error: "#N/A" }],
          [null, "Mätetal", "Besök", 45291, true],
          [null, null, null, "", "#N/A"],
        ],
        formats: [[], [], [undefined, undefined, undefined, "0%"], [undefined, undefined, undefined, "yyyy-mm-dd"]],
        merges: ["B3:B4"],
      },
      { name: "Tomt blad", rows: [] },
    ]);
    const grid = await new OfficeWorkbook(excel.context).readGrid();

    expect(grid.sheets.map((s) => s.name)).toEqual(["Plan 2021", "Tomt blad"]);
    const plan = grid.sheets[0];
    expect(plan?.values[0]).toEqual([]);
    expect(plan?.values[1]).toEqual([null, "Nivå", "Namn", "Målvärde", "Utfall"]);
    // Percent cells arrive as fractions with their format; errors as CellError; dates as serials with a date format.
    expect(plan?.values[2]).toEqual([null, "Mål", "Kortare väntetider", 0.9, { error: "#N/A" }]);
    expect(plan?.numberFormats[2]?.[3]).toBe("0%");
    expect(plan?.values[3]).toEqual([null, "Mätetal", "Besök", 45291, true]);
    expect(plan?.numberFormats[3]?.[3]).toBe("yyyy-mm-dd");
    expect(plan?.numberFormats[1]?.[1]).toBeNull();
    // The same text typed into a cell is text, not an error: only valueTypes tells them apart.
    expect(plan?.values[4]?.[4]).toBe("#N/A");
    expect(plan?.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(grid.sheets[1]).toEqual({ name: "Tomt blad", values: [], numberFormats: [], merges: [] });
  });

  it("reads any number of sheets in three round trips: names, probes, plan sheets in full", async () => {
    const excel = new FakeExcel(Array.from({ length: 12 }, (_, i) => planSheet(`Plan ${i + 1}`, 40)));
    const sync = jest.spyOn(excel.context, "sync");
    const grid = await new OfficeWorkbook(excel.context).readGrid();
    expect(grid.sheets).toHaveLength(12);
    expect(grid.sheets[11]?.values).toHaveLength(45);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it("reads only the first rows of a sheet that holds no plan, and nothing more", async () => {
    const data: FakeValue[][] = [["Datum", "Belopp", "Konto"]];
    for (let i = 0; i < 5_000; i++) data.push([45000 + i, i * 10, `K${i}`]);
    const excel = new FakeExcel([planSheet("Plan", 30), { name: "Rådata", rows: data }]);
    const grid = await new OfficeWorkbook(excel.context).readGrid();
    expect(grid.sheets[1]?.values).toHaveLength(25);
    expect(grid.sheets[0]?.values).toHaveLength(35);
    expect(Math.max(...excel.syncs.map((s) => s.responseBytes))).toBeLessThan(100_000);
  });

  it("refuses a plan sheet of more than 5 million cells before reading it, in Swedish", async () => {
    const excel = new FakeExcel([planSheet("Plan", 3)]);
    // A stray value far down and right: the used range spans 1,048,576 × 30 cells.
    const far: unknown[] = [];
    far[29] = "x";
    excel.sheet("Plan").values[1_048_575] = far;
    await expect(new OfficeWorkbook(excel.context).readGrid()).rejects.toBeInstanceOf(TooManyCellsError);
    expect(excel.syncCount).toBe(2);
  });

  it("falls back to row blocks only when Excel refuses a response that large", async () => {
    const sheets = [planSheet("Stor plan", 8_000), planSheet("Liten plan", 10)];
    const excel = new FakeExcel(sheets);
    excel.responseCellLimit = 50_000;
    const grid = await new OfficeWorkbook(excel.context).readGrid();
    const expected = await new OfficeWorkbook(new FakeExcel(sheets).context).readGrid();
    expect(grid).toEqual(expected);
    // Names, the refused read, the sizes, then 56,105 cells in two batches of at most 40,000.
    expect(excel.syncCount).toBe(5);
  });
});

describe("OfficeWorkbook.writeStatuses", () => {
  it("writes glyphs and colours to the listed Status cells only, leaving the rest as it was", async () => {
    const excel = new FakeExcel([planSheet("Plan", 6)]);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.readGrid();
    const handWritten = excel.sheet("Plan").values[8];
    if (handWritten) handWritten[5] = "handskrivet";
    await workbook.writeStatuses([
      {
        sheet: "Plan",
        col: 5,
        addHeader: null,
        cells: [
          { row: 3, status: "yellow" },
          { row: 5, status: "green" },
          { row: 6, status: "red" },
          { row: 9, status: "missing" },
        ],
      },
    ]);
    const column = [3, 4, 5, 6, 7, 8, 9].map((r) => excel.valueAt("Plan", r, 5));
    expect(column).toEqual(["→", "", "↑", "↓", "", "handskrivet", "–"]);
    expect(excel.propertiesAt("Plan", 5, 5)).toEqual(STATUS_CELL_PROPERTIES.green);
    expect(excel.propertiesAt("Plan", 5, 5)?.format?.font).toEqual({ color: "#00B050", bold: true });
    expect(excel.propertiesAt("Plan", 6, 5)?.format?.font?.color).toBe("#FF0000");
    expect(excel.propertiesAt("Plan", 8, 5)).toBeUndefined();
    // Nothing outside the Status column was touched.
    expect(excel.writes.every((w) => w.col === 5)).toBe(true);
  });

  it("adds a missing Status header with its neighbour's formatting", async () => {
    const excel = new FakeExcel([
      {
        name: "Plan",
        rows: [
          ["Nivå", "Namn"],
          ["Mål", "A"],
        ],
      },
    ]);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.readGrid();
    await workbook.writeStatuses([
      { sheet: "Plan", col: 2, addHeader: { row: 0, text: "Status" }, cells: [{ row: 1, status: "missing" }] },
    ]);
    expect(excel.valueAt("Plan", 0, 2)).toBe("Status");
    expect(excel.valueAt("Plan", 1, 2)).toBe("–");
    expect(excel.writes.map((w) => w.kind)).toEqual(["copyFormats", "values", "values", "cellProperties"]);
  });

  it("writes every sheet in one round trip with screen updating suspended", async () => {
    const excel = new FakeExcel([planSheet("A", 30), planSheet("B", 30), planSheet("C", 30)]);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.readGrid();
    const sync = jest.spyOn(excel.context, "sync");
    await workbook.writeStatuses(["A", "B", "C"].map((s) => statusWrites(s, 30)));
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.screenUpdatingSuspensions).toBe(1);
    // One values and one cell-properties request per sheet, however many rows.
    expect(excel.writes.filter((w) => w.kind === "values")).toHaveLength(3);
  });

  it("refuses, before writing anything, when a sheet to write is protected", async () => {
    const excel = new FakeExcel([planSheet("Öppen", 3), { ...planSheet("Låst", 3), protected: true }]);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.readGrid();
    await expect(workbook.writeStatuses([statusWrites("Öppen", 3), statusWrites("Låst", 3)])).rejects.toEqual(
      new ProtectedSheetError(["Låst"]),
    );
    expect(excel.writes).toEqual([]);
  });

  it("checks protection itself when used without a read first", async () => {
    const excel = new FakeExcel([{ ...planSheet("Låst", 3), protected: true }]);
    await expect(new OfficeWorkbook(excel.context).writeStatuses([statusWrites("Låst", 3)])).rejects.toBeInstanceOf(
      ProtectedSheetError,
    );
    expect(excel.writes).toEqual([]);
  });

  it("makes no request at all when there is nothing to write", async () => {
    const excel = new FakeExcel([planSheet("Plan", 3)]);
    await new OfficeWorkbook(excel.context).writeStatuses([{ sheet: "Plan", col: 5, addHeader: null, cells: [] }]);
    expect(excel.syncCount).toBe(0);
  });
});

describe("round trips do not grow with the workbook", () => {
  async function readAndWrite(indicators: number): Promise<{ syncs: number; largest: number }> {
    const excel = new FakeExcel([planSheet("Plan 2021", indicators), planSheet("Plan 2022", indicators)]);
    const workbook = new OfficeWorkbook(excel.context);
    await workbook.readGrid();
    // Statuses change on every row: the worst case for grouping by status.
    await workbook.writeStatuses([
      statusWrites("Plan 2021", indicators),
      statusWrites("Plan 2022", indicators, ["red", "missing"]),
    ]);
    const largest = Math.max(...excel.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    return { syncs: excel.syncCount, largest };
  }

  it("reads and writes 100 and 10,000 rows per sheet in a few syncs, every request and response under 4 MB", async () => {
    const small = await readAndWrite(100);
    const large = await readAndWrite(10_000);
    expect(small.syncs).toBe(4);
    // 140,000 cells of about 30 bytes: the plan sheets arrive in two responses instead of one.
    expect(large.syncs).toBeLessThanOrEqual(5);
    expect(large.largest).toBeLessThan(4_000_000);
  });
});

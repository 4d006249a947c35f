/**
 * A hand-made fake of the part of the Excel object model the Office adapter uses, for Node tests.
 *
 * Loadable objects (used ranges, merged areas, worksheets, protection) are office-addin-mock OfficeMockObjects, so a
 * property read before `load` + `sync` yields office-addin-mock's error text instead of data, as in Office.
 * office-addin-mock does not model collections, methods or writes, so those are hand fakes here: writes are queued
 * and applied at `sync`, the way Office batches them.
 *
 * It models what real Excel does at its limits (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * - a request above 5 MB is refused whole (RequestPayloadSizeLimitExceeded); the size is the JSON of what was queued;
 * - a response above 5 MB is refused (ResponsePayloadSizeLimitExceeded); a range of more than 5 million cells reads
 *   `null` past that many cells;
 * - a write to a protected sheet, or a sheet operation in a protected workbook structure, fails when the request
 *   reaches it, after the operations queued before it were applied (a batch is not a transaction);
 * - a write into a merged area other than its top-left cell fails (MergedRangeConflict);
 * - while `cellEditing` is set, a request fails (InvalidOperationInCellEditMode) unless the batch was opened by
 *   `run({ delayForCellEdit: true }, …)`, which waits until the edit ends;
 * - `failAtSync = n` makes the n-th sync fail before it applies anything (a fake failure anywhere in a run).
 */
import { OfficeMockObject } from "office-addin-mock";

/** A cell as a test writes it: a value as Office reports it, or an Excel error. */
export type FakeValue = string | number | boolean | null | { error: string };

export interface FakeSheetSpec {
  readonly name: string;
  /** rows[r][c], 0-based from A1; null or "" is empty. */
  readonly rows: readonly (readonly FakeValue[])[];
  /** Number formats at the same positions; absent means General. */
  readonly formats?: readonly (readonly (string | undefined)[])[];
  /** Merged areas as Office writes them in RangeAreas.address, e.g. "A3:A5". */
  readonly merges?: readonly string[];
  /** How cells look, at the same positions as rows; absent: not bold, no fill, no indent. */
  readonly looks?: readonly (readonly (FakeLook | undefined)[] | undefined)[];
  readonly protected?: boolean;
  /** Excel tables on the sheet, by name and A1 range ("A3:E9"). */
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
}

/** A cell's format as Office.js reports it (`range.format`): fill as a colour, white when there is none. */
export interface FakeLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly indent?: number;
}

type Box = { row: number; col: number; rows: number; cols: number };

/** What one context.sync carried: the request's and the response's estimated JSON size. */
export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/** Excel's limits as the fake applies them. */
export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const FAKE_CELLS_PER_READ = 5_000_000;

interface Sheet {
  name: string;
  values: unknown[][];
  types: string[][];
  formats: string[][];
  looks: (FakeLook | undefined)[][];
  /** setCellProperties written per cell (what the Status column looks like afterwards). */
  properties: (Excel.SettableCellProperties | undefined)[][];
  merges: string[];
  protected: boolean;
  visibility: string;
  active: boolean;
  tables: { name: string; box: Box }[];
}

export interface RecordedWrite {
  readonly kind:
    | "values"
    | "numberFormat"
    | "cellProperties"
    | "copyFormats"
    | "select"
    | "activate"
    | "delete"
    | "resizeTable"
    | "insertRows";
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly payload: unknown;
}

function typeOf(value: FakeValue): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = address.split(":");
  const wholeRows = /^(\d+):(\d+)$/.exec(address);
  if (wholeRows)
    return {
      row: Number(wholeRows[1]) - 1,
      col: 0,
      rows: Number(wholeRows[2]) - Number(wholeRows[1]) + 1,
      cols: 16_384,
    };
  const wholeColumns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (wholeColumns) {
    const index = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const first = index(wholeColumns[1] ?? "A");
    return { row: 0, col: first, rows: 1_048_576, cols: index(wholeColumns[2] ?? "A") - first + 1 };
  }
  const cell = (ref: string): { row: number; col: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m?.[1] || !m[2]) throw new Error(`fake: unsupported address ${address}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const start = cell(a ?? "");
  const end = b ? cell(b) : start;
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function intersect(a: Box, b: Box): Box | null {
  if (!overlaps(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return {
    row,
    col,
    rows: Math.min(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.min(a.col + a.cols, b.col + b.cols) - col,
  };
}

export class FakeExcel {
  readonly sheets: Sheet[];
  syncCount = 0;
  /** Every write, in the order Office would apply it; `batches[i]` are the writes applied by sync i. */
  readonly writes: RecordedWrite[] = [];
  readonly batchSizes: number[] = [];
  screenUpdatingSuspensions = 0;
  /** When set, a sync whose loaded cells exceed it fails as Excel on the web does with a too-large response. */
  responseCellLimit: number | null = null;
  /** Every sync's request and response size, in order. */
  readonly syncs: SyncRecord[] = [];
  /** The workbook structure is protected: adding, deleting, renaming, moving or hiding sheets fails. */
  workbookProtected = false;
  /** The user is typing in a cell: requests fail unless the batch asked to wait (delayForCellEdit). */
  cellEditing = false;
  /** Requests that waited for the user to leave cell edit mode. */
  delayedForCellEdit = 0;
  /** The n-th sync (1-based) fails before applying anything; null: none. */
  failAtSync: number | null = null;
  /** Whether the context's batch was opened with delayForCellEdit. */
  private delayForCellEdit = false;
  selection: { sheet: string; address: string } | null = null;
  /**
   * Calls and property sets on parts of the object model the fake does not simulate (charts, tables, formats, page
   * layout…), recorded as text in the order they were queued: "Översikt.charts.add("Pie", B6:B9, "Columns")".
   */
  readonly calls: string[] = [];

  private queue: (() => void)[] = [];
  private queuedBytes = 0;
  private responseBytes = 0;
  private readonly mocks: OfficeMockObject[] = [];
  private pendingCells = 0;
  private collectionLoadRequested = false;
  private collectionLoaded = false;

  readonly context: Excel.RequestContext;

  constructor(specs: readonly FakeSheetSpec[]) {
    this.sheets = specs.map((spec) => {
      const width = Math.max(0, ...spec.rows.map((r) => r.length));
      const values = spec.rows.map((r) => Array.from({ length: width }, (_, c) => this.officeValue(r[c] ?? null)));
      const types = spec.rows.map((r) => Array.from({ length: width }, (_, c) => typeOf(r[c] ?? null)));
      const formats = spec.rows.map((_, r) =>
        Array.from({ length: width }, (_, c) => spec.formats?.[r]?.[c] ?? "General"),
      );
      return {
        name: spec.name,
        values,
        types,
        formats,
        looks: (spec.looks ?? []).map((row) => [...(row ?? [])]),
        properties: [],
        merges: [...(spec.merges ?? [])],
        protected: spec.protected ?? false,
        visibility: "Visible",
        active: false,
        tables: (spec.tables ?? []).map((t) => ({ name: t.name, box: parseAddress(t.address) })),
      };
    });
    this.context = this.makeContext();
  }

  /** Excel.run as the adapter calls it: `run(batch)` or `run(options, batch)`. */
  run<T>(
    optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (!batch) throw new Error("fake: run without a batch");
    this.delayForCellEdit = typeof optionsOrBatch === "object" && optionsOrBatch.delayForCellEdit === true;
    return batch(this.context);
  }

  /** The largest request any sync sent, in bytes. */
  get largestRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  private officeValue(value: FakeValue): unknown {
    if (value === null) return "";
    if (typeof value === "object") return value.error;
    return value;
  }

  sheet(name: string): Sheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return sheet;
  }

  /** The value Office would now report at (row, col), 0-based. */
  valueAt(sheet: string, row: number, col: number): unknown {
    return this.sheet(sheet).values[row]?.[col] ?? "";
  }

  propertiesAt(sheet: string, row: number, col: number): Excel.SettableCellProperties | undefined {
    return this.sheet(sheet).properties[row]?.[col];
  }

  describe(value: unknown): string {
    if (value && typeof value === "object" && "box" in value) {
      const box = (value as { box: { row: number; col: number; rows: number; cols: number } }).box;
      const first = `${columnLetters(box.col)}${box.row + 1}`;
      return box.rows === 1 && box.cols === 1
        ? first
        : `${first}:${columnLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
    }
    return JSON.stringify(value) ?? String(value);
  }

  /** A stand-in for any object the fake does not model: records what is done to it, returns more of itself. */
  recorder(path: string): never {
    const fake = this;
    return new Proxy<() => void>(function recorded() {}, {
      get(_target, prop) {
        if (typeof prop === "symbol") return undefined;
        if (prop === "items") return [];
        if (prop === "load") return () => undefined;
        return fake.recorder(`${path}.${prop}`);
      },
      set(_target, prop, value) {
        fake.record(`${path}.${String(prop)} = ${fake.describe(value)}`);
        return true;
      },
      apply(_target, _this, args: unknown[]) {
        fake.record(`${path}(${args.map((a) => fake.describe(a)).join(", ")})`);
        return fake.recorder(`${path}()`);
      },
    }) as never;
  }

  /** A call the fake does not simulate: recorded, and counted in the request's size like any queued operation. */
  record(call: string): void {
    this.calls.push(call);
    this.queuedBytes += call.length + 100;
    // Formats, charts, tables, merges on a protected sheet fail like values do.
    const sheet = this.sheets.find((s) => call.startsWith(`${s.name}.`) || call.startsWith(`${s.name}!`));
    if (sheet) {
      this.queue.push(() => {
        if (sheet.protected) {
          throw Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), {
            code: "AccessDenied",
          });
        }
      });
    }
  }

  /** Wraps a modelled object so that members it lacks are recorded instead of being undefined. */
  private recording<T extends object>(
    target: T,
    path: string,
    setters: Record<string, (value: unknown) => void> = {},
  ): T {
    const fake = this;
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === "symbol" || prop in t) return Reflect.get(t, prop, receiver);
        return fake.recorder(`${path}.${prop}`);
      },
      set(t, prop, value, receiver) {
        const setter = typeof prop === "string" ? setters[prop] : undefined;
        if (setter) {
          fake.record(`${path}.${String(prop)} = ${fake.describe(value)}`);
          setter(value);
          return true;
        }
        return Reflect.set(t, prop, value, receiver);
      },
    });
  }

  /**
   * A worksheet as the adapter sees it: its methods, the office-addin-mock object for loadable properties (called on
   * the mock itself, so office-addin-mock's own bookkeeping never goes through the setters), the setters the fake
   * models, and a recorder for everything else.
   */
  private facade(
    mock: OfficeMockObject,
    methods: object,
    path: string,
    setters: Record<string, (value: unknown) => void>,
  ): object {
    const fake = this;
    return new Proxy(methods, {
      get(target, prop) {
        if (typeof prop === "symbol") return undefined;
        if (prop in target) return (target as Record<string, unknown>)[prop];
        if (prop === "isNullObject") return (mock[prop] as boolean | undefined) ?? false;
        if (prop in mock) {
          const value = mock[prop] as unknown;
          return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(mock) : value;
        }
        return fake.recorder(`${path}.${prop}`);
      },
      set(_target, prop, value) {
        const setter = typeof prop === "string" ? setters[prop] : undefined;
        fake.record(`${path}.${String(prop)} = ${fake.describe(value)}`);
        if (setter) setter(value);
        else mock[prop as string] = value;
        return true;
      },
    });
  }

  private track<T extends OfficeMockObject>(mock: T, cells = 0): T {
    this.mocks.push(mock);
    this.pendingCells += cells;
    return mock;
  }

  private enqueue(write: RecordedWrite, apply: () => void): void {
    this.queuedBytes += JSON.stringify(write.payload ?? null).length + 100;
    this.queue.push(() => {
      if (write.kind !== "select" && write.kind !== "activate") this.guardWrite(write);
      this.writes.push(write);
      apply();
    });
  }

  /** What real Excel refuses when the request reaches the operation: protected sheets, merged areas. */
  private guardWrite(write: RecordedWrite): void {
    const sheet = this.sheets.find((s) => s.name === write.sheet);
    if (!sheet) return;
    if (write.kind === "delete") {
      this.guardStructure();
      return;
    }
    if (sheet.protected) {
      throw Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), {
        code: "AccessDenied",
      });
    }
    if (write.kind !== "values" || !Array.isArray(write.payload)) return;
    const payload = write.payload as unknown[][];
    for (const merge of sheet.merges) {
      const m = parseAddress(merge);
      payload.forEach((row, r) =>
        row.forEach((v, c) => {
          const at = { row: write.row + r, col: write.col + c };
          const insideMerge = at.row >= m.row && at.row < m.row + m.rows && at.col >= m.col && at.col < m.col + m.cols;
          if (v !== null && insideMerge && (at.row !== m.row || at.col !== m.col)) {
            throw Object.assign(new Error("Cannot change part of a merged cell."), { code: "MergedRangeConflict" });
          }
        }),
      );
    }
  }

  private guardStructure(): void {
    if (this.workbookProtected) {
      throw Object.assign(new Error("Workbook is protected and cannot be changed."), { code: "AccessDenied" });
    }
  }

  private usedBox(sheet: Sheet): { row: number; col: number; rows: number; cols: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  private block(sheet: Sheet, box: { row: number; col: number; rows: number; cols: number }) {
    // Excel reads at most 5 million cells of a range; past that it reports null.
    const pick = <T>(grid: T[][], empty: T): T[][] =>
      Array.from({ length: box.rows }, (_, r) =>
        Array.from({ length: box.cols }, (_, c) =>
          r * box.cols + c >= FAKE_CELLS_PER_READ ? (null as T) : (grid[box.row + r]?.[box.col + c] ?? empty),
        ),
      );
    return {
      values: pick(sheet.values, "" as unknown),
      valueTypes: pick(sheet.types, "Empty"),
      numberFormat: pick(sheet.formats, "General"),
    };
  }

  private loadableRange(
    sheet: Sheet,
    box: { row: number; col: number; rows: number; cols: number } | null,
    withCells = true,
  ): OfficeMockObject {
    const data = box && withCells ? this.block(sheet, box) : { values: [], valueTypes: [], numberFormat: [] };
    return this.track(
      this.nullable(box === null, {
        rowIndex: box?.row ?? 0,
        columnIndex: box?.col ?? 0,
        rowCount: box?.rows ?? 0,
        columnCount: box?.cols ?? 0,
        address: box ? `${sheet.name}!${this.describe({ box })}` : "",
        ...data,
      }),
    );
  }

  /** isNullObject is known after any sync without being loaded, as in Office; office-addin-mock would demand a load. */
  private nullable(isNull: boolean, data: Record<string, unknown>): OfficeMockObject {
    const mock = new OfficeMockObject(data as never);
    mock["isNullObject"] = isNull;
    return mock;
  }

  private range(sheet: Sheet, box: { row: number; col: number; rows: number; cols: number }): Excel.Range {
    const fake = this;
    let loadable: OfficeMockObject | null = null;
    const reader = (): OfficeMockObject => (loadable ??= fake.loadableRange(sheet, box));
    const path = `${sheet.name}!${this.describe({ box })}`;
    // The format properties of the top-left cell, once a sync has carried their load (format/...): reading them is
    // all the adapter does; any other use of `format` (writes) is recorded as before.
    let formatRequested = false;
    let formatLoaded: object | null = null;
    const range = {
      load(properties: string) {
        if (properties.includes("format/")) {
          formatRequested = true;
          const look = sheet.looks[box.row]?.[box.col] ?? {};
          const format = {
            font: { bold: look.bold ?? false, italic: look.italic ?? false },
            fill: { color: look.fill ?? "#FFFFFF" },
            indentLevel: look.indent ?? 0,
          };
          fake.pendingCells += 1;
          fake.responseBytes += JSON.stringify(format).length;
          fake.queue.push(() => {
            if (formatRequested) formatLoaded = format;
          });
          properties = properties
            .split(",")
            .filter((p) => !p.startsWith("format/"))
            .join(",");
          if (properties === "") return range;
        }
        const mock = reader();
        if (/values|numberFormat|valueTypes/.test(properties)) {
          fake.pendingCells += box.rows * box.cols;
          fake.responseBytes += fake.bytesOfBlock(sheet, box);
        }
        mock.load(properties);
        return range;
      },
      get values() {
        return reader()["values"];
      },
      set values(values: unknown[][]) {
        fake.enqueue(
          { kind: "values", sheet: sheet.name, row: box.row, col: box.col, rows: box.rows, payload: values },
          () => {
            values.forEach((row, r) =>
              row.forEach((v, c) => {
                // Office leaves a cell alone when its entry in the 2D array is null.
                if (v === null) return;
                const target = (sheet.values[box.row + r] ??= []);
                target[box.col + c] = v;
                (sheet.types[box.row + r] ??= [])[box.col + c] = typeOf(v as FakeValue);
              }),
            );
          },
        );
      },
      get numberFormat() {
        return reader()["numberFormat"];
      },
      set numberFormat(formats: string[][]) {
        fake.enqueue(
          { kind: "numberFormat", sheet: sheet.name, row: box.row, col: box.col, rows: box.rows, payload: formats },
          () => {
            formats.forEach((row, r) =>
              row.forEach((f, c) => {
                (sheet.formats[box.row + r] ??= [])[box.col + c] = f;
              }),
            );
          },
        );
      },
      get valueTypes() {
        return reader()["valueTypes"];
      },
      get address() {
        return reader()["address"];
      },
      setCellProperties(properties: Excel.SettableCellProperties[][]) {
        fake.enqueue(
          {
            kind: "cellProperties",
            sheet: sheet.name,
            row: box.row,
            col: box.col,
            rows: box.rows,
            payload: properties,
          },
          () => {
            properties.forEach((row, r) =>
              row.forEach((p, c) => {
                // An empty object changes nothing, like Office.
                if (Object.keys(p).length === 0) return;
                (sheet.properties[box.row + r] ??= [])[box.col + c] = p;
              }),
            );
          },
        );
      },
      copyFrom(source: Excel.Range, copyType: string) {
        const from = (source as unknown as { box: typeof box }).box;
        fake.enqueue(
          { kind: "copyFormats", sheet: sheet.name, row: box.row, col: box.col, rows: 1, payload: copyType },
          () => {
            const p = sheet.properties[from.row]?.[from.col];
            if (p) (sheet.properties[box.row] ??= [])[box.col] = p;
          },
        );
      },
      select() {
        fake.enqueue(
          { kind: "select", sheet: sheet.name, row: box.row, col: box.col, rows: box.rows, payload: null },
          () => {
            fake.selection = { sheet: sheet.name, address: `${columnLetters(box.col)}${box.row + 1}` };
          },
        );
      },
      /** Whole rows, inserted with `insert("Down")`: the rows from the range's first row move down, as in Excel. */
      getEntireRow() {
        return {
          insert(shift: string) {
            if (shift !== "Down") throw new Error(`fake: entire rows insert only Down, not ${shift}`);
            fake.enqueue(
              { kind: "insertRows", sheet: sheet.name, row: box.row, col: 0, rows: box.rows, payload: null },
              () => {
                const empty = (): never[] => [];
                for (const grid of [
                  sheet.values,
                  sheet.types,
                  sheet.formats,
                  sheet.properties,
                  sheet.looks,
                ] as unknown[][][]) {
                  if (grid.length > box.row) grid.splice(box.row, 0, ...Array.from({ length: box.rows }, empty));
                }
                // Tables and merged areas at or below the inserted rows move down with them.
                for (const table of sheet.tables) if (table.box.row >= box.row) table.box.row += box.rows;
                sheet.merges = sheet.merges.map((m) => {
                  const area = parseAddress(m);
                  if (area.row < box.row) return m;
                  const at = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;
                  const top = area.row + box.rows;
                  return `${at(top, area.col)}:${at(top + area.rows - 1, area.col + area.cols - 1)}`;
                });
              },
            );
          },
        };
      },
      get format() {
        return formatLoaded ?? fake.recorder(`${path}.format`);
      },
      getMergedAreasOrNullObject() {
        const within = sheet.merges.filter((m) => overlaps(parseAddress(m), box));
        const address = within.map((m) => `${sheet.name}!${m}`).join(", ");
        return fake.track(fake.nullable(within.length === 0, { address }));
      },
      getUsedRangeOrNullObject() {
        return fake.usedRangeOf(sheet, box);
      },
      box,
    };
    return this.recording(range, path) as unknown as Excel.Range;
  }

  /** The JSON size of values, number formats and value types of a block: what Excel's response carries. */
  bytesOfBlock(sheet: Sheet, box: Box): number {
    const data = this.block(sheet, box);
    return (
      JSON.stringify(data.values).length +
      JSON.stringify(data.numberFormat).length +
      JSON.stringify(data.valueTypes).length
    );
  }

  /** The sheet's Excel tables when the test gave it some; else a recorder, as for everything not modelled. */
  private tablesOf(sheet: Sheet): Excel.TableCollection {
    if (sheet.tables.length === 0) return this.recorder(`${sheet.name}.tables`);
    const fake = this;
    const item = (table: { name: string; box: Box }) => ({
      name: table.name,
      getRange: () => fake.range(sheet, table.box),
      resize: (address: string) =>
        fake.enqueue(
          { kind: "resizeTable", sheet: sheet.name, row: table.box.row, col: table.box.col, rows: 0, payload: address },
          () => {
            table.box = parseAddress(address);
          },
        ),
    });
    return {
      load: () => undefined,
      get items() {
        return sheet.tables.map(item);
      },
      getItem: (name: string) => {
        const table = sheet.tables.find((t) => t.name === name);
        if (!table) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
        return item(table);
      },
    } as unknown as Excel.TableCollection;
  }

  /** Where a test's table now lies, as "A3:F9". */
  tableAddress(sheet: string, name: string): string | null {
    const table = this.sheet(sheet).tables.find((t) => t.name === name);
    return table ? this.describe({ box: table.box }) : null;
  }

  private usedRangeOf(sheet: Sheet, within?: Box): Excel.Range {
    const whole = this.usedBox(sheet);
    const box = whole && within ? intersect(whole, within) : whole;
    const fake = this;
    // Made at load: a used range loaded for its size only never copies its cells (a sheet may span a million rows).
    let mock: OfficeMockObject | null = null;
    const make = (cells: boolean): OfficeMockObject => (mock ??= fake.loadableRange(sheet, box, cells));
    const proxy: Excel.Range = new Proxy({} as Excel.Range, {
      get(_target, prop) {
        if (prop === "isNullObject") return box === null;
        if (prop === "load") {
          return (properties: string) => {
            const cells = /values|numberFormat|valueTypes/.test(properties);
            if (cells && box) {
              fake.pendingCells += box.rows * box.cols;
              fake.responseBytes += fake.bytesOfBlock(sheet, box);
            }
            make(cells).load(properties);
            return proxy;
          };
        }
        const target = make(false);
        const value = target[prop as string] as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return proxy;
  }

  private worksheet(sheet: Sheet): Excel.Worksheet {
    const fake = this;
    const mock = this.track(
      new OfficeMockObject({
        name: sheet.name,
        protection: { protected: sheet.protected },
      }),
    );
    const methods = {
      getUsedRangeOrNullObject: () => fake.usedRangeOf(sheet),
      getRange: (address?: string) =>
        fake.range(sheet, address ? parseAddress(address) : { row: 0, col: 0, rows: 1_048_576, cols: 16_384 }),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
        fake.range(sheet, { row, col, rows, cols }),
      getCell: (row: number, col: number) => fake.range(sheet, { row, col, rows: 1, cols: 1 }),
      activate: () =>
        fake.enqueue({ kind: "activate", sheet: sheet.name, row: 0, col: 0, rows: 0, payload: null }, () => {
          for (const s of fake.sheets) s.active = s === sheet;
        }),
      delete: () =>
        fake.enqueue({ kind: "delete", sheet: sheet.name, row: 0, col: 0, rows: 0, payload: null }, () => {
          fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
        }),
      getRanges: (address: string) => fake.recorder(`${sheet.name}.getRanges(${JSON.stringify(address)})`),
      get tables() {
        return fake.tablesOf(sheet);
      },
    };
    const structural = (apply: (value: unknown) => void) => (value: unknown) => {
      fake.queue.push(() => fake.guardStructure());
      apply(value);
    };
    return this.facade(mock, methods, sheet.name, {
      position: structural((value) => {
        fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
        fake.sheets.splice(value as number, 0, sheet);
      }),
      visibility: structural((value) => {
        sheet.visibility = value as string;
      }),
      name: structural((value) => {
        sheet.name = value as string;
      }),
    }) as unknown as Excel.Worksheet;
  }

  private makeContext(): Excel.RequestContext {
    const fake = this;
    const worksheets = {
      load(properties: string) {
        if (!/items\/name/.test(properties)) throw new Error(`fake: unexpected worksheets.load(${properties})`);
        fake.collectionLoadRequested = true;
        return worksheets;
      },
      get items() {
        if (!fake.collectionLoaded) throw new Error("PropertyNotLoaded: worksheets.items was read before load + sync");
        return fake.itemProxies;
      },
      getItem: (name: string) => fake.worksheet(fake.sheet(name)),
      getItemOrNullObject: (name: string) => {
        const sheet = fake.sheets.find((s) => s.name === name);
        return sheet ? fake.worksheet(sheet) : { isNullObject: true, load: () => undefined };
      },
      add: (name: string) => {
        fake.queue.push(() => fake.guardStructure());
        const sheet: Sheet = {
          name,
          values: [],
          types: [],
          formats: [],
          looks: [],
          properties: [],
          merges: [],
          protected: false,
          visibility: "Visible",
          active: false,
          tables: [],
        };
        fake.sheets.push(sheet);
        fake.calls.push(`worksheets.add(${JSON.stringify(name)})`);
        return fake.worksheet(sheet);
      },
      onSelectionChanged: { add: () => undefined },
    };
    const context = {
      workbook: {
        worksheets,
        get protection() {
          return fake.track(new OfficeMockObject({ protected: fake.workbookProtected }));
        },
        getSelectedRange: () => {
          const selected = fake.selection;
          return fake.track(new OfficeMockObject({ address: selected ? `${selected.sheet}!${selected.address}` : "" }));
        },
      },
      application: {
        suspendScreenUpdatingUntilNextSync: () => {
          fake.screenUpdatingSuspensions++;
        },
      },
      sync: () => fake.sync(),
    };
    return context as unknown as Excel.RequestContext;
  }

  private itemProxies: Excel.Worksheet[] = [];

  private async sync(): Promise<void> {
    this.syncCount++;
    const queue = this.queue;
    const cells = this.pendingCells;
    const requestBytes = this.queuedBytes;
    const responseBytes = this.responseBytes;
    this.batchSizes.push(requestBytes);
    this.syncs.push({ requestBytes, responseBytes });
    this.queue = [];
    this.pendingCells = 0;
    this.queuedBytes = 0;
    this.responseBytes = 0;
    const fail = (code: string, message: string): never => {
      throw Object.assign(new Error(message), { code });
    };
    if (this.failAtSync === this.syncCount) fail("GeneralException", "An internal error has occurred.");
    if (this.cellEditing) {
      if (!this.delayForCellEdit) fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      // Excel holds the request until the user leaves the cell, then runs it.
      this.delayedForCellEdit++;
      this.cellEditing = false;
    }
    if (requestBytes > FAKE_PAYLOAD_LIMIT) {
      fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    if (responseBytes > FAKE_PAYLOAD_LIMIT || (this.responseCellLimit !== null && cells > this.responseCellLimit)) {
      fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const apply of queue) apply();
    if (this.collectionLoadRequested) {
      this.itemProxies = this.sheets.map((s) => {
        const proxy = this.worksheet(s);
        (proxy as unknown as OfficeMockObject).load("name");
        return proxy;
      });
      this.collectionLoadRequested = false;
      this.collectionLoaded = true;
    }
    // Every mock ever handed out is synced: office-addin-mock only publishes loaded properties, so this is harmless.
    for (const mock of this.mocks) await mock.sync();
    // office-addin-mock settles nested properties in microtasks it does not await.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// A FAKE Excel host for the browser test. This is not Excel.
//
// Outside Office, office.js loads but Office.onReady resolves with host null, Office.context has no display language
// or requirement sets, and there is no Excel namespace at all. This script, injected with page.addInitScript before
// any page script runs, supplies exactly what the task pane and the Office adapter use: Office.onReady reporting
// Excel, Office.context (host, displayLanguage, requirements, document.settings) and an Excel.run over a small
// in-memory workbook. Unlike real Excel it answers loads at once instead of at context.sync(); batching and round
// trips are tested in Node against test/office/fake-excel.ts. Anything it does not model is recorded, not faked.
//
// Failures it can play (config): `protectedSheets` (names), `workbookProtected`, `failCode` (every sync of a batch
// that writes fails with that OfficeExtension error code, as Excel reports it), `cellEditing` (a batch fails with
// InvalidOperationInCellEditMode unless Excel.run was given { delayForCellEdit: true }, which then waits), and
// `undoNoticeShown` (false: a new user who has not seen the undo notice).
//
// It must be self-contained: Playwright sends its source text into the page.
export function installFakeExcelHost(config) {
  "use strict";
  const state = {
    sheets: config.sheets.map((s) => ({
      name: s.name,
      cells: s.cells.map((row) => row.map((c) => (c && typeof c === "object" ? Object.assign({}, c) : { v: c }))),
      merges: s.merges || [],
      visibility: "Visible",
    })),
    selection: { sheet: config.sheets[0].name, address: "A1" },
    syncs: 0,
    runs: [],
    protectedSheets: config.protectedSheets || [],
    workbookProtected: config.workbookProtected || false,
    cellEditing: config.cellEditing || false,
    calls: [],
    handlers: [],
    settings: {},
  };
  window.__fakeExcel = state;
  if (config.stray) {
    // A stray value far away (`stray: { sheet, row, col }`), without sending a million rows through the test.
    const target = state.sheets.find((s) => s.name === config.stray.sheet);
    const row = [];
    row[config.stray.col] = { v: "x" };
    target.cells[config.stray.row] = row;
  }

  const letters = (col) => {
    let n = col + 1;
    let out = "";
    while (n > 0) {
      out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  };
  const colIndex = (l) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const parse = (address) => {
    const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const [a, b] = bare.replace(/\$/g, "").split(":");
    if (/^\d+$/.test(a)) {
      const last = Number(b || a);
      return { row: Number(a) - 1, col: 0, rows: last - Number(a) + 1, cols: 16384 };
    }
    if (/^[A-Z]+$/.test(a)) {
      const first = colIndex(a);
      return { row: 0, col: first, rows: 1048576, cols: colIndex(b || a) - first + 1 };
    }
    const cell = (ref) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
    };
    const s = cell(a);
    const e = b ? cell(b) : s;
    return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
  };
  const typeOf = (c) => {
    if (!c || c.v === null || c.v === undefined || c.v === "") return "Empty";
    if (c.t) return c.t;
    if (typeof c.v === "number") return "Double";
    if (typeof c.v === "boolean") return "Boolean";
    return "String";
  };
  const sheetByName = (name) => {
    const sheet = state.sheets.find((s) => s.name === name);
    if (!sheet) throw Object.assign(new Error("ItemNotFound: " + name), { code: "ItemNotFound" });
    return sheet;
  };

  // Whatever the fake does not model: record it and return more of the same.
  const recorder = (path) =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (typeof prop === "symbol") return undefined;
        if (prop === "items") return [];
        if (prop === "load") return () => undefined;
        return recorder(path + "." + prop);
      },
      set(_t, prop, value) {
        state.calls.push(path + "." + String(prop) + " = " + JSON.stringify(value));
        return true;
      },
      apply(_t, _this, args) {
        state.calls.push(
          path + "(" + args.map((a) => (a && a.__box ? a.__address : JSON.stringify(a))).join(", ") + ")",
        );
        return recorder(path + "()");
      },
    });
  const withRecorder = (target, path) =>
    new Proxy(target, {
      get(t, prop) {
        if (typeof prop === "symbol" || prop in t) return t[prop];
        return recorder(path + "." + prop);
      },
    });

  const range = (sheet, box) => {
    const cellAt = (r, c) => (sheet.cells[box.row + r] || [])[box.col + c];
    const grid = (fn) =>
      Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => fn(cellAt(r, c))));
    const put = (r, c, update) => {
      const row = (sheet.cells[box.row + r] = sheet.cells[box.row + r] || []);
      row[box.col + c] = Object.assign({}, row[box.col + c] || { v: "" }, update);
    };
    const target = {
      __box: true,
      __address: sheet.name + "!" + letters(box.col) + (box.row + 1),
      load() {
        return this;
      },
      get address() {
        return "'" + sheet.name.replace(/'/g, "''") + "'!" + letters(box.col) + (box.row + 1);
      },
      get values() {
        return grid((c) => (c && c.v !== null && c.v !== undefined ? c.v : ""));
      },
      set values(values) {
        values.forEach((row, r) => row.forEach((v, c) => v !== null && put(r, c, { v, t: undefined })));
      },
      get numberFormat() {
        return grid((c) => (c && c.f) || "General");
      },
      set numberFormat(formats) {
        formats.forEach((row, r) => row.forEach((f, c) => put(r, c, { f })));
      },
      get valueTypes() {
        return grid(typeOf);
      },
      setCellProperties(properties) {
        properties.forEach((row, r) =>
          row.forEach((p, c) => {
            if (p && p.format)
              put(r, c, { color: p.format.font && p.format.font.color, bold: p.format.font && p.format.font.bold });
          }),
        );
      },
      copyFrom() {},
      select() {
        state.selection = { sheet: sheet.name, address: letters(box.col) + (box.row + 1) };
      },
      getMergedAreasOrNullObject() {
        const within = sheet.merges.filter((m) => {
          const a = parse(m);
          return a.row < box.row + box.rows && box.row < a.row + a.rows;
        });
        return {
          load() {},
          isNullObject: within.length === 0,
          address: within.map((m) => "'" + sheet.name + "'!" + m).join(", "),
        };
      },
      getUsedRangeOrNullObject: () => usedRange(sheet, box),
    };
    return withRecorder(target, sheet.name + "!" + letters(box.col) + (box.row + 1));
  };

  const usedRange = (sheet, within) => {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    const inside = (r, c) =>
      !within || (r >= within.row && r < within.row + within.rows && c >= within.col && c < within.col + within.cols);
    sheet.cells.forEach((row, r) =>
      (row || []).forEach((c, col) => {
        if (typeOf(c) === "Empty" || !inside(r, col)) return;
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }),
    );
    if (bottom < 0) return { load() {}, isNullObject: true };
    const r = range(sheet, { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
    return Object.assign(Object.create(r), {
      isNullObject: false,
      rowIndex: top,
      columnIndex: left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
      load() {},
    });
  };

  const worksheet = (sheet) =>
    withRecorder(
      {
        load() {},
        isNullObject: false,
        get name() {
          return sheet.name;
        },
        set name(n) {
          sheet.name = n;
        },
        get visibility() {
          return sheet.visibility;
        },
        set visibility(v) {
          sheet.visibility = v;
        },
        set position(p) {
          state.sheets.splice(state.sheets.indexOf(sheet), 1);
          state.sheets.splice(p, 0, sheet);
        },
        get protection() {
          return { load() {}, protected: state.protectedSheets.includes(sheet.name) };
        },
        getUsedRangeOrNullObject: () => usedRange(sheet),
        getRange: (address) => range(sheet, address ? parse(address) : { row: 0, col: 0, rows: 1, cols: 1 }),
        getRangeByIndexes: (row, col, rows, cols) => range(sheet, { row, col, rows, cols }),
        getCell: (row, col) => range(sheet, { row, col, rows: 1, cols: 1 }),
        getRanges: (address) => recorder(sheet.name + ".getRanges(" + JSON.stringify(address) + ")"),
        activate() {
          state.activeSheet = sheet.name;
        },
        delete() {
          state.sheets.splice(state.sheets.indexOf(sheet), 1);
        },
      },
      sheet.name,
    );

  const context = () => ({
    workbook: {
      worksheets: {
        load() {},
        get items() {
          return state.sheets.map(worksheet);
        },
        getItem: (name) => worksheet(sheetByName(name)),
        getItemOrNullObject: (name) => {
          const sheet = state.sheets.find((s) => s.name === name);
          return sheet ? worksheet(sheet) : { isNullObject: true, load() {} };
        },
        add: (name) => {
          const sheet = { name, cells: [], merges: [], visibility: "Visible" };
          state.sheets.push(sheet);
          return worksheet(sheet);
        },
        onSelectionChanged: { add: (handler) => state.handlers.push(handler) },
      },
      getSelectedRange: () => range(sheetByName(state.selection.sheet), parse(state.selection.address)),
      get protection() {
        return { load() {}, protected: state.workbookProtected };
      },
    },
    application: { suspendScreenUpdatingUntilNextSync() {} },
    sync: async () => {
      state.syncs++;
      if (state.cellEditing) {
        if (!options.delayForCellEdit) {
          throw Object.assign(new Error("Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
        }
        state.delayedForCellEdit = (state.delayedForCellEdit || 0) + 1;
        state.cellEditing = false;
      }
      if (config.failCode) {
        // Raw API text, as Excel would send it: the user must never see this.
        throw Object.assign(new Error("RichApi.Error: The request could not be processed (" + config.failCode + ")."), {
          name: "RichApi.Error",
          code: config.failCode,
        });
      }
    },
  });
  let options = {};

  window.Excel = {
    run: async (optionsOrBatch, maybeBatch) => {
      const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
      options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
      state.runs.push(options);
      return batch(context());
    },
  };
  try {
    if (config.undoNoticeShown === false) localStorage.removeItem("malstyrning.undoNoticeShown");
    else localStorage.setItem("malstyrning.undoNoticeShown", "1");
  } catch {
    // No storage: the workbook settings remember it.
  }
  if (config.settings) Object.assign(state.settings, config.settings);

  // What the test calls to play the user selecting a cell in the grid.
  state.selectCell = async (sheet, address) => {
    state.selection = { sheet, address };
    for (const handler of state.handlers)
      await handler({ address, worksheetId: sheet, type: "WorksheetSelectionChanged" });
  };
  state.column = (sheet, col) => sheetByName(sheet).cells.map((row) => (row && row[col] ? row[col] : null));

  // office.js replaces window.Office when it loads; patch it right after its <script> has run.
  // Office.context only exists once office.js has initialised, so it is filled in when onReady resolves.
  const patchContext = (Office) => {
    if (!Office.context) Office.context = {};
    const ctx = Office.context;
    Object.assign(ctx, {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: config.displayLanguage,
      requirements: { isSetSupported: () => true },
    });
    ctx.document = ctx.document || {};
    ctx.document.settings = {
      get: (k) => (k in state.settings ? state.settings[k] : null),
      set: (k, v) => {
        state.settings[k] = v;
      },
      remove: (k) => {
        delete state.settings[k];
      },
      saveAsync: (cb) => cb && cb({ status: "succeeded" }),
    };
  };
  const patch = () => {
    const Office = window.Office;
    if (!Office || Office.__fake) return;
    Office.__fake = true;
    const onReady = Office.onReady.bind(Office);
    Office.onReady = (callback) =>
      onReady().then(() => {
        patchContext(Office);
        const info = { host: "Excel", platform: "OfficeOnline" };
        if (callback) callback(info);
        return info;
      });
  };
  document.addEventListener(
    "load",
    (event) => {
      if (event.target && event.target.src && event.target.src.includes("office.js")) patch();
    },
    true,
  );
}

import { patchStatusColumn, type ColumnCell } from "../../../../src/adapters/xlsx/parts/sheet-status";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C4"/>';

/** A worksheet part with the given <sheetData> body and anything after it (merges…). */
const sheet = (rows: string, tail = ""): string => `${HEAD}<sheetData>${rows}</sheetData>${tail}</worksheet>`;

/** Status cells whose xf is "the current one + 100", so a test sees which xf each cell was derived from. */
const status = (row: number, text = "↑"): ColumnCell => ({ row, text, style: (current) => current + 100 });

function patched(xml: string, col: number, cells: ColumnCell[]): string {
  const result = patchStatusColumn(xml, { col, cells });
  if (!result.ok) throw new Error(result.reason);
  return result.xml;
}

function sheetData(xml: string): string {
  return /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";
}

describe("the Status column patched into a worksheet part", () => {
  const rows =
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="s"><v>1</v></c><c r="C1" s="4" t="s"><v>2</v></c></row>' +
    '<row r="3" spans="1:3"><c r="A3" s="2"><v>1</v></c><c r="C3" s="5" t="s"><v>7</v></c></row>' +
    '<row r="4" spans="1:3"><c r="A4" s="2"><v>2</v></c><c r="B4" s="6"><f>A4*2</f><v>4</v></c></row>';

  it("replaces an existing cell and leaves every other cell as it was", () => {
    const xml = patched(sheet(rows), 2, [status(2, "↓")]);
    expect(sheetData(xml)).toContain(
      '<row r="3"><c r="A3" s="2"><v>1</v></c><c r="C3" s="105" t="inlineStr"><is><t>↓</t></is></c></row>',
    );
    // Rows 1 and 4 are untouched, byte for byte (spans included).
    expect(sheetData(xml)).toContain(rows.slice(0, rows.indexOf('<row r="3"')));
    expect(sheetData(xml).endsWith(rows.slice(rows.indexOf('<row r="4"')))).toBe(true);
  });

  it("inserts a cell in column order when the row has none in the Status column", () => {
    const xml = patched(sheet(rows), 1, [status(2)]);
    expect(sheetData(xml)).toContain(
      '<row r="3"><c r="A3" s="2"><v>1</v></c><c r="B3" s="100" t="inlineStr"><is><t>↑</t></is></c><c r="C3" s="5" t="s"><v>7</v></c></row>',
    );
  });

  it("adds missing rows between and after the existing ones, in order", () => {
    const xml = patched(sheet(rows), 2, [status(1, "→"), status(5, "–")]);
    const order = [...sheetData(xml).matchAll(/<row r="(\d+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["1", "2", "3", "4", "6"]);
    expect(sheetData(xml)).toContain('<row r="2"><c r="C2" s="100" t="inlineStr"><is><t>→</t></is></c></row>');
    expect(xml).toContain('<dimension ref="A1:C6"/>');
  });

  it("reports that a formula was replaced, so the caller can drop Excel's calculation chain", () => {
    const result = patchStatusColumn(sheet(rows), { col: 1, cells: [status(3)] });
    expect(result).toMatchObject({ ok: true, formulaReplaced: true });
    const plain = patchStatusColumn(sheet(rows), { col: 2, cells: [status(2)] });
    expect(plain).toMatchObject({ ok: true, formulaReplaced: false });
  });

  it("leaves the inner cells of a merged area alone: Excel shows the top-left cell there", () => {
    const merges = '<mergeCells count="1"><mergeCell ref="C3:C4"/></mergeCells>';
    const xml = patched(sheet(rows, merges), 2, [status(2), status(3)]);
    expect(sheetData(xml)).toContain('<c r="C3" s="105" t="inlineStr">');
    expect(sheetData(xml)).not.toContain('r="C4"');
  });

  it("formats a new cell like its row when the row has a format, else like its column", () => {
    const cols = '<cols><col min="3" max="3" width="12" style="8" customWidth="1"/></cols>';
    const xml = `${HEAD}${cols}<sheetData><row r="1" s="9" customFormat="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`;
    const out = sheetData(patched(xml, 2, [status(0), status(1)]));
    expect(out).toContain('<c r="C1" s="109"');
    expect(out).toContain('<c r="C2" s="108"');
  });

  it("gives an added header the format of the header to its left", () => {
    const header: ColumnCell = { row: 0, text: "Status", style: (current, left) => (left ?? -1) * 10 + current };
    const out = sheetData(patched(sheet(rows), 3, [header]));
    expect(out).toContain('<c r="D1" s="40" t="inlineStr"><is><t>Status</t></is></c></row>');
  });

  it("fills an empty <sheetData/>", () => {
    const xml = `${HEAD}<sheetData/></worksheet>`;
    expect(patched(xml, 0, [status(0)])).toContain(
      '<sheetData><row r="1"><c r="A1" s="100" t="inlineStr"><is><t>↑</t></is></c></row></sheetData></worksheet>',
    );
  });

  it("escapes text and writes it as an inline string, never as a formula", () => {
    const out = patched(sheet(rows), 2, [{ row: 0, text: "=A&B <Status>", style: () => 0 }]);
    expect(out).toContain('<c r="C1" t="inlineStr"><is><t>=A&amp;B &lt;Status&gt;</t></is></c>');
  });

  it.each([
    [
      "a shared formula anchored in the Status column",
      '<row r="1"><c r="C1"><f t="shared" ref="C1:C9" si="0">A1</f><v>1</v></c></row>',
      /formel som gäller fler celler \(C1:C9\)/,
    ],
    [
      "an array formula over several cells",
      '<row r="1"><c r="C1"><f t="array" ref="C1:C2">A1:A2</f><v>1</v></c></row>',
      /C1:C2/,
    ],
    ["a row without its number", '<row><c r="C1"><v>1</v></c></row>', /radnummer/],
    ["a cell without its address", '<row r="1"><c><v>1</v></c></row>', /saknar adress/],
    ["rows out of order", '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>', /ordning/],
  ])("refuses %s instead of guessing", (_what, body, reason) => {
    const result = patchStatusColumn(sheet(body), { col: 2, cells: [status(0), status(2)] });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(reason);
  });

  it("refuses a sheet written with a namespace prefix", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>';
    expect(patchStatusColumn(xml, { col: 0, cells: [status(0)] }).ok).toBe(false);
  });

  it("overwrites a shared formula's dependant and leaves its anchor cell as it was", () => {
    const body =
      '<row r="1"><c r="C1"><f t="shared" ref="C1:C3" si="0">A1</f><v>1</v></c></row>' +
      '<row r="2"><c r="C2"><f t="shared" si="0"/><v>2</v></c></row>';
    const result = patchStatusColumn(sheet(body), { col: 2, cells: [status(1)] });
    expect(result).toMatchObject({ ok: true, formulaReplaced: true });
    expect(result.ok && sheetData(result.xml)).toContain('<f t="shared" ref="C1:C3" si="0">A1</f>');
  });
});

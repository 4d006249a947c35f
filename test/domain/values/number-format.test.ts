import { readNumberFormat } from "../../../src/domain/values/number-format";

describe("readNumberFormat", () => {
  it.each<[string | null, "number" | "percent" | "percent-literal" | "date", string | null]>([
    [null, "number", null],
    ["General", "number", null],
    ["Standard", "number", null],
    ["@", "number", null],
    ["0.00", "number", null],
    ["# ##0", "number", null],
    ["#,##0;[Red]-#,##0", "number", null],
    ['# ##0 "mkr"', "number", "mkr"],
    ['0.0" dagar"', "number", "dagar"],
    ["#,##0\\ \\k\\r", "number", "kr"],
    ["[$kr-41D] #,##0", "number", "kr"],
    ["[$-41D]0.0", "number", null],
    ["0.00E+00", "number", null],
    ['0 "days" ;-0', "number", "days"],
    ["0%", "percent", null],
    ["0.0 %", "percent", null],
    ['0 "%"', "percent-literal", null],
    ["yyyy-mm-dd", "date", null],
    ["YYYY-MM-DD", "date", null],
    ["åååå-MM-dd", "date", null],
    ["d/m/yyyy", "date", null],
    ["[$-41D]d mmmm yyyy", "date", null],
    ["h:mm", "date", null],
    ["[h]:mm", "date", null],
    ["mm:ss", "date", null],
    ["[Red]yyyy-mm-dd", "date", null],
  ])("%j", (format, kind, unit) => {
    expect(readNumberFormat(format)).toEqual({ kind, unit });
  });

  it("never throws on broken formats", () => {
    for (const format of ['"', "[", "\\", "_", "*", '0 "mkr', "[$", ";;;"]) {
      expect(() => readNumberFormat(format)).not.toThrow();
    }
  });
});

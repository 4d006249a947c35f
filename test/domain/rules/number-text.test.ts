import { formatNumberText, formatPercentText, parseNumberText } from "../../../src/domain/rules/number-text";

describe("numbers on the Regler sheet", () => {
  it.each([
    ["10 %", 10, true],
    ["10%", 10, true],
    ["12,5 %", 12.5, true],
    ["0,5", 0.5, false],
    ["0.5", 0.5, false],
    ["1 600", 1600, false],
    ["1\u00A0600", 1600, false],
    ["−2,5", -2.5, false],
    [",5", 0.5, false],
  ])("reads %s", (text, value, percent) => {
    expect(parseNumberText(text)).toEqual({ value, percent });
  });

  it.each(["tio", "", "10 st", "1,2,3", "%", "1e3"])("does not read %s", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("writes the Swedish way without binary noise", () => {
    expect(formatPercentText(0.1)).toBe("10 %");
    expect(formatPercentText(0.333)).toBe("33,3 %");
    expect(formatPercentText(1e-9)).toBe("0,0000001 %");
    expect(formatNumberText(0.1 + 0.2)).toBe("0,3");
  });
});

import { readNumberText } from "../../../src/domain/values/number-text";

describe("a cell text that is one number (the Regler sheet's settings)", () => {
  it.each([
    ["10 %", 10, true],
    ["10%", 10, true],
    ["10 procent", 10, true],
    ["10 Procent", 10, true],
    ["12,5 %", 12.5, true],
    ["0,5", 0.5, false],
    ["0.5", 0.5, false],
    ["0,1", 0.1, false],
    [",5", 0.5, false],
    [".5", 0.5, false],
    [",5 %", 0.5, true],
    ["75", 75, false],
    ["1 600", 1600, false],
    ["1\u00A0600", 1600, false],
    ["−2,5", -2.5, false],
    ["-,5", -0.5, false],
    [" 10 % ", 10, true],
  ])("reads %j", (text, value, percent) => {
    expect(readNumberText(text)).toEqual({ value, percent });
  });

  it.each(["tio", "", "10 st", "1,2,3", "%", "1e3", "minst 10 %", "10 % inom 30 dagar", "5 procentenheter", "s.5"])(
    "does not read %j",
    (text) => {
      expect(readNumberText(text)).toBeNull();
    },
  );
});

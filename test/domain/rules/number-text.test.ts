import { formatNumberText, formatPercentText } from "../../../src/domain/rules/number-text";
import { readNumberText } from "../../../src/domain/values/number-text";

describe("numbers written on the Regler sheet", () => {
  it("writes the Swedish way without binary noise, and what it writes reads back", () => {
    expect(formatPercentText(0.1)).toBe("10 %");
    expect(formatPercentText(0.333)).toBe("33,3 %");
    expect(formatPercentText(1e-9)).toBe("0,0000001 %");
    expect(formatNumberText(0.1 + 0.2)).toBe("0,3");
    expect(readNumberText(formatPercentText(0.333))).toEqual({ value: 33.3, percent: true });
  });
});

import { formatNumberSv, formatPercentSv, formatValueSv } from "../../../src/domain/values/format";
import type { ReadValue } from "../../../src/domain/values/types";

describe("formatNumberSv", () => {
  it.each<[number, string]>([
    [0, "0"],
    [-0, "0"],
    [42, "42"],
    [203.5, "203,5"],
    [1600, "1 600"],
    [30000, "30 000"],
    [1234567.891, "1 234 567,89"],
    [-1600.25, "-1 600,25"],
    [0.1 + 0.2, "0,3"],
    [1.005, "1,01"],
    [2.675, "2,68"],
    [-0.001, "0"],
    [999.999, "1 000"],
  ])("%p is %j", (n, text) => {
    expect(formatNumberSv(n)).toBe(text);
  });

  it("takes the number of decimals", () => {
    expect(formatNumberSv(3.14159, 4)).toBe("3,1416");
    expect(formatNumberSv(3.14159, 0)).toBe("3");
  });

  it("uses a plain space between thousands", () => {
    expect(formatNumberSv(1600)).toBe("1\u0020600");
  });

  it.each<[number, string]>([
    [NaN, "NaN"],
    [Infinity, "∞"],
    [-Infinity, "-∞"],
  ])("%p is %j", (n, text) => {
    expect(formatNumberSv(n)).toBe(text);
  });
});

describe("formatPercentSv", () => {
  it.each<[number, string]>([
    [0.61, "61 %"],
    [0.9, "90 %"],
    [0.045, "4,5 %"],
    [-0.007, "-0,7 %"],
    [0.07, "7 %"],
    [1, "100 %"],
    [12.5, "1 250 %"],
    [0.123456, "12,35 %"],
  ])("%p is %j", (fraction, text) => {
    expect(formatPercentSv(fraction)).toBe(text);
  });
});

describe("formatValueSv", () => {
  const base = { text: "som skrivet", comparison: null };
  it.each<[ReadValue, string]>([
    [{ ...base, kind: "number", value: 37.8, unit: "mkr" }, "37,8 mkr"],
    [{ ...base, kind: "number", value: 1600, unit: null }, "1 600"],
    [{ ...base, kind: "percent", value: 0.9, unit: null }, "90 %"],
    [{ ...base, kind: "boolean", value: true, state: "yes", unit: null }, "Ja"],
    [{ ...base, kind: "boolean", value: false, state: "ongoing", unit: null }, "Pågår"],
    [{ ...base, kind: "boolean", value: false, state: "no", unit: null }, "Nej"],
    [
      {
        kind: "baseline",
        value: null,
        ref: "2020",
        unit: null,
        text: "Lägre än 2020",
        comparison: { direction: "lower", strict: true },
      },
      "lägre än 2020",
    ],
    [
      {
        kind: "baseline",
        value: null,
        ref: "",
        unit: null,
        text: "Ska öka",
        comparison: { direction: "higher", strict: true },
      },
      "högre än jämförelsevärdet",
    ],
    [{ ...base, kind: "baseline", value: null, ref: "föregående år", unit: null }, "jämfört med föregående år"],
    [
      {
        kind: "baseline",
        value: null,
        ref: "2019",
        unit: null,
        text: "Minska med 10 % jämfört med 2019",
        comparison: { direction: "lower", strict: true },
        change: { value: 0.1, percent: true },
      },
      "10 % lägre än 2019",
    ],
    [{ ...base, kind: "range", value: 0.8, high: 0.9, percent: true, unit: null }, "80–90 %"],
    [{ ...base, kind: "range", value: 5, high: 10, percent: false, unit: "dagar" }, "5–10 dagar"],
    [{ ...base, kind: "unparseable", value: null, unit: null, reason: "text" }, "som skrivet"],
  ])("%j reads %j", (value, text) => {
    expect(formatValueSv(value)).toBe(text);
  });
});

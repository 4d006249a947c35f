import type { RawCell } from "../../../src/domain/grid";
import { findLayout } from "../../../src/domain/sheet/header-row";
import { choosePeriod, periodColumn } from "../../../src/domain/sheet/periods";
import type { SheetLayout } from "../../../src/domain/sheet/types";
import { sheet } from "./fixture";

function layoutOf(name: string, rows: RawCell[][]): SheetLayout {
  const layout = findLayout(sheet(name, rows));
  if (!layout) throw new Error("fixture has no header");
  return layout;
}

const tertial = layoutOf("Vårdplan", [
  ["Nivå", "Namn", "Målvärde", "Utfall april", "Utfall augusti", "Utfall helår", "Status"],
  ["Mål", "Kortare väntetider", null, null, null, null, null],
  ["Mätetal", "Andel inom 30 dagar", "90 %", "61 %", "70 %", null, null],
]);

const onlyApril = layoutOf("Miljöplan", [
  ["Nivå", "Namn", "Målvärde", "Resultat per augusti", "Utfall april"],
  ["Mål", "Minskad energianvändning", null, null, null],
  ["Mätetal", "Energi per kvadratmeter", "200", null, "203,5"],
]);

const empty = layoutOf("Ny plan", [
  ["Nivå", "Namn", "Målvärde", "Utfall 2022", "Utfall 2023"],
  ["Mål", "Något", null, null, null],
]);

describe("choosing the period", () => {
  it("lists every Utfall header once, in order of appearance", () => {
    expect(choosePeriod([tertial, onlyApril, empty], null).periods).toEqual([
      "Utfall april",
      "Utfall augusti",
      "Utfall helår",
      "Resultat per augusti",
      "Utfall 2022",
      "Utfall 2023",
    ]);
  });

  it("takes the rightmost column with values when none is asked for", () => {
    expect(choosePeriod([tertial, onlyApril], null)).toMatchObject({ period: "Utfall augusti", problems: [] });
  });

  it("takes the first sheet that has values", () => {
    expect(choosePeriod([empty, onlyApril], null).period).toBe("Utfall april");
    expect(choosePeriod([empty, onlyApril], "  ").period).toBe("Utfall april");
  });

  it("takes the rightmost column when no sheet has values yet", () => {
    expect(choosePeriod([empty], null).period).toBe("Utfall 2023");
  });

  it("has no period without Utfall columns", () => {
    const none = layoutOf("Plan", [["Nivå", "Namn", "Målvärde"]]);
    expect(choosePeriod([none], null)).toEqual({ period: null, periods: [], problems: [] });
  });

  it("matches a requested period regardless of case and spaces", () => {
    expect(choosePeriod([tertial, onlyApril], "utfall  HELÅR")).toMatchObject({ period: "Utfall helår", problems: [] });
    expect(choosePeriod([tertial, onlyApril], "Resultatperaugusti").period).toBe("Resultat per augusti");
  });

  it("accepts a part of a header when only one header contains it", () => {
    expect(choosePeriod([tertial], "augusti").period).toBe("Utfall augusti");
    expect(choosePeriod([tertial], "HELÅR").period).toBe("Utfall helår");
  });

  it("reports a part that fits several headers", () => {
    const result = choosePeriod([tertial, onlyApril], "augusti");
    expect(result.period).toBeNull();
    expect(result.problems).toMatchObject([
      { code: "UNKNOWN_PERIOD", severity: "error", sheet: null, cell: null, params: { value: "augusti" } },
    ]);
    expect(result.problems[0]?.message).toContain("Utfall augusti, Resultat per augusti");
  });

  it("reports an unknown period with the ones there are", () => {
    const result = choosePeriod([tertial], "december");
    expect(result.period).toBeNull();
    expect(result.problems).toMatchObject([
      {
        code: "UNKNOWN_PERIOD",
        params: { value: "december", available: "Utfall april, Utfall augusti, Utfall helår" },
      },
    ]);
  });
});

describe("the period's column on each sheet", () => {
  it("is the column with that header", () => {
    expect(periodColumn(tertial, "Utfall april")).toBe(3);
    expect(periodColumn(onlyApril, "utfall april")).toBe(4);
  });

  it("falls back to the sheet's own rightmost column with values", () => {
    expect(periodColumn(onlyApril, "Utfall augusti")).toBe(4);
    expect(periodColumn(tertial, null)).toBe(4);
  });

  it("falls back to the sheet's rightmost Utfall column, else none", () => {
    expect(periodColumn(empty, "Utfall april")).toBe(4);
    expect(periodColumn(layoutOf("Plan", [["Nivå", "Namn"]]), "Utfall april")).toBeNull();
  });
});

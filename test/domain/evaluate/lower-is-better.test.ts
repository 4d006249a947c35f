/** SPEC §2: measures read as lower-is-better from their names, when nothing stronger decides. */
import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { REGLER_SHEET_NAME } from "../../../src/domain/rules/regler-layout";
import { places, problems, row, said, sheet, workbook } from "./sheets";
import { adr } from "../../support/adr";

const HEADER = ["Nivå", "Namn", "Målvärde", "Utfall", "Riktning"];

function evaluate(indicators: RawCell[][], regler?: RawCell[][]) {
  const plan = sheet("Plan", [HEADER, ["Mål", "Målet"], ...indicators.map((cells) => ["Mätetal", ...cells])]);
  const sheets = regler === undefined ? [plan] : [sheet(REGLER_SHEET_NAME, regler), plan];
  return evaluateWorkbook(workbook(...sheets), { period: null });
}

describe("a lower-is-better measure named in the indicator", () => {
  it("Sjukfrånvaro with target 7,0 %: lower is better, from the name, with a warning that says so", () => {
    const evaluation = evaluate([
      ["Sjukfrånvaro", "7,0 %", "6,5 %"],
      ["Sjukfrånvaron i förvaltningen", "7,0 %", "8,2 %"],
    ]);
    expect(said(row(evaluation, "Sjukfrånvaro"))).toMatchObject({
      direction: "lower",
      directionSource: "name",
      status: "green",
      explanation: "Utfall 6,5 % är högst målvärdet 7 % (lägre är bättre) → grön.",
    });
    expect(row(evaluation, "Sjukfrånvaron i förvaltningen")).toMatchObject({ direction: "lower", status: "red" });
    expect(problems(evaluation, "DIRECTION_ASSUMED")).toEqual([]);
    const warnings = problems(evaluation, "DIRECTION_FROM_NAME");
    expect(warnings.map((w) => [w.severity, w.cell])).toEqual([
      ["warning", adr("E3")],
      ["warning", adr("E4")],
    ]);
    expect(warnings[0]?.message).toBe(
      'Riktningen för "Sjukfrånvaro" tas från namnet: sjukfrånvaro räknas som ett mått där lägre är bättre. Ange Riktning för att vara säker.',
    );
  });

  it("stronger sources decide without a warning: Riktning, comparator words in the target, the name's own words", () => {
    const evaluation = evaluate([
      ["Sjukfrånvaro", "7,0 %", "6,5 %", "Högre är bättre"],
      ["Väntetid", "minst 10 dagar", "12 dagar"],
      ["Kortare väntetid", "14 dagar", "12 dagar"],
    ]);
    expect(row(evaluation, "Sjukfrånvaro")).toMatchObject({ direction: "higher", directionSource: "column" });
    expect(row(evaluation, "Väntetid")).toMatchObject({ direction: "higher", directionSource: "target" });
    expect(row(evaluation, "Kortare väntetid")).toMatchObject({ direction: "lower", directionSource: "name" });
    expect(problems(evaluation, "DIRECTION_ASSUMED")).toEqual([]);
    expect(problems(evaluation, "DIRECTION_FROM_NAME")).toEqual([]);
  });

  it("is not fooled: a share within the waiting limit, or a name pointing both ways, falls back to the default", () => {
    const evaluation = evaluate([
      ["Andel patienter med väntetid inom vårdgarantin", "90 %", "85 %"],
      ["Fler patienter med kortare väntetid", "1 000", "900"],
    ]);
    expect(row(evaluation, "Andel patienter med väntetid inom vårdgarantin")).toMatchObject({
      direction: "higher",
      directionSource: "default",
    });
    expect(row(evaluation, "Fler patienter med kortare väntetid").directionSource).toBe("default");
    expect(places(evaluation, "DIRECTION_ASSUMED")).toEqual([adr("Plan!E3"), adr("Plan!E4")]);
    expect(problems(evaluation, "DIRECTION_ASSUMED")[0]?.message).toMatch(/^Det framgår inte/);
    expect(problems(evaluation, "DIRECTION_FROM_NAME")).toEqual([]);
  });

  it("takes more measures from the Regler sheet's list", () => {
    const regler = [["Mått där lägre är bättre"], ["fallolycka"], ["Inställd operation"]];
    const evaluation = evaluate(
      [
        ["Antal fallolyckor", "40", "35"],
        ["Inställda operationer", "12", "15"],
      ],
      regler,
    );
    expect(row(evaluation, "Antal fallolyckor")).toMatchObject({ direction: "lower", status: "green" });
    expect(row(evaluation, "Inställda operationer")).toMatchObject({ direction: "lower", status: "red" });
    expect(problems(evaluation, "RULES_INVALID")).toEqual([]);
    const without = evaluate([["Antal fallolyckor", "40", "35"]]);
    expect(row(without, "Antal fallolyckor").direction).toBe("higher");
  });

  it("reports an unusable entry in the list with its cell and keeps the others", () => {
    const regler = [["Mått där lägre är bättre"], ["12"], ["fallolycka"], ["Fallolycka"]];
    const evaluation = evaluate([["Antal fallolyckor", "40", "35"]], regler);
    expect(problems(evaluation, "RULES_INVALID").map((p) => [p.cell, p.params])).toEqual([
      [adr("A2"), { issue: "not-a-measure", text: "12" }],
      [adr("A4"), { issue: "duplicate-measure", text: "Fallolycka" }],
    ]);
    expect(row(evaluation, "Antal fallolyckor").direction).toBe("lower");
  });
});

import type { RawCell } from "../../../src/domain/grid";
import { findLayout } from "../../../src/domain/sheet/header-row";
import { parseOutline } from "../../../src/domain/sheet/outline";
import { merge, sheet } from "./fixture";
import { adr } from "../../support/adr";

const HEADER: RawCell[] = ["Nivå", "Namn", "Perspektiv", "Dnr", "Målvärde", "Utfall april"];

function outline(name: string, rows: RawCell[][], merges: string[] = []) {
  const grid = sheet(name, [["Vårdplan – uppföljning"], HEADER, ...rows], { merges: merges.map(merge) });
  const layout = findLayout(grid);
  if (!layout) throw new Error("fixture has no header");
  return parseOutline(grid, layout);
}

/** The outline as nested names, which is what a reader of the sheet checks first. */
function shape(result: ReturnType<typeof outline>) {
  return result.plans.map((p) => ({
    plan: p.name,
    goals: p.goals.map((g) => ({ goal: g.name, indicators: g.indicators.map((i) => i.name) })),
  }));
}

describe("the outline of a plan sheet", () => {
  it("nests goals under the last plan and indicators under the last goal", () => {
    const result = outline("Planer", [
      ["Handlingsplan", "Vårdplan 2021", null, "RS/1841/2018", null, null],
      ["Resultatmål", "Kortare väntetider", "Patient", null, null, null],
      ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
      ["Mätetal", "Andel inom 90 dagar", null, null, "95 %", "80 %"],
      ["Mål", "Bättre bemötande", "Patient", null, null, null],
      ["Framgångsfaktor", "Nöjda patienter", null, null, "80 %", "82 %"],
      ["Plan", "Miljöplan", null, 2019, null, null],
      ["Mål", "Minskad energianvändning", "Hållbarhet", null, null, null],
    ]);
    expect(shape(result)).toEqual([
      {
        plan: "Vårdplan 2021",
        goals: [
          { goal: "Kortare väntetider", indicators: ["Andel inom 30 dagar", "Andel inom 90 dagar"] },
          { goal: "Bättre bemötande", indicators: ["Nöjda patienter"] },
        ],
      },
      { plan: "Miljöplan", goals: [{ goal: "Minskad energianvändning", indicators: [] }] },
    ]);
    expect(result.problems).toEqual([]);
    const [vard, miljo] = result.plans;
    expect(vard).toMatchObject({ row: 2, levelText: "Handlingsplan", dnr: "RS/1841/2018" });
    expect(miljo?.dnr).toBe("2019");
    expect(vard?.goals[0]?.indicators[1]).toEqual({
      level: "indicator",
      row: 5,
      name: "Andel inom 90 dagar",
      levelText: "Mätetal",
      perspective: "Patient",
    });
  });

  it("puts goals before any plan row in a plan named after the sheet", () => {
    const result = outline("Mål 2021", [
      ["Mål", "Kortare väntetider", null, null, null, null],
      ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
    ]);
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0]).toMatchObject({ name: "Mål 2021", row: null, dnr: null, perspective: null });
    expect(shape(result)[0]?.goals).toEqual([{ goal: "Kortare väntetider", indicators: ["Andel inom 30 dagar"] }]);
  });

  it("reports an indicator before the first goal of a plan and leaves it out", () => {
    const result = outline("Plan", [
      ["Plan", "Vårdplan", null, null, null, null],
      ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
      ["Mål", "Kortare väntetider", null, null, null, null],
      ["Mätetal", "Andel inom 90 dagar", null, null, "95 %", "80 %"],
    ]);
    expect(shape(result)).toEqual([
      { plan: "Vårdplan", goals: [{ goal: "Kortare väntetider", indicators: ["Andel inom 90 dagar"] }] },
    ]);
    expect(result.problems).toMatchObject([
      {
        code: "ORPHAN_INDICATOR",
        severity: "error",
        sheet: "Plan",
        cell: adr("A4"),
        params: { name: "Andel inom 30 dagar" },
      },
    ]);
  });

  it("does not carry a goal over into the next plan", () => {
    const result = outline("Plan", [
      ["Plan", "Vårdplan", null, null, null, null],
      ["Mål", "Kortare väntetider", null, null, null, null],
      ["Plan", "Miljöplan", null, null, null, null],
      ["Mätetal", "Energi per kvadratmeter", null, null, "200", "203,5"],
    ]);
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([["ORPHAN_INDICATOR", adr("A6")]]);
    expect(result.plans[1]?.goals).toEqual([]);
  });

  it("skips blank rows and reports rows it cannot place", () => {
    const result = outline("Plan", [
      ["Plan", "Vårdplan", null, null, null, null],
      [null, "  ", null, null, null, null],
      [],
      ["Aktivitet", "Utbilda personal", null, null, null, null],
      ["Mål", "Kortare väntetider", null, null, null, null],
      [null, "Källa: väntetider i vården", null, null, null, null],
      ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
    ]);
    expect(shape(result)).toEqual([
      { plan: "Vårdplan", goals: [{ goal: "Kortare väntetider", indicators: ["Andel inom 30 dagar"] }] },
    ]);
    expect(result.problems.map((p) => [p.code, p.severity, p.cell])).toEqual([
      ["UNKNOWN_LEVEL", "error", adr("A6")],
      ["UNKNOWN_LEVEL", "warning", adr("A8")],
    ]);
    expect(result.problems[0]?.message).toContain('"Aktivitet"');
    expect(result.problems[1]?.message).toContain("saknar nivå");
    expect(result.problems[1]?.message).toContain("Källa: väntetider i vården");
  });

  it("keeps a row without a name under a name that says where it is", () => {
    const result = outline("Plan", [
      ["Plan", "Vårdplan", null, null, null, null],
      ["Resultatmål", null, null, null, null, null],
      ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
    ]);
    expect(shape(result)).toEqual([
      { plan: "Vårdplan", goals: [{ goal: "(Resultatmål utan namn, rad 4)", indicators: ["Andel inom 30 dagar"] }] },
    ]);
    expect(result.problems).toMatchObject([{ code: "MISSING_NAME", severity: "warning", cell: adr("B4") }]);
  });

  it("gives every goal under a merged Perspektiv cell that perspective, hidden rows included", () => {
    const result = outline(
      "Plan",
      [
        ["Plan", "Vårdplan", null, null, null, null],
        ["Mål", "Kortare väntetider", "Patient", null, null, null],
        ["Mätetal", "Andel inom 30 dagar", null, null, "90 %", "61 %"],
        ["Mål", "Bättre bemötande", null, null, null, null],
        ["Mål", "Minskad energianvändning", "Hållbarhet", null, null, null],
      ],
      ["C4:C6"],
    );
    const goals = result.plans[0]?.goals ?? [];
    expect(goals.map((g) => [g.name, g.perspective])).toEqual([
      ["Kortare väntetider", "Patient"],
      ["Bättre bemötande", "Patient"],
      ["Minskad energianvändning", "Hållbarhet"],
    ]);
    expect(goals[0]?.indicators[0]?.perspective).toBe("Patient");
  });

  it("lets a plan row give a default perspective that a goal may override", () => {
    const result = outline("Plan", [
      ["Plan", "Miljöplan", "Hållbarhet", null, null, null],
      ["Mål", "Minskad energianvändning", null, null, null, null],
      ["Mätetal", "Energi per kvadratmeter", "Ekonomi", null, "200", "203,5"],
      ["Mål", "God ekonomi", "Ekonomi", null, null, null],
      ["Mätetal", "Resultat", null, null, "0", "37,8 mkr"],
    ]);
    const [energy, economy] = result.plans[0]?.goals ?? [];
    expect(result.plans[0]?.perspective).toBe("Hållbarhet");
    expect(energy?.perspective).toBe("Hållbarhet");
    // An indicator follows its goal even when its own row says something else.
    expect(energy?.indicators[0]?.perspective).toBe("Hållbarhet");
    expect(economy?.perspective).toBe("Ekonomi");
    expect(economy?.indicators[0]?.perspective).toBe("Ekonomi");
  });

  it("has no plans for a sheet with only a header", () => {
    expect(outline("Plan", [])).toEqual({ plans: [], problems: [] });
  });
});

import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { places, problems, row, said, sheet, workbook } from "./sheets";
import { adr } from "../../support/adr";

const HEADER = ["Nivå", "Namn", "Målvärde", "Utfall", "Jämförelsevärde", "Riktning", "Regel", "Bedömning", "Status"];

/** One goal with the given indicator rows under it, on a sheet named Plan: row 3 is the first indicator. */
function evaluateIndicators(...indicators: RawCell[][]) {
  const rows: RawCell[][] = [HEADER, ["Mål", "Målet"], ...indicators.map((cells) => ["Mätetal", ...cells])];
  return evaluateWorkbook(workbook(sheet("Plan", rows)), { period: null });
}

describe("every problem names its cell", () => {
  it("MISSING_TARGET: an actual without a target", () => {
    const evaluation = evaluateIndicators(["Antal besök", null, 1200]);
    expect(places(evaluation, "MISSING_TARGET")).toEqual([adr("Plan!C3")]);
    expect(said(row(evaluation, "Antal besök"))).toMatchObject({
      status: "missing",
      explanation: "Målvärde saknas, så status kan inte beräknas.",
    });
  });

  it("no problem for a target still waiting for its actual", () => {
    const evaluation = evaluateIndicators(["Antal besök", "minst 1 000", null]);
    expect(evaluation.problems).toEqual([]);
    expect(said(row(evaluation, "Antal besök")).explanation).toBe("Inget utfall i kolumnen Utfall.");
  });

  it("UNPARSEABLE_TARGET", () => {
    const evaluation = evaluateIndicators(["Tillgänglighet", "God tillgänglighet", "85 %"]);
    expect(places(evaluation, "UNPARSEABLE_TARGET")).toEqual([adr("Plan!C3")]);
    expect(problems(evaluation, "UNPARSEABLE_TARGET")[0]?.severity).toBe("error");
    expect(said(row(evaluation, "Tillgänglighet"))).toMatchObject({
      status: "missing",
      explanation: 'Målvärdet "God tillgänglighet" kan inte tolkas, så status kan inte beräknas.',
    });
  });

  it("UNPARSEABLE_ACTUAL, also for an actual that cannot be compared with the target", () => {
    const evaluation = evaluateIndicators(["Nöjdhet", "minst 80 %", "ca hälften"], ["Andel", "minst 80 %", "Ja"]);
    expect(places(evaluation, "UNPARSEABLE_ACTUAL")).toEqual([adr("Plan!D3"), adr("Plan!D4")]);
    expect(problems(evaluation, "UNPARSEABLE_ACTUAL")[1]?.message).toBe(
      'Utfallet "Ja" kan inte jämföras med målvärdet 80 %; status kan inte beräknas.',
    );
    expect(row(evaluation, "Andel").status).toBe("missing");
  });

  it("CELL_ERROR instead of UNPARSEABLE for error values, in any input cell", () => {
    const evaluation = evaluateIndicators(
      ["Andel", "minst 80 %", { error: "#N/A" }],
      ["Kostnad", { error: "#DIV/0!" }, 5],
      ["Ökning", "Högre än 2020", 5, { error: "#REF!" }],
      ["Nöjdhet", "minst 80 %", "85 %", null, null, null, { error: "#VALUE!" }],
    );
    expect(places(evaluation, "CELL_ERROR")).toEqual([adr("Plan!D3"), adr("Plan!C4"), adr("Plan!E5"), adr("Plan!H6")]);
    expect(problems(evaluation, "CELL_ERROR")[0]?.message).toBe("Cellen innehåller felvärdet #N/A.");
    expect(problems(evaluation, "UNPARSEABLE_ACTUAL")).toEqual([]);
    expect(problems(evaluation, "UNPARSEABLE_TARGET")).toEqual([]);
    expect(row(evaluation, "Andel").status).toBe("missing");
    expect(row(evaluation, "Nöjdhet").status).toBe("green");
  });

  it("SCALE_MISMATCH: a plain 85 against a percent target is read as 85 %", () => {
    const evaluation = evaluateIndicators(["Andel", "minst 80 %", 85]);
    expect(places(evaluation, "SCALE_MISMATCH")).toEqual([adr("Plan!D3")]);
    expect(problems(evaluation, "SCALE_MISMATCH")[0]?.severity).toBe("warning");
    expect(said(row(evaluation, "Andel"))).toMatchObject({
      status: "green",
      actual: { kind: "percent", value: 0.85 },
      explanation: "Utfall 85 % når målvärdet 80 % → grön.",
    });
  });

  it("UNIT_MISMATCH: units that cannot be converted give no status and an error naming both", () => {
    const evaluation = evaluateIndicators(
      ["Ledtid", "högst 12 dagar", "85 %"],
      ["Kostnad", "högst 5 mkr", "12 dagar"],
      ["Avfall", "högst 800 ton", "750 kg"],
    );
    expect(places(evaluation, "UNIT_MISMATCH")).toEqual([adr("Plan!D3"), adr("Plan!D4")]);
    const [first] = problems(evaluation, "UNIT_MISMATCH");
    expect(first?.severity).toBe("error");
    expect(first?.message).toBe(
      "Utfallets enhet (%) kan inte räknas om till målvärdets (dagar); status beräknas inte. Skriv utfallet i samma enhet som målvärdet.",
    );
    expect(said(row(evaluation, "Ledtid"))).toMatchObject({
      status: "missing",
      source: "none",
      explanation: "Utfallets enhet (%) kan inte räknas om till målvärdets (dagar), så status beräknas inte.",
    });
    expect(row(evaluation, "Kostnad").status).toBe("missing");
    expect(said(row(evaluation, "Avfall"))).toMatchObject({
      status: "green",
      explanation: "Utfall 750 kg (= 0,75 ton) är högst målvärdet 800 ton (lägre är bättre) → grön.",
    });
  });

  it("units of one family are converted before comparing: 37,8 mkr against 30 000 tkr is red", () => {
    const evaluation = evaluateIndicators(
      ["Intäkter", "minst 37,8 mkr", "30 000 tkr"],
      ["Intäkter nära", "minst 37,8 mkr", "36 000 tkr"],
      ["Handläggningstid", "högst 3 veckor", "20 dagar"],
      ["Väntan", "högst 2 månader", "65 dagar"],
      ["Personal", "minst 1,2 tusen", "1 300 st"],
      ["Andel", "minst 2 procentenheter", "1,5 %"],
    );
    expect(evaluation.problems.filter((p) => p.code === "UNIT_MISMATCH")).toEqual([]);
    expect(said(row(evaluation, "Intäkter"))).toMatchObject({
      status: "red",
      actual: { kind: "number", value: 30, unit: "mkr", text: "30 000 tkr" },
      explanation: "Utfall 30 000 tkr (= 30 mkr) är mer än 10 % under målvärdet 37,8 mkr → röd.",
    });
    expect(row(evaluation, "Intäkter nära").status).toBe("yellow");
    expect(row(evaluation, "Handläggningstid").status).toBe("green");
    // A month is 30 days: 65 days is 2,17 months, over 2 but within 10 %.
    expect(row(evaluation, "Väntan").status).toBe("yellow");
    expect(row(evaluation, "Personal").status).toBe("green");
    expect(row(evaluation, "Andel")).toMatchObject({ status: "red", actual: { value: 1.5, unit: "procentenheter" } });
  });

  it("BASELINE_MISSING: a target relative to an earlier value without Jämförelsevärde", () => {
    const evaluation = evaluateIndicators(
      ["Sjukfrånvaro", "Lägre än 2020", "6,1 %"],
      ["Antal avvikelser", "Lägre än 2020", 40, 52],
    );
    expect(places(evaluation, "BASELINE_MISSING")).toEqual([adr("Plan!E3")]);
    const early = evaluateIndicators(["Sjukfrånvaro", "Lägre än 2020", null]);
    expect(places(early, "BASELINE_MISSING")).toEqual([adr("Plan!E3")]);
    expect(row(evaluation, "Sjukfrånvaro").status).toBe("missing");
    expect(said(row(evaluation, "Antal avvikelser"))).toMatchObject({
      status: "green",
      direction: "lower",
      explanation: "Utfall 40 är under jämförelsevärdet 52 från 2020 (lägre är bättre) → grön.",
    });
  });

  it("a baseline target that also gives a number is read by it: no BASELINE_MISSING, the year as context", () => {
    const evaluation = evaluateIndicators(
      ["Andel rökare", "Lägre än 2019, dvs under 15 %", "14 %"],
      ["Antal deltagare", "Ska öka jämfört med 2020 – minst 1 600", "1 500"],
    );
    expect(problems(evaluation, "BASELINE_MISSING")).toEqual([]);
    expect(said(row(evaluation, "Andel rökare"))).toMatchObject({
      status: "green",
      direction: "lower",
      directionSource: "target",
      target: { kind: "percent", value: 0.15 },
      explanation: "Utfall 14 % är under målvärdet 15 % (målet anges i förhållande till 2019; lägre är bättre) → grön.",
    });
    expect(said(row(evaluation, "Antal deltagare"))).toMatchObject({
      status: "yellow",
      direction: "higher",
      explanation:
        "Utfall 1 500 är under målvärdet 1 600 men inom toleransen 10 % (målet anges i förhållande till 2020) → gul.",
    });
  });

  it("DIRECTION_ASSUMED only where direction matters", () => {
    const evaluation = evaluateIndicators(
      ["Antal hembesök", 1000, 950],
      ["Handlingsplan antagen", "Ja", "Nej"],
      ["Beläggning", "80–90 %", "85 %"],
      ["Antal besök ska öka", 1000, 950],
    );
    expect(places(evaluation, "DIRECTION_ASSUMED")).toEqual([adr("Plan!F3")]);
    expect(problems(evaluation, "DIRECTION_ASSUMED")[0]?.message).toBe(
      'Det framgår inte om högre eller lägre utfall är bättre för "Antal hembesök"; antar att högre är bättre. Ange Riktning för att vara säker.',
    );
    expect(row(evaluation, "Antal hembesök")).toMatchObject({ direction: "higher", directionSource: "default" });
    expect(row(evaluation, "Handlingsplan antagen")).toMatchObject({ status: "red", direction: null });
    expect(row(evaluation, "Antal besök ska öka").directionSource).toBe("name");
  });

  it("no DIRECTION_ASSUMED when Riktning says Ja/Nej", () => {
    const evaluation = evaluateIndicators(["Antal utbildade", 1, 1, null, "Ja/Nej"]);
    expect(problems(evaluation, "DIRECTION_ASSUMED")).toEqual([]);
    expect(row(evaluation, "Antal utbildade").status).toBe("green");
  });

  it("DIRECTION_CONFLICT: the Riktning column wins over the target's words, and says so", () => {
    const evaluation = evaluateIndicators(["Andel", "högst 80 %", "85 %", null, "Högre är bättre"]);
    expect(places(evaluation, "DIRECTION_CONFLICT")).toEqual([adr("Plan!C3")]);
    expect(problems(evaluation, "DIRECTION_CONFLICT")[0]?.message).toBe(
      "Riktningen från kolumnen Riktning (högre är bättre) strider mot målvärdet (lägre är bättre); kolumnen Riktning gäller.",
    );
    expect(row(evaluation, "Andel")).toMatchObject({ status: "green", direction: "higher", directionSource: "column" });
  });

  it("no conflict between an explicit source and the name's wording", () => {
    const evaluation = evaluateIndicators(["Minska väntetiden", "minst 80 %", "85 %"]);
    expect(problems(evaluation, "DIRECTION_CONFLICT")).toEqual([]);
    expect(row(evaluation, "Minska väntetiden").directionSource).toBe("target");
  });

  it("UNKNOWN_RULE: the default rule is used instead", () => {
    const evaluation = evaluateIndicators(["Andel", "minst 80 %", "75 %", null, null, "Sträng"]);
    expect(places(evaluation, "UNKNOWN_RULE")).toEqual([adr("Plan!G3")]);
    expect(row(evaluation, "Andel").status).toBe("yellow");
  });

  it("DUPLICATE_NAME: a plan twice in the workbook, a goal twice in one plan", () => {
    const planSheet = (name: string) =>
      sheet(name, [
        ["Nivå", "Namn", "Målvärde", "Utfall"],
        ["Plan", "Handlingsplan miljö"],
        ["Mål", "Mindre avfall", "högst 800 ton", 700],
        ["Mål", "mindre avfall", "högst 800 ton", 750],
      ]);
    const evaluation = evaluateWorkbook(workbook(planSheet("Miljö 2021"), planSheet("Miljö 2022")), {
      period: null,
    });
    expect(places(evaluation, "DUPLICATE_NAME")).toEqual([
      adr("Miljö 2021!B4"),
      adr("Miljö 2022!B2"),
      adr("Miljö 2022!B4"),
    ]);
    expect(problems(evaluation, "DUPLICATE_NAME")[1]?.message).toBe(
      'Namnet "Handlingsplan miljö" förekommer flera gånger (även Miljö 2021!B2).',
    );
  });

  it("lists a sheet's problems top to bottom, a goal's own before its indicators'", () => {
    const evaluation = evaluateWorkbook(
      workbook(
        sheet("Plan", [
          HEADER,
          ["Mål", "Budget i balans", "God ekonomi", 12],
          ["Mätetal", "Resultat", "minst 0 mkr", "se bilaga"],
        ]),
      ),
      { period: null },
    );
    expect(evaluation.problems.map((p) => [p.code, p.cell])).toEqual([
      ["UNPARSEABLE_TARGET", adr("C2")],
      ["UNPARSEABLE_ACTUAL", adr("D3")],
    ]);
  });
});

import { formatSummary } from "../../src/cli/output/summary-text";
import { wrap } from "../../src/cli/output/text-layout";
import { evaluateWorkbook } from "../../src/domain/evaluate";
import type { Evaluation } from "../../src/domain/evaluation";
import type { RawCell } from "../../src/domain/grid";

function evaluate(rows: RawCell[][]): Evaluation {
  return evaluateWorkbook(
    { sheets: [{ name: "Plan 2021", values: rows, numberFormats: [], merges: [] }] },
    { period: null },
  );
}

// prettier-ignore
const PLAN: RawCell[][] = [
  ["Nivå",    "Perspektiv",  "Namn",                         "Dnr",          "Målvärde",    "Utfall april", "Utfall augusti", "Status"],
  ["Plan",    null,          "Verksamhetsplan 2021",         "RS/1841/2018", null,          null,           null,             null],
  ["Mål",     "Patient",     "God tillgänglighet",           null,           null,          null,           null,             null],
  ["Mätetal", null,          "Besök inom 30 dagar",          null,           "90 %",        "80 %",         "93 %",           null],
  ["Mätetal", null,          "Vårdtid ska minska",           null,           "Max 4,65",    "4,8",          "7,2",            null],
  ["Mål",     "Medarbetare", "Attraktiv arbetsgivare",       null,           null,          null,           null,             null],
  ["Mätetal", null,          "Sjukfrånvaron ska minska",     null,           "Enligt plan", "6,4 %",        "6,0 %",          null],
];

describe("the readable summary", () => {
  const text = formatSummary(evaluate(PLAN), { file: "plan.xlsx", action: "validate" });
  const lines = text.split("\n");

  it("names the file and the active period, and the other periods", () => {
    expect(lines[0]).toBe("Målstyrning – Validering: plan.xlsx");
    expect(lines[1]).toBe("Period: Utfall augusti  (övriga: Utfall april)");
  });

  it("counts goals and indicators per perspective and in total, under the status arrows", () => {
    expect(text).toMatch(/^Perspektiv\s+↑\s+→\s+↓\s+–\s+↑\s+→\s+↓\s+–$/m);
    expect(text).toMatch(/^Patient\s+0\s+1\s+0\s+0\s+1\s+0\s+1\s+0$/m);
    expect(text).toMatch(/^Medarbetare\s+0\s+0\s+0\s+1\s+0\s+0\s+0\s+1$/m);
    expect(text).toMatch(/^Totalt\s+0\s+1\s+0\s+1\s+1\s+0\s+1\s+1$/m);
  });

  it("gives each plan its arrow, Dnr and status in words", () => {
    expect(text).toMatch(/^ {2}→ Verksamhetsplan 2021 \(RS\/1841\/2018\)\s+delvis uppfyllt\s+mål ↑0 →1 ↓0 –1$/m);
  });

  it("lists problems under their sheet as location, severity, code and message", () => {
    expect(text).toMatch(/^Problem: 1 fel, \d+ varning(ar)?, \d+ info$/m);
    expect(text).toMatch(/^ {2}Plan 2021$/m);
    expect(text).toMatch(
      /^ {4}Plan 2021!E7\s+fel\s+UNPARSEABLE_TARGET\s+Målvärdet "Enligt plan" går inte att tolka\.$/m,
    );
  });

  it("says how each sheet was read, before the problems", () => {
    const at = lines.indexOf("Så lästes bladen");
    expect(at).toBeGreaterThan(0);
    expect(
      lines
        .slice(at + 1, lines.indexOf("", at))
        .join(" ")
        .replace(/\s+/g, " ")
        .trim(),
    ).toBe(
      "Bladet Plan 2021: rubrikrad 1; nivå i kolumn A; namn i kolumn C, Dnr i kolumn D, målvärde i kolumn E, utfall " +
        "i kolumn F (Utfall april), utfall i kolumn G (Utfall augusti), status i kolumn H; perspektiv i kolumn B. " +
        "Stämmer det inte: rätta i tabellen Bladtolkning på bladet Regler och kör igen.",
    );
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith("Problem:")));
  });

  it("ends with the outcome", () => {
    expect(lines.slice(-3)).toEqual(["Resultat: 1 fel.", "Inget skrevs (validate).", ""]);
  });

  it("says where recalc wrote", () => {
    const recalc = formatSummary(evaluate(PLAN), {
      file: "plan.xlsx",
      action: "recalc",
      written: { file: "plan-status.xlsx", cells: 6, sheets: 1 },
    });
    expect(recalc).toContain("Resultat: 1 fel; status skrevs för de rader som kunde bedömas.\n");
    expect(recalc).toContain("Skrev plan-status.xlsx (6 statusceller på 1 blad).\n");
  });
});

describe("on a narrow terminal budget", () => {
  it("wraps long messages under the message column and keeps every line within 100 columns", () => {
    const rows: RawCell[][] = [
      ["Nivå", "Namn", "Målvärde", "Utfall", "Status"],
      ["Mål", "Mål", null, null, null],
    ];
    // Two of them: three alike would be folded into one line.
    for (let i = 0; i < 2; i++)
      rows.push([
        "Mätetal",
        `Ett mycket långt namn på ett mätetal som fortsätter länge nummer ${i}`,
        "85 %",
        "80 %",
        null,
      ]);
    const lines = formatSummary(evaluate(rows), { file: "plan.xlsx", action: "validate" }).split("\n");
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    const first = lines.findIndex((l) => l.includes("DIRECTION_ASSUMED"));
    const messageColumn = (lines[first] ?? "").indexOf("Det framgår");
    expect(messageColumn).toBeGreaterThan(0);
    expect(lines[first + 1]?.search(/\S/)).toBe(messageColumn);
  });

  it("folds repeated problems of one kind into one line with the count and the first cells", () => {
    const rows: RawCell[][] = [
      ["Nivå", "Namn", "Målvärde", "Utfall", "Status"],
      ["Mål", "Mål", null, null, null],
    ];
    for (let i = 0; i < 45; i++) rows.push(["Mätetal", `Mätetal ${i}`, "Enligt plan", "1", null]);
    const text = formatSummary(evaluate(rows), { file: "plan.xlsx", action: "validate" });
    expect(text.match(/UNPARSEABLE_TARGET/g)).toHaveLength(1);
    expect(text.replace(/\n {20,}/g, " ")).toMatch(
      /^ {4}Plan 2021!C3\s+fel\s+UNPARSEABLE_TARGET ×45\s+45 gånger \(C3, C4, C5 och 42 till\), t\.ex\. C3: Målvärdet "Enligt plan" går inte att tolka\.$/m,
    );
    expect(text).toMatch(/^Problem: 45 fel/m);
  });
});

describe("wrapping", () => {
  it("never separates a number from its percent sign", () => {
    expect(wrap("", "målvärdet 85 % är nått", 0, 12)).toEqual(["målvärdet", "85 % är nått"]);
    expect(wrap("  ", "Utfallet 83 tolkas som 83 % eftersom", 4, 27)).toEqual([
      "  Utfallet 83 tolkas som",
      "    83 % eftersom",
    ]);
  });
});

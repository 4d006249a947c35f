import { evaluateWorkbook } from "../../../src/domain/evaluate";
import type { RawCell } from "../../../src/domain/grid";
import { QUOTE_MAX, quoteCell } from "../../../src/domain/i18n/quote";
import { localizeProblem, makeProblem } from "../../../src/domain/problems";
import { adr } from "../../support/adr";

const PARAGRAPH =
  "Majoriteten av aktiviteterna har genomförts enligt plan men två av dem har skjutits upp till hösten på grund av " +
  "personalbrist inom förvaltningen och kommer att följas upp i delårsrapporten.";

describe("quoteCell", () => {
  it("leaves a short text as it is", () => {
    expect(quoteCell("Enligt plan")).toBe("Enligt plan");
  });

  it("puts a cell with line breaks on one line", () => {
    expect(quoteCell("Handlingsplan för\nvård\r\n  RS/1841/2018")).toBe("Handlingsplan för vård RS/1841/2018");
  });

  it("cuts a paragraph at a word boundary to at most 80 characters with an ellipsis", () => {
    const quoted = quoteCell(PARAGRAPH);
    expect([...quoted].length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(quoted.endsWith("…")).toBe(true);
    expect(PARAGRAPH.startsWith(quoted.slice(0, -1))).toBe(true);
    expect(PARAGRAPH.charAt(quoted.length - 1)).toBe(" ");
  });

  it("cuts one long word where it is", () => {
    const url = `https://example.org/${"a".repeat(200)}`;
    expect(quoteCell(url)).toBe(`${url.slice(0, QUOTE_MAX - 1)}…`);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(quoteCell("↑".repeat(80))).toBe("↑".repeat(80));
    expect([...quoteCell("😀".repeat(100))].length).toBe(QUOTE_MAX);
  });
});

describe("problem messages quote at most about 80 characters of a cell", () => {
  it("cuts the cell's text in the message and keeps it whole in the params", () => {
    const p = makeProblem("INVALID_ASSESSMENT", adr("Plan!C4"), { value: PARAGRAPH });
    expect(p.message).toBe(
      `Bedömningen "${quoteCell(PARAGRAPH)}" går inte att tolka. Använd ↑, →, ↓ eller Grön, Gul, Röd.`,
    );
    expect(p.params.value).toBe(PARAGRAPH);
    expect(localizeProblem(p, "en").message).toContain(`"${quoteCell(PARAGRAPH)}"`);
  });

  it("does so for names and values found by the engine", () => {
    const rows: RawCell[][] = [
      ["Nivå", "Namn", "Målvärde", "Utfall"],
      ["Mål", `Målet ${PARAGRAPH}`, null, null],
      ["Mätetal", `Mätetal ${PARAGRAPH}`, `Enligt ${"den mycket långa ".repeat(8)}planen`, "3"],
    ];
    const evaluation = evaluateWorkbook(
      { sheets: [{ name: "Plan", values: rows, numberFormats: [], merges: [] }] },
      { period: null },
    );
    expect(evaluation.problems.length).toBeGreaterThan(0);
    for (const p of evaluation.problems) {
      for (const quoted of p.message.match(/"[^"]*"/g) ?? [])
        expect([...quoted].length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    }
    expect(evaluation.problems.some((p) => p.code === "UNPARSEABLE_TARGET" && p.message.includes("…"))).toBe(true);
  });
});

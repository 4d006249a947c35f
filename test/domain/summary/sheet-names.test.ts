import fc from "fast-check";
import {
  baseSheetName,
  candidateName,
  cleanNameText,
  isCandidateOf,
  isLegalSheetName,
  MAX_SHEET_NAME_LENGTH,
  truncateName,
} from "../../../src/domain/summary/sheet-names";

describe("generated sheet names", () => {
  it("follow the scheme Översikt, Perspektiv – …, Plan – …", () => {
    expect(baseSheetName("overview", "")).toBe("Översikt");
    expect(baseSheetName("perspective", "Patient")).toBe("Perspektiv – Patient");
    expect(baseSheetName("plan", "Vårdplan 2021")).toBe("Plan – Vårdplan 2021");
  });

  it("replace the characters Excel refuses", () => {
    expect(cleanNameText("RS/1841/2018: vård [del 1]? *ny*")).toBe("RS-1841-2018- vård (del 1) ny");
    expect(baseSheetName("plan", "Vård\\omsorg")).toBe("Plan – Vård-omsorg");
  });

  it("turn line breaks in a name into spaces", () => {
    expect(baseSheetName("plan", "Handlingsplan\n2021")).toBe("Plan – Handlingsplan 2021");
  });

  it("turn apostrophes into ’, so no name starts or ends with one and references need no escaping", () => {
    expect(baseSheetName("plan", "'Citerad'")).toBe("Plan – ’Citerad’");
    expect(baseSheetName("perspective", "Barn's")).toBe("Perspektiv – Barn’s");
  });

  it("name a plan without a usable name", () => {
    expect(baseSheetName("plan", "???")).toBe("Plan – utan namn");
  });

  it("shorten long names to 31 characters and show the cut", () => {
    const name = baseSheetName("plan", "Handlingsplan för jämlik vård och hälsa 2021–2023");
    expect(name).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(name).toBe("Plan – Handlingsplan för jämli…");
  });

  it("drop a separator left dangling at the cut", () => {
    expect(truncateName("Kvalitet och - patientsäkerhet", 16)).toBe("Kvalitet och…");
  });

  it("do not split a character made of two UTF-16 units", () => {
    // A plain slice to 30 units would keep half of the first emoji.
    const name = truncateName(`${"a".repeat(29)}😀😀`, 31);
    expect(name).toBe(`${"a".repeat(29)}…`);
  });

  it("number later choices within 31 characters", () => {
    const base = baseSheetName("plan", "Handlingsplan för jämlik vård och hälsa");
    expect(candidateName(base, 1)).toBe(base);
    expect(candidateName(base, 2)).toBe("Plan – Handlingsplan för j… (2)");
    expect(candidateName("Översikt", 2)).toBe("Översikt (2)");
  });

  it("recognise the numbered choices of a base, whatever the case", () => {
    expect(isCandidateOf("ÖVERSIKT (3)", "Översikt")).toBe(true);
    expect(isCandidateOf("Översikt", "Översikt")).toBe(true);
    expect(isCandidateOf("Översikt (1)", "Översikt")).toBe(false);
    expect(isCandidateOf("Översikt 2", "Översikt")).toBe(false);
  });

  it("are always legal, whatever the plan is called", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.integer({ min: 1, max: 999 }), (label, n) => {
        for (const kind of ["perspective", "plan"] as const) {
          const name = candidateName(baseSheetName(kind, label), n);
          expect(isLegalSheetName(name)).toBe(true);
        }
      }),
    );
  });

  it("are the same from run to run", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (label) => {
        expect(baseSheetName("plan", label)).toBe(baseSheetName("plan", label));
      }),
    );
  });
});

describe("isLegalSheetName", () => {
  it.each(["a:b", "a/b", "a\\b", "a?b", "a*b", "a[b", "a]b", "'ab", "ab'", "", "x".repeat(32), "history"])(
    "refuses %p",
    (name) => {
      expect(isLegalSheetName(name)).toBe(false);
    },
  );
});

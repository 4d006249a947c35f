import fc from "fast-check";
import {
  baseSheetName,
  candidateName,
  cleanNameText,
  distinguishingPlanLabels,
  isCandidateOf,
  isLegalSheetName,
  MAX_SHEET_NAME_LENGTH,
  prefixedSheetName,
  shortenName,
  truncateName,
} from "../../../src/domain/summary/sheet-names";

describe("generated sheet names", () => {
  it("are Översikt, the perspective's own name and the plan's label", () => {
    expect(baseSheetName("overview", "")).toBe("Översikt");
    expect(baseSheetName("perspective", "Patient")).toBe("Patient");
    expect(baseSheetName("perspective", "Verksamhetsresultat")).toBe("Verksamhetsresultat");
    expect(baseSheetName("plan", "Vårdplan 2021")).toBe("Vårdplan 2021");
  });

  it("have a prefixed form for a name that is already one of the user's sheets", () => {
    expect(prefixedSheetName("plan", "Nämndens uppdrag")).toBe("Plan – Nämndens uppdrag");
    expect(prefixedSheetName("perspective", "Patient")).toBe("Perspektiv – Patient");
  });

  it("replace the characters Excel refuses", () => {
    expect(cleanNameText("RS/1841/2018: vård [del 1]? *ny*")).toBe("RS-1841-2018- vård (del 1) ny");
    expect(baseSheetName("plan", "Vård\\omsorg")).toBe("Vård-omsorg");
  });

  it("turn line breaks in a name into spaces", () => {
    expect(baseSheetName("plan", "Handlingsplan\n2021")).toBe("Handlingsplan 2021");
  });

  it("turn apostrophes into ’, so no name starts or ends with one and references need no escaping", () => {
    expect(baseSheetName("plan", "'Citerad'")).toBe("’Citerad’");
    expect(baseSheetName("perspective", "Barn's")).toBe("Barn’s");
  });

  it("name a plan without a usable name", () => {
    expect(baseSheetName("plan", "???")).toBe("utan namn");
  });

  it("shorten long names to 31 characters and show the cut", () => {
    const name = baseSheetName("plan", "Handlingsplan för jämlik vård och hälsa i hela regionen");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(name).toBe("Handlingsplan för jämlik vård…");
  });

  it("keep the numbers at the end when shortening, cutting the words before them", () => {
    expect(shortenName("Psykisk hälsa och suicidprevention 2021–2023", 31)).toBe("Psykisk hälsa och su… 2021–2023");
    expect(shortenName("Psykisk hälsa och suicidprevention del 2", 31)).toBe("Psykisk hälsa och suicidprev… 2");
    expect(shortenName("Kort 2021", 31)).toBe("Kort 2021");
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
    expect(candidateName(base, 2)).toBe("Handlingsplan för jämlik v… (2)");
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
          expect(isLegalSheetName(candidateName(baseSheetName(kind, label), n))).toBe(true);
          expect(isLegalSheetName(candidateName(prefixedSheetName(kind, label), n))).toBe(true);
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

describe("distinguishingPlanLabels", () => {
  it("drop the words every plan starts with, then the common plan words", () => {
    expect(
      distinguishingPlanLabels([
        "Övergripande handlingsplan för jämlik vård",
        "Övergripande handlingsplan för psykisk hälsa",
        "Övergripande handlingsplan för klimat och miljö",
      ]),
    ).toEqual(["Jämlik vård", "Psykisk hälsa", "Klimat och miljö"]);
    expect(distinguishingPlanLabels(["Verksamhetsplan 2021", "Handlingsplan för klimat och miljö"])).toEqual([
      "Verksamhetsplan 2021",
      "Klimat och miljö",
    ]);
  });

  it("drop the closing words every plan shares, such as the plan period", () => {
    expect(
      distinguishingPlanLabels([
        "Övergripande handlingsplan för jämlik vård 2024–2026",
        "Övergripande handlingsplan för psykisk hälsa 2024–2026",
      ]),
    ).toEqual(["Jämlik vård", "Psykisk hälsa"]);
  });

  it("keep the years that tell plans apart, with a word in front", () => {
    expect(
      distinguishingPlanLabels(["Handlingsplan för jämlik vård 2021", "Handlingsplan för jämlik vård 2022"]),
    ).toEqual(["Jämlik vård 2021", "Jämlik vård 2022"]);
    expect(distinguishingPlanLabels(["Verksamhetsplan 2021"])).toEqual(["Verksamhetsplan 2021"]);
  });

  it("leave every plan at least one word", () => {
    expect(distinguishingPlanLabels(["Handlingsplan för klimat", "Handlingsplan för klimat och miljö"])).toEqual([
      "Klimat",
      "Klimat och miljö",
    ]);
    expect(distinguishingPlanLabels(["Vårdplan", "Vårdplan"])).toEqual(["Vårdplan", "Vårdplan"]);
    expect(distinguishingPlanLabels(["", "???"])).toEqual(["", ""]);
  });
});

/** Plan names as staff write them: a long shared opening, then what the plan is about, sometimes a year. */
const PREFIX_40 = "Övergripande handlingsplan för regionens";
const planName = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 70 }),
  fc
    .tuple(
      fc.constantFrom(PREFIX_40, "Handlingsplan för", "Plan för", ""),
      fc.array(
        fc.constantFrom("jämlik", "vård", "hälsa", "och", "psykisk", "klimat", "miljö", "barn", "unga", "äldre"),
        {
          minLength: 0,
          maxLength: 8,
        },
      ),
      fc.option(fc.constantFrom("2021", "2022", "2021–2023", "del 2"), { nil: undefined }),
    )
    .map(([prefix, words, year]) => [prefix, ...words, year ?? ""].join(" ").trim()),
);

describe("plan sheet names over random plans", () => {
  const namesFor = (plans: readonly string[]): string[] => {
    // As assign-names does when nothing else is in the way: each plan its first free choice, in order.
    const taken = new Set<string>(["översikt"]);
    return distinguishingPlanLabels(plans).map((label) => {
      const base = baseSheetName("plan", label);
      for (let n = 1; ; n++) {
        const name = candidateName(base, n);
        if (!taken.has(name.toLowerCase())) {
          taken.add(name.toLowerCase());
          return name;
        }
      }
    });
  };

  it("are unique, legal, at most 31 characters and the same on every run", () => {
    fc.assert(
      fc.property(fc.array(planName, { minLength: 1, maxLength: 20 }), (plans) => {
        const names = namesFor(plans);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
          expect(isLegalSheetName(name)).toBe(true);
        }
        expect(namesFor(plans)).toEqual(names);
      }),
    );
  });

  it("tell long plans sharing a 40-character opening apart without numbering them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.constantFrom("jämlik vård", "psykisk hälsa", "klimat och miljö", "barn och unga", "äldres hälsa"),
          {
            minLength: 2,
          },
        ),
        (topics) => {
          const names = namesFor(topics.map((t) => `${PREFIX_40} ${t} och samverkan i hela länet`));
          for (const name of names) expect(name).not.toMatch(/\(\d+\)$/);
          expect(names.every((n) => !n.startsWith("Övergripande"))).toBe(true);
        },
      ),
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

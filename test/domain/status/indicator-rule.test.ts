import { renderExplanation } from "../../../src/domain/i18n/explanations";
import { evaluateIndicator } from "../../../src/domain/status/indicator-rule";
import type { Direction } from "../../../src/domain/vocabulary";
import type { IndicatorRule } from "../../../src/domain/rules/types";
import type { ReadValue } from "../../../src/domain/values/types";
import {
  absoluteRule,
  baseline,
  higherStrict,
  lowerOrEqual,
  lowerStrict,
  num,
  pct,
  range,
  standardRule,
  unreadable,
  yesno,
} from "./values";

function judge(
  target: ReadValue,
  actual: ReadValue,
  direction: Direction = "higher",
  rule: IndicatorRule = standardRule,
  base: ReadValue | null = null,
) {
  const outcome = evaluateIndicator({ target, actual, baseline: base, direction, rule });
  // The sentence the JSON report prints; explanation.test.ts asserts the data itself.
  return { ...outcome, explanation: renderExplanation(outcome.explanation, "sv") };
}

describe("higher is better, 10 % relative tolerance", () => {
  it.each([
    ["92 % against 90 %", 0.92, "green"],
    ["exactly on target", 0.9, "green"],
    ["just under target", 0.8999, "yellow"],
    ["exactly on the tolerance edge 81 %", 0.81, "yellow"],
    ["just outside the tolerance", 0.8099, "red"],
    ["61 %", 0.61, "red"],
  ] as const)("%s", (_label, actual, status) => {
    expect(judge(pct(0.9), pct(actual)).status).toBe(status);
  });

  it("treats 0.9 − 0.09 as on the edge despite floating point", () => {
    expect(judge(pct(0.9), pct(0.9 - 0.09)).status).toBe("yellow");
    expect(judge(num(0.3), num(0.1 + 0.2 - 0.03)).status).toBe("yellow");
  });

  it("explains in the seeds' words", () => {
    expect(judge(pct(0.9), pct(0.61)).explanation).toBe("Utfall 61 % är mer än 10 % under målvärdet 90 % → röd.");
    expect(judge(pct(0.9), pct(0.92)).explanation).toBe("Utfall 92 % når målvärdet 90 % → grön.");
    expect(judge(pct(0.9), pct(0.85)).explanation).toBe(
      "Utfall 85 % är under målvärdet 90 % men inom toleransen 10 % → gul.",
    );
  });

  it("formats large numbers and units the Swedish way", () => {
    expect(judge(num(30000, "ton"), num(29500.5, "ton")).explanation).toBe(
      "Utfall 29 500,5 ton är under målvärdet 30 000 ton men inom toleransen 10 % → gul.",
    );
  });
});

describe("lower is better mirrors it", () => {
  it.each([
    [12.4, "green"],
    [14, "green"],
    [15.4, "yellow"],
    [15.41, "red"],
  ] as const)("%d days against at most 14", (actual, status) => {
    expect(judge(num(14, "dagar", lowerOrEqual), num(actual), "lower").status).toBe(status);
  });

  it("borrows the target's unit for a bare actual", () => {
    expect(judge(num(14, "dagar", lowerOrEqual), num(12.4), "lower").explanation).toBe(
      "Utfall 12,4 dagar är högst målvärdet 14 dagar (lägre är bättre) → grön.",
    );
  });

  it("says how far over a red actual is", () => {
    expect(judge(num(14, "dagar"), num(20), "lower").explanation).toBe(
      "Utfall 20 dagar är mer än 10 % över målvärdet 14 dagar (lägre är bättre) → röd.",
    );
  });
});

describe("strict comparators", () => {
  it("< 5: exactly 5 is not green but within the tolerance", () => {
    const target = num(5, null, lowerStrict);
    expect(judge(target, num(4.99), "lower").status).toBe("green");
    const onTarget = judge(target, num(5), "lower");
    expect(onTarget.status).toBe("yellow");
    expect(onTarget.explanation).toBe(
      "Utfall 5 är inte under målvärdet 5 men inom toleransen 10 % (lägre är bättre) → gul.",
    );
  });

  it("> 0 with a zero target has no yellow band: exactly 0 is red", () => {
    const result = judge(num(0, null, higherStrict), num(0));
    expect(result.status).toBe("red");
    expect(result.explanation).toBe("Utfall 0 är inte över målvärdet 0 → röd.");
    expect(judge(num(0, null, higherStrict), num(1)).status).toBe("green");
  });
});

describe("negative and zero targets", () => {
  it("takes the tolerance from |target| for a negative target", () => {
    // Resultat −2 mkr or better: 10 % of 2 is 0.2.
    expect(judge(num(-2, "mkr"), num(-1.5, "mkr")).status).toBe("green");
    expect(judge(num(-2, "mkr"), num(-2.2, "mkr")).status).toBe("yellow");
    expect(judge(num(-2, "mkr"), num(-2.21, "mkr")).status).toBe("red");
  });

  it("gives a zero target no relative tolerance", () => {
    expect(judge(num(0), num(0), "lower").status).toBe("green");
    const over = judge(num(0), num(0.01), "lower");
    expect(over.status).toBe("red");
    expect(over.explanation).toBe("Utfall 0,01 är över målvärdet 0 (lägre är bättre) → röd.");
  });

  it("a negative percent target, lower is better", () => {
    // Minus 0,7 %: the change should be at most −0.7 %. 10 % of 0.007 is 0.0007.
    expect(judge(pct(-0.007), pct(-0.0065), "lower").status).toBe("yellow");
    expect(judge(pct(-0.007), pct(-0.0062), "lower").status).toBe("red");
  });
});

describe("absolute tolerance", () => {
  it("is in percentage points for percent targets", () => {
    const rule = absoluteRule(0.05);
    expect(judge(pct(0.9), pct(0.85), "higher", rule).status).toBe("yellow");
    expect(judge(pct(0.9), pct(0.8499), "higher", rule).status).toBe("red");
    expect(judge(pct(0.9), pct(0.8), "higher", rule).explanation).toBe(
      "Utfall 80 % är mer än 5 procentenheter under målvärdet 90 % → röd.",
    );
  });

  it("is in the target's unit for numbers", () => {
    const rule = absoluteRule(2);
    expect(judge(num(14, "dagar"), num(16), "lower", rule).status).toBe("yellow");
    expect(judge(num(14, "dagar"), num(16.5), "lower", rule).explanation).toBe(
      "Utfall 16,5 dagar är mer än 2 dagar över målvärdet 14 dagar (lägre är bättre) → röd.",
    );
  });
});

describe("yes/no targets", () => {
  const target = yesno("Genomfört ja/nej", "yes");

  it.each([
    [yesno("Ja", "yes"), "green"],
    [yesno("Klar", "yes"), "green"],
    [yesno("Pågår", "ongoing"), "yellow"],
    [yesno("Påbörjad", "ongoing"), "yellow"],
    [yesno("Nej", "no"), "red"],
    [yesno("Ej genomförd", "no"), "red"],
  ] as const)("actual %p", (actual, status) => {
    expect(judge(target, actual).status).toBe(status);
  });

  it("ignores direction", () => {
    expect(judge(target, yesno("Ja", "yes"), "lower").status).toBe("green");
  });

  it("reads numbers: 100 % is done, part of it ongoing, 0 not", () => {
    expect(judge(target, pct(1)).status).toBe("green");
    expect(judge(target, pct(0.5)).status).toBe("yellow");
    expect(judge(target, pct(0)).status).toBe("red");
    expect(judge(target, num(1)).status).toBe("green");
    expect(judge(target, num(0)).status).toBe("red");
  });

  it("explains", () => {
    expect(judge(target, yesno("Pågår", "ongoing")).explanation).toBe(
      'Utfall "Pågår" uppfyller delvis målvärdet "Genomfört ja/nej" → gul.',
    );
    expect(judge(target, num(0)).explanation).toBe(
      'Utfall 0 (räknas som nej) uppfyller inte målvärdet "Genomfört ja/nej" → röd.',
    );
  });

  it("a target of Nej is met by no", () => {
    expect(judge(yesno("Nej", "no"), yesno("Nej", "no")).status).toBe("green");
    expect(judge(yesno("Nej", "no"), yesno("Ja", "yes")).status).toBe("red");
  });

  it("a yes/no actual cannot be compared with a number", () => {
    const result = judge(pct(0.9), yesno("Ja", "yes"));
    expect(result.status).toBe("missing");
    expect(result.explanation).toContain("kan inte jämföras");
  });
});

describe("range targets", () => {
  const target = range(0.8, 0.9, true);

  it.each([
    [0.85, "green"],
    [0.8, "green"],
    [0.9, "green"],
    [0.72, "yellow"],
    [0.99, "yellow"],
    [0.71, "red"],
    [0.995, "red"],
  ] as const)("actual %d", (actual, status) => {
    expect(judge(target, pct(actual)).status).toBe(status);
  });

  it("explains", () => {
    expect(judge(target, pct(0.75)).explanation).toBe(
      "Utfall 75 % ligger under målintervallet 80–90 % men inom toleransen 10 % → gul.",
    );
  });
});

describe("baseline targets", () => {
  const target = baseline("Lägre än 2020", "2020", "lower", true);

  it("compares with the Jämförelsevärde and names it", () => {
    const result = judge(target, num(12), "lower", standardRule, num(14));
    expect(result.status).toBe("green");
    expect(result.explanation).toBe("Utfall 12 är under jämförelsevärdet 14 från 2020 (lägre är bättre) → grön.");
  });

  it("the same value as the baseline is not lower", () => {
    expect(judge(target, num(14), "lower", standardRule, num(14)).status).toBe("yellow");
    expect(judge(target, num(16), "lower", standardRule, num(14)).status).toBe("red");
  });

  it("follows the target's comparison: Ska öka", () => {
    const increase = baseline("Ska öka jämfört med 2020", "2020", "higher", true);
    expect(judge(increase, pct(0.55), "higher", standardRule, pct(0.5)).status).toBe("green");
    expect(judge(increase, pct(0.4), "higher", standardRule, pct(0.5)).status).toBe("red");
  });

  it("moves the baseline by a stated change: Minska med 10 % jämfört med 2019", () => {
    const change = baseline("Minska med 10 % jämfört med 2019", "2019", "lower", false, { value: 0.1, percent: true });
    // 10 % under 200 is 180; the 10 % tolerance of 180 reaches 198.
    expect(judge(change, num(180), "lower", standardRule, num(200)).status).toBe("green");
    expect(judge(change, num(198), "lower", standardRule, num(200)).status).toBe("yellow");
    const red = judge(change, num(199), "lower", standardRule, num(200));
    expect(red.status).toBe("red");
    expect(red.explanation).toBe(
      "Utfall 199 är mer än 10 % över målvärdet 180 (10 % under jämförelsevärdet 200 från 2019; lägre är bättre) → röd.",
    );
  });

  it("names no year when the target names none", () => {
    const increase = baseline("Ska öka", "", "higher", false);
    expect(judge(increase, num(12), "higher", standardRule, num(10)).explanation).toBe(
      "Utfall 12 når jämförelsevärdet 10 → grön.",
    );
  });

  it("is missing without a Jämförelsevärde", () => {
    const result = judge(target, num(12), "lower");
    expect(result.status).toBe("missing");
    expect(result.explanation).toContain("Jämförelsevärde saknas");
  });
});

describe("unreadable values give missing, never a guess", () => {
  it("target", () => {
    expect(judge(unreadable("se bilaga"), pct(0.5)).status).toBe("missing");
  });
  it("actual", () => {
    expect(judge(pct(0.5), unreadable("ca hälften")).explanation).toBe(
      'Utfallet "ca hälften" kan inte tolkas, så status kan inte beräknas.',
    );
  });
});

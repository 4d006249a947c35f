import fc from "fast-check";
import { STATUSES } from "../../../src/domain/status/statuses";
import { BAR_LENGTH, barLengths } from "../../../src/domain/summary/counts-section";
import { rowsByPerspective } from "../../../src/domain/summary/scope";
import { buildEvaluation } from "./model";

describe("the cell bars standing in for the pie", () => {
  it("split the full length in proportion", () => {
    expect(barLengths({ green: 7, yellow: 29, red: 4, missing: 1 })).toEqual({
      green: 3,
      yellow: 14,
      red: 2,
      missing: 1,
    });
  });

  it("are empty when there is nothing to show", () => {
    expect(barLengths({ green: 0, yellow: 0, red: 0, missing: 0 })).toEqual({
      green: 0,
      yellow: 0,
      red: 0,
      missing: 0,
    });
  });

  it("add up to the full length and show every status that has a count", () => {
    const n = fc.nat({ max: 500 });
    fc.assert(
      fc.property(n, n, n, n, (green, yellow, red, missing) => {
        fc.pre(green + yellow + red + missing > 0);
        const counts = { green, yellow, red, missing };
        const bars = barLengths(counts);
        const sum = STATUSES.reduce((s, k) => s + bars[k], 0);
        // A sliver for a tiny count may add one or two cells beyond the full length, never more.
        expect(sum).toBeGreaterThanOrEqual(BAR_LENGTH);
        expect(sum).toBeLessThanOrEqual(BAR_LENGTH + 3);
        for (const s of STATUSES) expect(bars[s] > 0).toBe(counts[s] > 0);
      }),
    );
  });
});

describe("the rows of a perspective", () => {
  const evaluation = buildEvaluation([
    {
      sheet: "A",
      plans: [
        {
          name: "P",
          status: "green",
          goals: [
            { name: "Ett", perspective: "Patient ", status: "green", indicators: [{ name: "i", status: "green" }] },
            { name: "Två", perspective: "patient", status: "green" },
            { name: "Tre", perspective: null, status: "green" },
          ],
        },
      ],
    },
  ]);

  it("match the perspective's name however it is cased or spaced, indicators included", () => {
    expect(rowsByPerspective(evaluation.rows, ["Patient"])[0]?.map((r) => r.name)).toEqual(["Ett", "i", "Två"]);
  });

  it("put goals without a perspective under Utan perspektiv", () => {
    expect(rowsByPerspective(evaluation.rows, ["Utan perspektiv"])[0]?.map((r) => r.name)).toEqual(["Tre"]);
  });
});

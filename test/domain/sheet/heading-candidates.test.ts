import { headingCandidates } from "../../../src/domain/sheet/heading-candidates";
import { sheet } from "./fixture";

describe("headingCandidates: the rows whose look may decide they are headings", () => {
  it("lists heading-row sheets' rows with text at the name and no target or actual, with their text column", () => {
    const grid = sheet("Uppföljning", [
      ["Mätetal", "Målvärde", "Utfall helår", "Kommentar"],
      ["God och nära vård"],
      ["Andel områden med förbättringsteam", 1, 0.83, null],
      ["Hög tillgänglighet", null, null, "Nytt fokus från 2021"],
      ["Andel besök inom 90 dagar", null, 0.88, null],
      [null, null, null, "En fristående anteckning"],
    ]);
    expect(headingCandidates(grid)).toEqual([
      { row: 1, col: 0 },
      { row: 3, col: 0 },
    ]);
  });

  it("lists none for a Nivå sheet, whose levels formatting never decides", () => {
    const grid = sheet("Uppföljning", [
      ["Nivå", "Namn", "Målvärde", "Utfall"],
      ["Mål", "Kortare väntetider", null, null],
    ]);
    expect(headingCandidates(grid)).toEqual([]);
  });
});

import { parseAssessment } from "../../../src/domain/status/assessment";

describe("manual assessment (Bedömning)", () => {
  it.each(["↑", "⬆", "▲", "➚", "⬆️", "Grön", "GRÖN", " grön ", "Uppfylld", "Uppfyllt", "green", "Green"])(
    "%p is green",
    (cell) => {
      expect(parseAssessment(cell)).toBe("green");
    },
  );

  it.each(["→", "➔", "➜", "⮕", "►", "Gul", "Delvis", "Delvis uppfyllt", "delvis  uppfyllt", "yellow", "Amber"])(
    "%p is yellow",
    (cell) => {
      expect(parseAssessment(cell)).toBe("yellow");
    },
  );

  it.each(["↓", "⬇", "▼", "➘", "Röd", "Ej uppfylld", "Ej uppfyllt", "ej\u00A0uppfyllt", "red", "RED"])(
    "%p is red",
    (cell) => {
      expect(parseAssessment(cell)).toBe("red");
    },
  );

  it.each([null, "", "   ", "–", "-"])("%p is no assessment", (cell) => {
    expect(parseAssessment(cell)).toBeNull();
  });

  it.each(["Bra", "OK", "?", "Grönt ljus", 1, true, { error: "#N/A" }])("%p is invalid", (cell) => {
    expect(parseAssessment(cell)).toBe("invalid");
  });
});

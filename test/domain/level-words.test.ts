import { capitalise, chooseLevelWord, GENERIC_WORDS, levelWord } from "../../src/domain/level-words";

describe("level words", () => {
  it.each([
    ["Mätetal", "mätetal", "mätetal", "ett"],
    ["Indikator", "indikator", "indikatorer", "en"],
    ["Mått", "mått", "mått", "ett"],
    ["Nyckeltal", "nyckeltal", "nyckeltal", "ett"],
    ["Framgångsfaktor", "framgångsfaktor", "framgångsfaktorer", "en"],
    ["Mål", "mål", "mål", "ett"],
    ["Resultatmål", "resultatmål", "resultatmål", "ett"],
    ["Strategiskt mål", "strategiskt mål", "strategiska mål", "ett"],
    ["Aktivt mål", "aktivt mål", "aktiva mål", "ett"],
    ["Delmål", "delmål", "delmål", "ett"],
    ["Plan", "plan", "planer", "en"],
    ["Handlingsplan", "handlingsplan", "handlingsplaner", "en"],
  ])("%s: %s, %s (%s-ord)", (text, singular, plural, gender) => {
    expect(levelWord(text)).toMatchObject({ singular, plural, gender });
  });

  it("reads the Nivå cell loosely: case, spaces and plural forms", () => {
    expect(levelWord("  FRAMGÅNGSFAKTORER ")?.singular).toBe("framgångsfaktor");
    expect(levelWord("aktivt   mål")?.plural).toBe("aktiva mål");
  });

  it("tells the English level words in Swedish", () => {
    expect(levelWord("KPI")?.singular).toBe("nyckeltal");
    expect(levelWord("Goal")?.singular).toBe("mål");
    expect(levelWord("Action plan")?.plural).toBe("handlingsplaner");
  });

  it("knows nothing of other words", () => {
    expect(levelWord("Aktivitet")).toBeNull();
  });

  it("uses the sheet's own word", () => {
    expect(chooseLevelWord(["Framgångsfaktor", "framgångsfaktor"], "indicator").plural).toBe("framgångsfaktorer");
  });

  it("uses the most common word of a mix", () => {
    expect(chooseLevelWord(["Indikator", "Mätetal", "Indikator"], "indicator").plural).toBe("indikatorer");
  });

  it("falls back to the generic word for a tie, unknown words or nothing", () => {
    expect(chooseLevelWord(["Indikator", "Nyckeltal"], "indicator")).toBe(GENERIC_WORDS.indicator);
    expect(chooseLevelWord(["Aktivitet", "Aktivitet", "Indikator"], "indicator")).toBe(GENERIC_WORDS.indicator);
    expect(chooseLevelWord([], "goal")).toBe(GENERIC_WORDS.goal);
  });

  it("capitalises for headers", () => {
    expect(capitalise("aktiva mål")).toBe("Aktiva mål");
  });
});

import { parseLevel } from "../../../src/domain/sheet/levels";

describe("row kinds", () => {
  it.each([
    ["Plan", "plan"],
    ["Handlingsplan", "plan"],
    [" verksamhetsplan ", "plan"],
    ["Action plan", "plan"],
    ["Mål", "goal"],
    ["Strategiskt mål", "goal"],
    ["RESULTATMÅL", "goal"],
    ["Aktivt mål", "goal"],
    ["Delmål", "goal"],
    ["Effektmål", "goal"],
    ["Övergripande mål", "goal"],
    ["Goal", "goal"],
    ["Objective", "goal"],
    ["Mätetal", "indicator"],
    ["Indikator", "indicator"],
    ["Mått", "indicator"],
    ["Nyckeltal", "indicator"],
    ["Framgångsfaktor", "indicator"],
    ["Framgångsfaktorer", "indicator"],
    ["KPI", "indicator"],
    ["Measure", "indicator"],
    ["Mål 1", "goal"],
    ["Mätetal 2.3", "indicator"],
  ])("%s is a %s row", (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  it.each(["", "Aktivitet", "Målvärde", "Planering", "Mål och mätetal", "1"])("%s is no row kind", (text) => {
    expect(parseLevel(text)).toBeNull();
  });
});

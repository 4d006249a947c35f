import type { RawCell } from "../../../src/domain/grid";
import { directionFromName, parseDirectionCell } from "../../../src/domain/values/direction";

describe("directionFromName", () => {
  it.each<[string, "higher" | "lower" | null]>([
    ["Sjukfrånvaron ska minska", "lower"],
    ["Minska antalet vårdskador", "lower"],
    ["Minskad energianvändning", "lower"],
    ["Minskat matsvinn", "lower"],
    ["Minskning av utsläpp", "lower"],
    ["Lägre kostnader per invånare", "lower"],
    ["Färre fallskador", "lower"],
    ["Antalet avvikelser ska inte öka", "lower"],
    ["Kostnaderna får inte öka", "lower"],
    ["Ingen ökning av köerna", "lower"],
    ["Reducera koldioxidutsläppen", "lower"],
    ["Sänka energiförbrukningen", "lower"],
    ["Kortare väntetider", "lower"],
    ["Väntetiden får ej överstiga 30 dagar", "lower"],
    ["Andelen ska öka", "higher"],
    ["Öka andelen förnybar energi", "higher"],
    ["Ökad tillgänglighet", "higher"],
    ["Ökat förtroende", "higher"],
    ["Ökning av antalet besök", "higher"],
    ["Högre andel nöjda patienter", "higher"],
    ["Fler medarbetare med heltid", "higher"],
    ["Förbättra patientsäkerheten", "higher"],
    ["Nöjd medarbetarindex – ju högre desto bättre", "higher"],
    ["Andelen ska inte minska", "higher"],
    ["Självförsörjningsgraden ska inte understiga 80 %", "higher"],
    ["ÖKA ANDELEN", "higher"],
  ])("%j: %s", (name, direction) => {
    expect(directionFromName(name)).toBe(direction);
  });

  it.each<[string]>([
    ["Andel besök >90 dagar"],
    ["Väntetid <30 dagar"],
    ["Andel som väntat mer än 90 dagar"],
    ["Andel patienter som får fler än 3 besök"],
    ["Antal besök"],
    ["Nöjd medarbetarindex"],
    ["Ökänd gata"],
    ["Fler patienter ska få kortare väntetid"],
    [""],
  ])("%j has no direction", (name) => {
    expect(directionFromName(name)).toBeNull();
  });

  it("a comparator in the name leaves the words to decide", () => {
    expect(directionFromName("Minska andelen besök >90 dagar")).toBe("lower");
    expect(directionFromName("Minska andelen som väntar mer än 90 dagar")).toBe("lower");
  });

  it("a stated rule settles it beside other words", () => {
    expect(directionFromName("Fler besök – lägre är bättre")).toBe("lower");
  });
});

describe("parseDirectionCell", () => {
  it.each<[RawCell, "higher" | "lower" | "yesno" | null]>([
    ["Högre är bättre", "higher"],
    ["högre är bättre.", "higher"],
    ["Högre", "higher"],
    ["Hög", "higher"],
    ["Öka", "higher"],
    ["↑", "higher"],
    ["Higher is better", "higher"],
    ["Higher", "higher"],
    ["Ju högre desto bättre", "higher"],
    [" Lägre är bättre ", "lower"],
    ["Lägre", "lower"],
    ["Minska", "lower"],
    ["↓", "lower"],
    ["Lower is better", "lower"],
    ["Ja/Nej", "yesno"],
    ["Ja-nej", "yesno"],
    ["ja / nej", "yesno"],
    ["Yes/No", "yesno"],
    ["Ja", null],
    ["Bättre", null],
    ["", null],
    [null, null],
    [1, null],
    [true, null],
    [{ error: "#N/A" }, null],
  ])("%j: %s", (cell, expected) => {
    expect(parseDirectionCell(cell)).toBe(expected);
  });
});

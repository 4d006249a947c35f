import { LOWER_IS_BETTER_TERMS, lowerIsBetterTerm } from "../../../src/domain/values/lower-is-better";

describe("the lower-is-better lexicon (SPEC §2)", () => {
  it.each([
    // SPEC §2's list, as names use them
    ["Sjukfrånvaro", "sjukfrånvaro"],
    ["Väntetid till första besök", "väntetid"],
    ["Vårdköer", "kö"],
    ["Antal vårdskador", "vårdskada"],
    ["Återinskrivningar inom 30 dagar", "återinskrivning"],
    ["Överbeläggningar per 100 vårdplatser", "överbeläggning"],
    ["Utsläpp av växthusgaser", "utsläpp"],
    ["Klimatpåverkan från livsmedel", "klimatpåverkan"],
    ["Kostnad per vårddag", "kostnad"],
    ["Kostnadsutveckling", "kostnadsutveckling"],
    ["Antibiotikaförskrivning per 1 000 invånare", "antibiotikaförskrivning"],
    ["Kostnad för bemanningsföretag", "bemanningsföretag"],
    ["Personalomsättning", "personalomsättning"],
    // Inflections and compounds
    ["Sjukfrånvaron", "sjukfrånvaro"],
    ["Korttidssjukfrånvaro", "sjukfrånvaro"],
    ["Väntetiderna", "väntetid"],
    ["Kortare väntetid", "väntetid"],
    ["Läkemedelskostnader", "kostnad"],
    ["Koldioxidutsläppen", "utsläpp"],
    ["Vårdskadorna", "vårdskada"],
    ["Vårdrelaterade infektioner", "vårdrelaterad infektion"],
    ["Andel inhyrda personalen", "inhyrd personal"],
    ["Operationskön", "kö"],
    ["SJUKFRÅNVARO (%)", "sjukfrånvaro"],
    // "Minskad" decides too, and agrees.
    ["Minskad sjukfrånvaro", "sjukfrånvaro"],
    // A share of something bad is still bad.
    ["Andel återinskrivningar inom 30 dagar", "återinskrivning"],
  ])("%j is lower-is-better (%s)", (name, term) => {
    expect(lowerIsBetterTerm(name)).toEqual({ term });
  });

  it.each([
    // A share within a waiting limit measures how many were quick enough.
    "Andel patienter med väntetid inom vårdgarantin",
    "Andel besök inom vårdgarantin",
    "Andel med väntetid inom 90 dagar",
    // A term inside a compound whose head is something else.
    "Kostnadstäckningsgrad",
    "Utsläppsminskning",
    "Kostnadseffektivitet",
    // "kö" only where it is a queue.
    "Fördelning per kön",
    "Kön",
    "Sjukhusköket",
    "Skötsel av parker",
    // Nothing to go by.
    "Nöjd medarbetarindex",
    "Ekonomiskt resultat",
    "Andel listade med fast vårdkontakt",
    "",
  ])("%j names no lower-is-better measure", (name) => {
    expect(lowerIsBetterTerm(name)).toBeNull();
  });

  it("takes more terms from the Regler sheet, inflected the same way", () => {
    expect(lowerIsBetterTerm("Antal fallolyckor", ["fallolycka"])).toEqual({ term: "fallolycka" });
    expect(lowerIsBetterTerm("Antal fallolyckor")).toBeNull();
    expect(lowerIsBetterTerm("Inställda operationer", ["Inställd operation"])).toEqual({
      term: "Inställd operation",
    });
  });

  it("lists each built-in term once, folded", () => {
    expect(new Set(LOWER_IS_BETTER_TERMS).size).toBe(LOWER_IS_BETTER_TERMS.length);
    for (const t of LOWER_IS_BETTER_TERMS) expect(t).toBe(t.toLowerCase().trim());
  });
});

import { recognizeLayout } from "../../../src/domain/sheet/recognize";
import type { RawCell } from "../../../src/domain/grid";
import { merge, sheet } from "./fixture";

const recognize = (name: string, rows: RawCell[][], perspectives: string[] = [], merges: string[] = []) =>
  recognizeLayout(sheet(name, rows, { merges: merges.map(merge) }), { perspectives });

describe("recognising a sheet's own layout (SPEC §1a)", () => {
  it("reads a Nivå sheet exactly as the header says, nothing inferred", () => {
    const layout = recognize("Plan", [
      ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall april"],
      ["Mål", "Kortare väntetider", "Patient", null, null],
    ]);
    expect(layout).toMatchObject({
      origin: "header",
      headerRow: 0,
      levels: { kind: "level-column", col: 0 },
      headings: [],
      perspectives: [{ kind: "column", col: 2 }],
      typedAssessments: [],
      nameWithDnr: false,
    });
  });

  it("finds levels as columns, owner names in a level column, arrows in the result column and the sheet's perspective", () => {
    const layout = recognize("Patient", [
      ["Region Exempel – uppföljning per augusti 2021"],
      [],
      ["Strategiskt mål Patient", "Framgångsfaktor", "Resultat per augusti", "Kommentar"],
      ["Vården ska vara tillgänglig", "Regionstyrelsen", null, null],
      [null, "Korta väntetiderna till första besök", "➔", "Arbetet pågår"],
      [null, "Införa digitala vårdmöten", "↑", null],
      [null, "Vårdvalsnämnden", null, null],
      [null, "Utveckla uppföljningen av hälsovalet", null, "Ej påbörjat"],
    ]);
    expect(layout).toMatchObject({
      origin: "inferred",
      headerRow: 2,
      columns: { comment: 3, name: 1 },
      periods: [{ header: "Resultat per augusti", col: 2, hasValues: true }],
      levels: {
        kind: "level-columns",
        columns: [
          { col: 0, level: "goal", word: "Strategiskt mål" },
          { col: 1, level: "indicator", word: "Framgångsfaktor" },
        ],
      },
      headings: [
        { row: 3, col: 1, level: "owner", text: "Regionstyrelsen" },
        { row: 6, col: 1, level: "owner", text: "Vårdvalsnämnden" },
      ],
      perspectives: [{ kind: "sheet-name", name: "Patient" }],
      typedAssessments: [2],
    });
  });

  it("gives each level column an outer level when two name the same one (Framgångsfaktor above Mätetal)", () => {
    const layout = recognize("Mål", [
      ["Strategiskt mål", "Framgångsfaktor", "Mätetal", "Målvärde", "Utfall"],
      ["Nöjda invånare", "Bra bemötande", "Andel nöjda", "80 %", "82 %"],
    ]);
    expect(layout?.levels).toEqual({
      kind: "level-columns",
      columns: [
        { col: 0, level: "plan", word: "Strategiskt mål" },
        { col: 1, level: "goal", word: "Framgångsfaktor" },
        { col: 2, level: "indicator", word: "Mätetal" },
      ],
    });
  });

  it("takes a Strategi column as the perspective and skips an Aktivitet column", () => {
    const layout = recognize("Plan 2022", [
      ["Strategi", "Mål", "Mätetal", "Aktivitet", "Målvärde", "Utfall 2022"],
      ["Samhälle", "Minskad klimatpåverkan", "Utsläpp av koldioxid, ton", "Byta fordon", "Högst 800 ton", "867 ton"],
    ]);
    expect(layout).toMatchObject({
      columns: { perspective: 0, target: 4 },
      levels: {
        kind: "level-columns",
        columns: [
          { col: 1, level: "goal", word: "Mål" },
          { col: 2, level: "indicator", word: "Mätetal" },
        ],
      },
      perspectives: [{ kind: "column", col: 0 }],
    });
  });

  it("finds heading rows above the indicators: perspective, målområde, goal", () => {
    const layout = recognize("Uppföljning", [
      ["Mätetal", "Målvärde", "Utfall helår", "Kommentar"],
      ["Strategi för vård"],
      ["God och nära vård"],
      ["Regionens vård ska redovisa effektivitet och kvalitet"],
      ["Andel områden med förbättringsteam", "100 %", "83 %", null],
      ["Antal distansbesök ska öka jämfört med 2020", "30 000", "31 250", null],
      ["Hälso- och sjukvårdsnämnden"],
      ["Hög tillgänglighet"],
      ["Andel besök inom 90 dagar", "90 %", "71 %", "Pandemin"],
    ]);
    expect(layout).toMatchObject({
      levels: { kind: "heading-rows", nameCol: 0, rowLevel: "indicator", word: "Mätetal" },
      headings: [
        { row: 1, col: 0, level: "perspective", text: "Strategi för vård" },
        { row: 2, col: 0, level: "plan", text: "God och nära vård" },
        { row: 3, col: 0, level: "goal", text: "Regionens vård ska redovisa effektivitet och kvalitet" },
        { row: 6, col: 0, level: "owner", text: "Hälso- och sjukvårdsnämnden" },
        { row: 7, col: 0, level: "goal", text: "Hög tillgänglighet" },
      ],
      perspectives: [{ kind: "heading-rows" }],
    });
  });

  it("reads a plan list with the arrow in Summering and name and Dnr in one cell", () => {
    const layout = recognize("Handlingsplaner", [
      ["Handlingsplan", "Diarienummer", "Summering", "Kommentar"],
      ["Perspektivet Samhälle"],
      ["Handlingsplan för jämlik hälsa", "RS/1841/2018", "↑ Majoriteten av aktiviteterna har genomförts.", null],
      ["Handlingsplan för klimatet\nRS/202/2019", null, "➔", null],
    ]);
    expect(layout).toMatchObject({
      columns: { dnr: 1, assessment: 2, comment: 3, name: 0 },
      levels: { kind: "plan-list", nameCol: 0, word: "Handlingsplan" },
      headings: [{ row: 1, col: 0, level: "perspective", text: "Samhälle" }],
      typedAssessments: [2],
      nameWithDnr: true,
    });
  });

  it("reads a plan list headed Plan/program with owner headings and the assessment under Måluppfyllelse", () => {
    const layout = recognize("Program och planer", [
      ["Plan/program", "Dnr", "Måluppfyllelse", "Kommentar"],
      ["Kommunstyrelsen"],
      ["Näringslivsprogram 2021–2024", "KS 2020/410", "Grön", "Nyföretagandet ökar"],
      ["Bostadsförsörjningsprogram\nKS 2019/88", null, "Gul: två detaljplaner försenade", null],
    ]);
    expect(layout).toMatchObject({
      columns: { name: 0, dnr: 1, assessment: 2, comment: 3 },
      levels: { kind: "plan-list", nameCol: 0, word: "Plan" },
      headings: [{ row: 1, col: 0, level: "owner", text: "Kommunstyrelsen" }],
      typedAssessments: [2],
      nameWithDnr: true,
    });
    expect(layout?.columns.status).toBeUndefined();
  });

  it("takes the perspective from a title row above the header", () => {
    const layout = recognize("Blad1", [
      ["Perspektivet Medarbetare"],
      ["Mål", "Mätetal", "Målvärde", "Utfall"],
      ["Attraktiv arbetsgivare", "Sjukfrånvaro", "Högst 6 %", "6,4 %"],
    ]);
    expect(layout?.perspectives).toEqual([{ kind: "title-row", row: 0, name: "Medarbetare" }]);
  });

  it("uses the Regler list to know a sheet or heading named after a perspective", () => {
    const layout = recognize(
      "Verksamhetsutveckling",
      [
        ["Mål", "Indikator", "Målvärde", "Utfall"],
        ["Digital service", "Andel e-tjänster", "50 %", "41 %"],
      ],
      ["Verksamhetsutveckling", "Ekonomi"],
    );
    expect(layout?.perspectives).toEqual([{ kind: "sheet-name", name: "Verksamhetsutveckling" }]);
  });

  it("takes a plain Mål right of the indicators for their target, not a level", () => {
    const layout = recognize("Styrkort", [
      ["Nyckeltal", "Mål", "Resultat 2021", "Bedömning", "Kommentar"],
      ["Tillgänglig vård"],
      ["Andel samtal besvarade inom 3 minuter", "80 %", "76 %", null, null],
    ]);
    expect(layout).toMatchObject({
      columns: { name: 0, target: 1, assessment: 3, comment: 4 },
      levels: { kind: "heading-rows", nameCol: 0, rowLevel: "indicator", word: "Nyckeltal" },
      headings: [{ row: 1, level: "goal", text: "Tillgänglig vård" }],
    });
  });

  it("reads two goal words without an indicator column as goal and what is judged under it", () => {
    const layout = recognize("Medborgare", [
      ["Fokusområde", "Insatsområde", "Resultat", "Kommentar"],
      ["Trygghet i hela kommunen", "Fler fältassistenter kvällstid", "Delvis – rekrytering pågår", null],
    ]);
    expect(layout?.levels).toEqual({
      kind: "level-columns",
      columns: [
        { col: 0, level: "goal", word: "Fokusområde" },
        { col: 1, level: "indicator", word: "Insatsområde" },
      ],
    });
  });

  it("takes a Status column where staff typed their own words for their assessment, and writes beside it", () => {
    const rows: RawCell[][] = [
      ["Handlingsplaner", "Diarienr", "Status", "Beskrivning"],
      ["Trafiksäkerhetsprogram", "KS 2021/118", "↑", "Samtliga åtgärder genomförda"],
      ["Plan för digitalisering", "KS 2020/77", "Ej uppfyllt", "Projektet pausat"],
    ];
    expect(recognize("Planer", rows)?.columns).toEqual({ name: 0, dnr: 1, assessment: 2, comment: 3 });
    // After a run the add-in's own Status column stands to the right; the staff's stays theirs.
    const after = rows.map((r, i) => [...r, i === 0 ? "Status" : "↑"]);
    expect(recognize("Planer", after)?.columns).toEqual({ name: 0, dnr: 1, assessment: 2, comment: 3, status: 4 });
  });

  describe("is not fooled by a table of something else", () => {
    it.each<[string, RawCell[][]]>([
      [
        "a budget",
        [
          ["Konto", "Benämning", "Budget 2021", "Utfall 2021", "Avvikelse"],
          [4010, "Förbrukningsmaterial", 120000, 131000, -11000],
          [5410, "Förbrukningsinventarier", 40000, 22000, 18000],
        ],
      ],
      [
        "a budget with a Mål column at the end",
        [
          ["Verksamhet", "Budget", "Utfall", "Mål"],
          ["Primärvård", 1000, 1100, 1050],
        ],
      ],
      [
        "a staff list",
        [
          ["Namn", "Befattning", "Enhet", "Anställd sedan"],
          ["Anna Andersson", "Sjuksköterska", "Avdelning 12", 40123],
          ["Bo Berg", "Undersköterska", "Avdelning 12", 41234],
        ],
      ],
      [
        "a pivot of numbers",
        [
          ["Summa av Belopp", "Kolumnetiketter"],
          ["Radetiketter", 2020, 2021, "Totalsumma"],
          ["Hälso- och sjukvård", 100, 120, 220],
          ["Regional utveckling", 30, 25, 55],
          ["Totalsumma", 130, 145, 275],
        ],
      ],
      [
        "an activity list",
        [
          ["Aktivitet", "Ansvarig", "Klart senast", "Kommentar"],
          ["Upphandla nytt journalsystem", "IT-förvaltningen", "2022-06-30", null],
        ],
      ],
    ])("%s", (_, rows) => {
      expect(recognize("Blad1", rows)).toBeNull();
    });
  });
});

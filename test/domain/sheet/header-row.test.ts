import { findLayout } from "../../../src/domain/sheet/header-row";
import { matchHeader } from "../../../src/domain/sheet/column-names";
import { merge, sheet } from "./fixture";

describe("finding the header row", () => {
  it("skips title rows above the header", () => {
    const layout = findLayout(
      sheet("Plan 2021", [
        ["Region Exempel – Vårdplan 2021", null, null],
        ["Uppföljning per tertial", null, null],
        [],
        ["Nivå", "Namn", "Perspektiv", "Målvärde", "Utfall april", "Status"],
        ["Plan", "Vårdplan 2021", null, null, null, null],
      ]),
    );
    expect(layout).toEqual({
      sheet: "Plan 2021",
      headerRow: 3,
      columns: { level: 0, name: 1, perspective: 2, target: 3, status: 5 },
      periods: [{ header: "Utfall april", col: 4, hasValues: false }],
      lastHeaderCol: 5,
    });
  });

  it("accepts aliases, a trailing colon, odd spacing and a soft hyphen", () => {
    const layout = findLayout(
      sheet("Handlingsplan", [
        [
          "  typ: ",
          "Benämning:",
          "Strategi",
          "Diarienummer",
          "Mål\u00ADvärde",
          "Basvärde",
          "Statusregel",
          "ANALYS",
          "Nämnd",
        ],
      ]),
    );
    expect(layout?.columns).toEqual({
      level: 0,
      name: 1,
      perspective: 2,
      dnr: 3,
      target: 4,
      baseline: 5,
      rule: 6,
      comment: 7,
      owner: 8,
    });
  });

  it("reads a header broken over lines or with no-break spaces", () => {
    const layout = findLayout(sheet("Plan", [["Nivå", "Namn", "Manuell\nbedömning", "Utfall\u00A0\n2018-04-30"]]));
    expect(layout?.columns.assessment).toBe(2);
    expect(layout?.periods).toEqual([{ header: "Utfall 2018-04-30", col: 3, hasValues: false }]);
  });

  it("reads English headers", () => {
    const layout = findLayout(
      sheet("Plan", [["Level", "Name", "Perspective", "Ref", "Target", "Actual April", "Direction", "Rule", "Owner"]]),
    );
    expect(layout?.columns).toEqual({
      level: 0,
      name: 1,
      perspective: 2,
      dnr: 3,
      target: 4,
      direction: 6,
      rule: 7,
      owner: 8,
    });
    expect(layout?.periods.map((p) => p.header)).toEqual(["Actual April"]);
  });

  it("treats every Utfall and Resultat column as a period and notes which have values", () => {
    const layout = findLayout(
      sheet("Plan", [
        ["Nivå", "Namn", "Målvärde 2021", "Utfall april", "Resultat per augusti", "Utfall helår", "Resultatmål"],
        ["Mål", "Kortare väntetider", "90 %", "61 %", null, null, null],
        ["Mätetal", "Andel inom 30 dagar", "90 %", null, { error: "#N/A" }, "  ", null],
      ]),
    );
    expect(layout?.columns.target).toBe(2);
    expect(layout?.periods).toEqual([
      { header: "Utfall april", col: 3, hasValues: true },
      { header: "Resultat per augusti", col: 4, hasValues: false },
      { header: "Utfall helår", col: 5, hasValues: false },
    ]);
    expect(layout?.lastHeaderCol).toBe(6);
  });

  it("takes the first of two columns with the same meaning", () => {
    const layout = findLayout(
      sheet("Plan", [["Nivå", "Namn", "Målvärde 2021", "Målvärde 2022", "Kommentar", "Analys"]]),
    );
    expect(layout?.columns.target).toBe(2);
    expect(layout?.columns.comment).toBe(4);
  });

  it("prefers an exact header to one with a suffix", () => {
    const layout = findLayout(sheet("Plan", [["Nivå", "Namn", "Status 2020", "Status"]]));
    expect(layout?.columns.status).toBe(3);
  });

  it("reads a header cell merged down from the row above", () => {
    const layout = findLayout(
      sheet(
        "Plan",
        [
          ["Nivå", "Namn", "Utfall", null],
          [null, null, "april", "augusti"],
          ["Mål", "Kortare väntetider", "61 %", null],
        ],
        { merges: [merge("A1:A2"), merge("B1:B2"), merge("C1:D1")] },
      ),
    );
    expect(layout?.headerRow).toBe(0);
    expect(layout?.periods).toEqual([{ header: "Utfall", col: 2, hasValues: true }]);
    expect(layout?.lastHeaderCol).toBe(3);
  });

  it("returns null without both a Nivå and a Namn column", () => {
    expect(findLayout(sheet("Data", [["Namn", "Målvärde", "Utfall"]]))).toBeNull();
    expect(findLayout(sheet("Tom", []))).toBeNull();
  });

  it("looks no further than row 20", () => {
    const titles = Array.from({ length: 20 }, (_, i) => [`Rad ${i + 1}`]);
    expect(findLayout(sheet("Plan", [...titles, ["Nivå", "Namn"]]))).toBeNull();
    expect(findLayout(sheet("Plan", [...titles.slice(1), ["Nivå", "Namn"]]))?.headerRow).toBe(19);
  });
});

describe("header names", () => {
  it.each([
    ["Mål", null],
    ["Målvärde", "target"],
    ["Målvärde 2021", "target"],
    ["Statusregel", "rule"],
    ["Status regel", "rule"],
    ["Status", "status"],
    ["Status kommentar", null],
    ["Resultatmål", null],
    ["Ansvarig nämnd", "owner"],
    ["Kommentar till utfall", "comment"],
  ])("%s is %s", (header, key) => {
    const match = matchHeader(header);
    expect(match?.kind === "column" ? match.key : null).toBe(key);
  });

  it.each(["Utfall", "Utfall 2018-04-30", "Resultat per augusti", "actual:"])("%s is a period", (header) => {
    expect(matchHeader(header)?.kind).toBe("period");
  });
});

import { groupCells, groupRepeated, groupSummary } from "../../src/domain/problem-groups";
import { makeProblem, type Problem } from "../../src/domain/problems";
import { adr } from "../support/adr";

const target = (sheet: string, cell: string, value = "Enligt plan"): Problem =>
  makeProblem("UNPARSEABLE_TARGET", { sheet, ...adr(cell) }, { value, reason: "text" });
const duplicate = (sheet: string, cell: string): Problem =>
  makeProblem("DUPLICATE_NAME", { sheet, ...adr(cell) }, { name: "X", other: `${sheet}!B2` });

describe("groupRepeated", () => {
  it("folds three or more of one code on one sheet into one entry where the first one was", () => {
    const problems = [
      duplicate("Plan", "B2"),
      target("Plan", "C3"),
      target("Plan", "C4"),
      duplicate("Plan", "B5"),
      target("Plan", "C9"),
    ];
    const entries = groupRepeated(problems);
    expect(entries.map((e) => (e.kind === "one" ? e.problem.cell : `group ${e.group.members.length}`))).toEqual([
      adr("B2"),
      "group 3",
      adr("B5"),
    ]);
  });

  it("keeps sheets apart and keeps every member", () => {
    const problems = [target("A", "C3"), target("B", "C3"), target("A", "C4"), target("B", "C4"), target("A", "C5")];
    const entries = groupRepeated(problems);
    expect(entries).toHaveLength(3);
    const group = entries[0];
    expect(group?.kind).toBe("group");
    if (group?.kind === "group")
      expect(group.group.members.map((p) => p.cell)).toEqual([adr("C3"), adr("C4"), adr("C5")]);
    expect(entries.slice(1).every((e) => e.kind === "one")).toBe(true);
  });

  it("keeps severities apart (a warning and an error of one code are not alike)", () => {
    const problems = [
      target("A", "C3"),
      target("A", "C4"),
      makeProblem("UNPARSEABLE_TARGET", adr("A!C5"), { value: "x", reason: "text" }, { severity: "warning" }),
    ];
    expect(groupRepeated(problems).every((e) => e.kind === "one")).toBe(true);
  });

  it("never loses or repeats a problem", () => {
    const problems = Array.from({ length: 50 }, (_, i) =>
      i % 3 === 0 ? duplicate(i % 2 ? "A" : "B", `B${i + 2}`) : target(i % 2 ? "A" : "B", `C${i + 2}`),
    );
    const flat = groupRepeated(problems).flatMap((e) => (e.kind === "one" ? [e.problem] : e.group.members));
    expect(new Set(flat)).toEqual(new Set(problems));
    expect(flat).toHaveLength(problems.length);
  });
});

describe("groupSummary", () => {
  const group = (() => {
    const entry = groupRepeated(Array.from({ length: 57 }, (_, i) => target("Plan", `E${7 + i}`, `v${i}`)))[0];
    if (entry?.kind !== "group") throw new Error("expected a group");
    return entry.group;
  })();

  it("names the count, the first three cells and how many more, with the first message as the example", () => {
    expect(groupCells(group)).toEqual(["E7", "E8", "E9"]);
    expect(groupSummary(group, "sv")).toBe(
      '57 gånger (E7, E8, E9 och 54 till), t.ex. E7: Målvärdet "v0" går inte att tolka.',
    );
    expect(groupSummary(group, "en", "The target …")).toBe("57 times (E7, E8, E9 and 54 more), e.g. E7: The target …");
  });

  it("says no 'more' when every cell is named", () => {
    const entry = groupRepeated([target("P", "C3"), target("P", "C4"), target("P", "C5")])[0];
    if (entry?.kind !== "group") throw new Error("expected a group");
    expect(groupSummary(entry.group, "sv")).toMatch(/^3 gånger \(C3, C4, C5\), t\.ex\. C3: /);
  });
});

describe("problems that are each their own fix", () => {
  it("are never folded (Regler settings, unreadable sheets)", () => {
    const problems = ["B3", "C4", "D5"].map((cell) =>
      makeProblem(
        "RULES_INVALID",
        { sheet: "Regler", ...adr(cell) },
        { issue: "tolerance-not-number", text: `fel i ${cell}` },
      ),
    );
    expect(groupRepeated(problems).map((e) => e.kind)).toEqual(["one", "one", "one"]);
  });
});

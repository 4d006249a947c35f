/**
 * Decides the final name of every generated sheet and which sheets of an earlier run go away. Only sheets in the
 * registry are ours; a user's sheet that has a wanted name keeps it and the generated sheet takes "Name (2)".
 */
import type { WorkbookGrid } from "../grid";
import { makeProblem, type Problem } from "../problems";
import { findRegistrySheet, readRegistry } from "./registry";
import { candidateName, isCandidateOf, RESERVED_SHEET_NAMES, sheetNameKey } from "./sheet-names";
import type { SummaryKind } from "./types";

export interface WantedSheet {
  readonly kind: SummaryKind;
  readonly key: string;
  /** From baseSheetName(): what the sheet is called when nothing stands in the way. */
  readonly base: string;
}

export interface NamedSheet extends WantedSheet {
  readonly name: string;
  /** The workbook's spelling of the generated sheet of this name from an earlier run; null when there is none. */
  readonly replaces: string | null;
}

export interface NameAssignment {
  /** Same order as the wanted sheets. */
  readonly sheets: readonly NamedSheet[];
  /** Generated sheets of an earlier run that no wanted sheet reuses. */
  readonly remove: readonly string[];
  /** The workbook's spelling of the registry sheet, or null. */
  readonly registryReplaces: string | null;
  readonly problems: readonly Problem[];
}

export function assignSheetNames(wanted: readonly WantedSheet[], grid: WorkbookGrid): NameAssignment {
  const registrySheet = findRegistrySheet(grid);
  const registry = readRegistry(grid);
  const registered = new Set(registry.map((e) => sheetNameKey(e.name)));

  /** Generated sheets present in the workbook, by name key → the workbook's spelling. */
  const generated = new Map<string, string>();
  /** Names nobody may take: the user's sheets (key → spelling), the registry, Excel's reserved names. */
  const taken = new Map<string, string>();
  for (const sheet of grid.sheets) {
    const key = sheetNameKey(sheet.name);
    if (sheet !== registrySheet && registered.has(key)) generated.set(key, sheet.name);
    else taken.set(key, sheet.name);
  }
  for (const name of RESERVED_SHEET_NAMES) taken.set(sheetNameKey(name), name);

  const names: (string | null)[] = wanted.map(() => null);
  const claimed = new Set<string>();
  const free = (name: string): boolean => !taken.has(sheetNameKey(name)) && !claimed.has(sheetNameKey(name));
  const claim = (i: number, name: string): void => {
    names[i] = name;
    claimed.add(sheetNameKey(name));
  };

  // 1. A sheet keeps the name it had last run while that name still fits it, so inserting a plan with the same
  //    (shortened) name above it does not shift names around.
  wanted.forEach((w, i) => {
    const previous = registry.find((e) => e.kind === w.kind && e.key === w.key);
    if (previous && isCandidateOf(previous.name, w.base) && free(previous.name)) claim(i, previous.name);
  });
  // 2. …but a "(2)" gives way to the plain name once that is free again.
  wanted.forEach((w, i) => {
    const current = names[i];
    if (current && sheetNameKey(current) !== sheetNameKey(w.base) && free(w.base)) {
      claimed.delete(sheetNameKey(current));
      claim(i, w.base);
    }
  });
  // 3. Everything else takes the first free candidate, in report order.
  wanted.forEach((w, i) => {
    if (names[i] !== null) return;
    for (let n = 1; ; n++) {
      const candidate = candidateName(w.base, n);
      if (free(candidate)) {
        claim(i, candidate);
        return;
      }
    }
  });

  const problems: Problem[] = [];
  const sheets = wanted.map((w, i): NamedSheet => {
    const name = names[i] ?? w.base;
    const blocker = taken.get(sheetNameKey(w.base));
    if (blocker !== undefined && sheetNameKey(name) !== sheetNameKey(w.base)) {
      problems.push(makeProblem("GENERATED_NAME_TAKEN", { sheet: blocker }, { name: blocker, used: name }));
    }
    return { ...w, name, replaces: generated.get(sheetNameKey(name)) ?? null };
  });

  return {
    sheets,
    remove: [...generated.entries()].filter(([key]) => !claimed.has(key)).map(([, spelling]) => spelling),
    registryReplaces: registrySheet?.name ?? null,
    problems,
  };
}

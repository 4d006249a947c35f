/**
 * Which reading each sheet gets: the user's Bladtolkning on Regler when it names the sheet, else recognition
 * (SPEC §1a). Both give a PlanLayout; nothing downstream can tell them apart but by `origin`.
 */
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { Problem } from "../problems";
import { parseBladtolkning, type SheetOverride } from "../rules/bladtolkning";
import type { Rules } from "../rules/types";
import type { PlanLayout } from "../sheet/layout";
import { layoutFromOverride } from "../sheet/override-layout";
import { recognizeLayout } from "../sheet/recognize";

export interface LayoutChooser {
  /** The sheet's layout, or null when it is no plan sheet; problems with an override go to `problems`. */
  layoutOf(sheet: SheetGrid, rules: Rules, problems: Problem[]): PlanLayout | null;
}

export function layoutChooser(grid: WorkbookGrid, regler: SheetGrid | undefined, problems: Problem[]): LayoutChooser {
  const overrides = new Map<string, SheetOverride>();
  if (regler !== undefined) {
    const parsed = parseBladtolkning(
      regler,
      grid.sheets.map((s) => s.name),
    );
    for (const p of parsed.problems) problems.push(p);
    for (const o of parsed.overrides) overrides.set(o.sheet, o);
  }
  return {
    layoutOf(sheet, rules, sink) {
      const inferred = recognizeLayout(sheet, { perspectives: rules.perspectives });
      const override = overrides.get(sheet.name);
      if (override === undefined || regler === undefined) return inferred;
      const made = layoutFromOverride(sheet, override, inferred, regler.name, rules.perspectives);
      for (const p of made.problems) sink.push(p);
      return made.layout ?? inferred;
    },
  };
}

/**
 * "Så lästes bladen" (SPEC §1a, §8): how each plan sheet was read, next to the problems, in the pane's language.
 * The sentences come from the domain's renderer and the texts from `i18n/sv/ui.ts` and `i18n/en/ui.ts`; this file only lays them out. Kept apart from taskpane.ts so that
 * the list and its button stay one small view.
 */
import { UI_STRINGS } from "../src/domain/i18n/ui";
import type { Locale } from "../src/domain/problems";
import { describeLayout } from "../src/domain/sheet/describe-layout";
import type { PlanLayout } from "../src/domain/sheet/layout";
import { el } from "./dom";

/** One sentence per plan sheet, in sheet order. */
export function layoutSentences(layouts: readonly PlanLayout[], locale: Locale): string[] {
  return layouts.map((layout) => describeLayout(layout, locale));
}

/** The section's content: a list of sentences and the hint, or a note that no sheet was read. */
export function layoutNodes(layouts: readonly PlanLayout[], locale: Locale): HTMLElement[] {
  const t = UI_STRINGS[locale].layouts;
  if (layouts.length === 0) return [el("p", { className: "help", text: t.none })];
  const list = el("ul", { className: "layout-list" });
  for (const sentence of layoutSentences(layouts, locale)) list.append(el("li", { text: sentence }));
  return [list, el("p", { className: "help", text: t.hint })];
}

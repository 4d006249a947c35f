/**
 * "Så lästes bladen" (SPEC §1a, §8): how each plan sheet was read, next to the problems, in the pane's language.
 * The sentences come from the domain's renderer; this file only lays them out. Kept apart from taskpane.ts so that
 * the list and its button stay one small view.
 */
import type { Locale } from "../src/domain/problems";
import { describeLayout } from "../src/domain/sheet/describe-layout";
import type { PlanLayout } from "../src/domain/sheet/layout";
import { el } from "./dom";

export interface LayoutTexts {
  readonly heading: string;
  readonly none: string;
  readonly hint: string;
}

export const LAYOUT_TEXTS: Readonly<Record<Locale, LayoutTexts>> = {
  sv: {
    heading: "Så lästes bladen",
    none: "Inget blad lästes som planblad.",
    hint: "Stämmer det inte? Rätta tolkningen i tabellen Bladtolkning på bladet Regler och välj Validera igen.",
  },
  en: {
    heading: "How the sheets were read",
    none: "No sheet was read as a plan sheet.",
    hint: "Not right? Correct the reading in the Bladtolkning table on the Regler sheet and choose Validate again.",
  },
};

/** One sentence per plan sheet, in sheet order. */
export function layoutSentences(layouts: readonly PlanLayout[], locale: Locale): string[] {
  return layouts.map((layout) => describeLayout(layout, locale));
}

/** The section's content: a list of sentences and the hint, or a note that no sheet was read. */
export function layoutNodes(layouts: readonly PlanLayout[], locale: Locale): HTMLElement[] {
  const t = LAYOUT_TEXTS[locale];
  if (layouts.length === 0) return [el("p", { className: "help", text: t.none })];
  const list = el("ul", { className: "layout-list" });
  for (const sentence of layoutSentences(layouts, locale)) list.append(el("li", { text: sentence }));
  return [list, el("p", { className: "help", text: t.hint })];
}

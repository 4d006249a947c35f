/**
 * "Så lästes bladen" (SPEC §1a, §8): how each plan sheet was read, next to the problems, in the pane's language.
 * The sentences come from the domain's renderer; this file only lays them out. Kept apart from taskpane.ts so that
 * the list and its button stay one small view.
 */
import type { SavedBladtolkning } from "../src/adapters/office/bladtolkning-sheet";
import type { Locale } from "../src/domain/problems";
import { describeLayout } from "../src/domain/sheet/describe-layout";
import type { PlanLayout } from "../src/domain/sheet/layout";
import { el } from "./dom";

export interface LayoutTexts {
  readonly heading: string;
  readonly none: string;
  readonly hint: string;
  /** "Spara tolkningen": its button, the line under it, the progress text and what it says afterwards. */
  readonly save: string;
  readonly saveHelp: string;
  readonly saving: string;
  readonly nothingToSave: string;
  readonly saved: (saved: SavedBladtolkning) => string;
}

export const LAYOUT_TEXTS: Readonly<Record<Locale, LayoutTexts>> = {
  sv: {
    heading: "Så lästes bladen",
    none: "Inget blad lästes som planblad.",
    hint: "Stämmer det inte? Rätta tolkningen i tabellen Bladtolkning på bladet Regler och välj Validera igen.",
    save: "Spara tolkningen",
    saveHelp:
      "Skriver hur bladen lästes till tabellen Bladtolkning på bladet Regler, så att du kan rätta den. " +
      "Bara den tabellen ändras.",
    saving: "Sparar tolkningen på bladet Regler …",
    nothingToSave: "Inget blad lästes som planblad, så det finns ingen tolkning att spara. Inget har ändrats.",
    saved: ({ created, address, sheets }) =>
      `${created ? "Bladet Regler är skapat med standardreglerna. " : ""}` +
      `Tolkningen av ${sheets === 1 ? "1 blad" : `${sheets} blad`} är sparad i tabellen Bladtolkning på bladet ` +
      `Regler (${address}). Ändra Roll, Rubrikrad, Rad eller Nivå där det inte stämmer och välj Validera igen: ` +
      "tabellen gäller i stället för den automatiska tolkningen. Töm tabellen för att låta bladen tolkas automatiskt igen.",
  },
  en: {
    heading: "How the sheets were read",
    none: "No sheet was read as a plan sheet.",
    hint: "Not right? Correct the reading in the Bladtolkning table on the Regler sheet and choose Validate again.",
    save: "Save the reading",
    saveHelp:
      "Writes how the sheets were read to the Bladtolkning table on the Regler sheet, so that you can correct it. " +
      "Only that table changes.",
    saving: "Saving the reading on the Regler sheet …",
    nothingToSave: "No sheet was read as a plan sheet, so there is no reading to save. Nothing was changed.",
    saved: ({ created, address, sheets }) =>
      `${created ? "The Regler sheet was created with the default rules. " : ""}` +
      `The reading of ${sheets === 1 ? "1 sheet" : `${sheets} sheets`} is saved in the Bladtolkning table on the ` +
      `Regler sheet (${address}). Change Roll, Rubrikrad, Rad or Nivå where it is wrong and choose Validate again: ` +
      "the table replaces the automatic reading. Empty the table to have the sheets read automatically again.",
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

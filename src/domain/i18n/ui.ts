/** The add-in's own texts by language: `UI_STRINGS[locale]`, Swedish or English as Office's display language says. */
import type { Locale } from "../problems";
import { uiEn } from "./en/ui";
import { uiSv } from "./sv/ui";
import type { UiStrings } from "./ui-strings";

export type { UiStrings } from "./ui-strings";

export const UI_STRINGS: Readonly<Record<Locale, UiStrings>> = { sv: uiSv, en: uiEn };

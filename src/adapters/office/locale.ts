/** The UI language: Swedish, English where Office reports an English display language (SPEC: "Who uses it"). */
import type { Locale } from "../../domain/problems";

export function localeOf(displayLanguage: string | null | undefined): Locale {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "sv";
}

export function officeLocale(): Locale {
  return localeOf(typeof Office === "undefined" ? null : Office.context?.displayLanguage);
}

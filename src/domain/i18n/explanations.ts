/**
 * `renderExplanation(explanation, locale)`: why a row got its status, in words. Each consumer renders at its edge:
 * the JSON report and the report document in Swedish (they travel with the workbook), the task pane in Office's
 * display language.
 */
import type { Locale } from "../problems";
import type { Explanation, ExplanationRenderer, MissingExplanation } from "../status/explanation";
import { explanationsEn } from "./en/explanations";
import { explanationsSv } from "./sv/explanations";

const RENDERERS: Readonly<Record<Locale, ExplanationRenderer>> = { sv: explanationsSv, en: explanationsEn };

export function renderExplanation(explanation: Explanation, locale: Locale): string {
  const words = RENDERERS[locale];
  switch (explanation.kind) {
    case "threshold":
      return words.threshold(explanation);
    case "range":
      return words.range(explanation);
    case "yesno":
      return words.yesno(explanation);
    case "manual":
      return words.manual(explanation);
    case "rollup":
      return words.rollup(explanation);
    case "empty-plan":
      return words["empty-plan"](explanation);
    case "missing":
      // The map is typed per reason; TypeScript cannot correlate the lookup with the argument, hence the widening.
      return (words.missing[explanation.reason] as (e: MissingExplanation) => string)(explanation);
  }
}

/** Finding a rule by the name a user typed in the Regel column. */
import { normalizeLabel } from "../sheet/text";
import { DEFAULT_INDICATOR_RULE } from "./defaults";
import type { IndicatorRule, Rules } from "./types";

/** Compares names the way people type them: any case, extra or no-break spaces. */
export function ruleKey(name: string): string {
  return normalizeLabel(name);
}

/** The rule with this name, or null (the caller reports UNKNOWN_RULE and uses the default rule). */
export function findRule(rules: Rules, name: string): IndicatorRule | null {
  const key = ruleKey(name);
  if (key === "") return null;
  return rules.indicatorRules.find((r) => ruleKey(r.name) === key) ?? null;
}

/** The rule used where Regel is empty. Rules from parseReglerSheet always contain it; the fallback covers hand-made Rules. */
export function defaultRule(rules: Rules): IndicatorRule {
  return findRule(rules, rules.defaultRule) ?? DEFAULT_INDICATOR_RULE;
}

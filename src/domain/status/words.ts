/** The colour words explanations end with ("→ gul"), as the seeds' sentences do. */
import type { Status } from "../status";

export const STATUS_WORD_SV: Readonly<Record<Status, string>> = {
  green: "grön",
  yellow: "gul",
  red: "röd",
  missing: "saknar bedömning",
};

export function verdict(status: Status): string {
  return `→ ${STATUS_WORD_SV[status]}`;
}

/**
 * The one-sentence summary in the seeds' style: "Av 41 framgångsfaktorer är 7 uppfyllda, 29 delvis uppfyllda och
 * 4 ej uppfyllda; 1 saknar bedömning." Zero parts are left out; one, two and all-alike read as Swedish would say them.
 */
import type { StatusCounts } from "../status/statuses";
import { statusParticiple as participle, type AssessedStatus, type LevelWord } from "../level-words";

const ASSESSED: readonly AssessedStatus[] = ["green", "yellow", "red"];

function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} och ${parts[parts.length - 1] ?? ""}`;
}

export interface SentenceOptions {
  /**
   * true for the whole workbook: "Av de 41 framgångsfaktorerna …" (the ones the reader already knows of);
   * false for a part of it: "Av 41 framgångsfaktorer …".
   */
  readonly definite: boolean;
}

export function summarySentence(counts: StatusCounts, word: LevelWord, options: SentenceOptions): string {
  const total = counts.green + counts.yellow + counts.red + counts.missing;
  if (total === 0) return `Det finns inga ${word.plural} att redovisa.`;

  const present = ASSESSED.filter((s) => counts[s] > 0);
  const predicate =
    counts.missing === total
      ? "saknar bedömning"
      : counts.missing === 0 && present.length === 1 && present[0]
        ? `är ${participle(present[0], total, word.gender)}`
        : null;

  if (predicate !== null) {
    if (total === 1) {
      const article = word.gender === "en" ? "Den" : "Det";
      return `${article} enda ${word.definiteSingular} ${predicate}.`;
    }
    if (total === 2) return `Båda ${word.definitePlural} ${predicate}.`;
    const subject = options.definite ? `de ${total} ${word.definitePlural}` : `${total} ${word.plural}`;
    return `Alla ${subject} ${predicate}.`;
  }

  const whole = options.definite ? `de ${total} ${word.definitePlural}` : `${total} ${word.plural}`;
  const parts = present.map((s) => `${counts[s]} ${participle(s, counts[s], word.gender)}`);
  const missing = counts.missing > 0 ? `; ${counts.missing} saknar bedömning` : "";
  return `Av ${whole} är ${joinSwedish(parts)}${missing}.`;
}

/**
 * One measured row, an indicator or an aktivt mål: its cells read, every problem with them reported at the cell,
 * and the status its rule computes. Bedömning is applied by the caller (manual.ts).
 */
import { type CellContent } from "../grid";
import type { CellAddress } from "../address/cell-address";
import { makeProblem } from "../problems";
import { findRule } from "../rules/lookup";
import type { IndicatorRule } from "../rules/types";
import { cellText } from "../sheet/text";
import type { ColumnKey } from "../sheet/types";
import type { Status } from "../status/statuses";
import type { Direction, DirectionSource, StatusSource } from "../vocabulary";
import type { Explanation } from "../status/explanation";
import { evaluateIndicator } from "../status/indicator-rule";
import { directionWordsInName, parseDirectionCell } from "../values/direction";
import { lowerIsBetterTerm } from "../values/lower-is-better";
import { formatValueSv } from "../values/format";
import { readValue } from "../values/read-value";
import { reconcileScale } from "../values/scale";
import { reconcileUnits } from "../values/units";
import type { ReadValue, YesNoWords } from "../values/types";
import { at, cellOf, rawOf, type SheetContext } from "./context";
import { resolveDirection } from "./direction";
import type { Judged } from "./manual";

export interface Measured extends Judged {
  readonly target: ReadValue | null;
  /** As compared: on the target's scale when the scale rule reinterpreted it. */
  readonly actual: ReadValue | null;
  /** null where direction plays no part (yes/no and range targets). */
  readonly direction: Direction | null;
  readonly directionSource: DirectionSource | null;
}

export function measureRow(ctx: SheetContext, row: number, name: string): Measured {
  const rule = ruleOf(ctx, row);
  const words = yesNoWordsOf(rule.rule);
  const target = readAt(ctx, row, "target", words);
  const actualCell = ctx.actualCol === null ? null : ctx.read(row, ctx.actualCol);
  const rawActual = actualCell === null ? null : readValue(actualCell, words);

  reportUnreadable(ctx, row, "target", target);
  reportUnreadable(ctx, row, null, rawActual);
  // Checked before the actual arrives, so a missing Jämförelsevärde shows up while there is time to fill it in.
  const baseline = target?.kind === "baseline" ? baselineOf(ctx, row, target) : null;

  const direction = directionOf(ctx, row, name, target, rule);

  if (target?.kind === "not-measured") {
    ctx.problems.push(
      makeProblem("NOT_MEASURED", at(ctx, row, "target"), { name, value: target.text, column: "target" }),
    );
  }
  if (rawActual?.kind === "not-measured" || (rawActual === null && onlyDashes(actualCell))) {
    const text = rawActual?.text ?? "–";
    ctx.problems.push(makeProblem("NOT_MEASURED", actualAt(ctx, row), { name, value: text, column: "actual" }));
    return unmeasured({ kind: "missing", reason: "actual-not-measured", text }, target, rawActual, direction);
  }
  if (rawActual === null) {
    const explanation: Explanation =
      ctx.actualHeader === null
        ? { kind: "missing", reason: "no-actual-column" }
        : { kind: "missing", reason: "no-actual", column: ctx.actualHeader };
    return unmeasured(explanation, target, rawActual, direction);
  }
  if (target === null) {
    ctx.problems.push(makeProblem("MISSING_TARGET", at(ctx, row, "target"), { name }));
    return unmeasured({ kind: "missing", reason: "no-target" }, target, rawActual, direction);
  }
  if (target.kind === "unparseable") {
    const explanation: Explanation = { kind: "missing", reason: "target-unreadable", text: target.text };
    return unmeasured(explanation, target, rawActual, direction);
  }
  if (target.kind === "not-measured") {
    const explanation: Explanation = { kind: "missing", reason: "target-not-measured", text: target.text };
    return unmeasured(explanation, target, rawActual, direction);
  }
  if (target.kind === "internal-error" || rawActual.kind === "internal-error") {
    const which = target.kind === "internal-error" ? "target" : "actual";
    const explanation: Explanation = { kind: "missing", reason: "internal-error", which };
    return unmeasured(explanation, target, rawActual, direction);
  }
  if (rawActual.kind === "unparseable") {
    const explanation: Explanation = { kind: "missing", reason: "actual-unreadable", text: rawActual.text };
    return unmeasured(explanation, target, rawActual, direction);
  }
  if (!comparable(target, rawActual)) {
    ctx.problems.push(
      makeProblem("UNPARSEABLE_ACTUAL", actualAt(ctx, row), {
        value: rawActual.text,
        reason: "incomparable",
        target: formatValueSv(target),
      }),
    );
  }

  const scaleFrom = baseline !== null && baseline.kind !== "unparseable" ? baseline : target;
  const scaled = reconcileScale(scaleFrom, rawActual);
  if (scaled.reinterpreted) {
    ctx.problems.push(
      makeProblem("SCALE_MISMATCH", actualAt(ctx, row), {
        actual: rawActual.text,
        interpreted: formatValueSv(scaled.actual),
        target: scaleFrom.text,
        targetScale:
          scaleFrom.kind === "percent" || (scaleFrom.kind === "range" && scaleFrom.percent) ? "percent" : "number",
      }),
    );
  }
  const units = reconcileUnits(scaleFrom, scaled.actual);
  if (units.kind === "mismatch") {
    const { actualUnit, targetUnit } = units;
    ctx.problems.push(makeProblem("UNIT_MISMATCH", actualAt(ctx, row), { actualUnit, targetUnit }));
    const against = scaleFrom === target ? "target" : "baseline";
    const explanation: Explanation = { kind: "missing", reason: "unit-mismatch", actualUnit, targetUnit, against };
    return unmeasured(explanation, target, scaled.actual, direction);
  }
  const actual = units.actual;

  const outcome = evaluateIndicator({
    target,
    actual,
    baseline,
    direction: direction.direction ?? "higher",
    rule: rule.rule,
    ...(units.kind === "converted" ? { actualAsWritten: units.from } : {}),
  });
  const source = outcome.status === "missing" ? "none" : "computed";
  return measured(outcome.status, source, outcome.explanation, target, actual, direction);
}

/**
 * One literal with every field, made by a plain function: a closure over the row's facts cost an allocation
 * (and, under tsx, a __name call) on each of 100k rows.
 */
function measured(
  status: Status,
  source: StatusSource,
  explanation: Explanation,
  target: ReadValue | null,
  actual: ReadValue | null,
  direction: RowDirection,
): Measured {
  return {
    status,
    source,
    explanation,
    target,
    actual,
    direction: direction.direction,
    directionSource: direction.directionSource,
  };
}

/** A row whose status cannot be computed: missing, with the reason why. */
function unmeasured(
  explanation: Explanation,
  target: ReadValue | null,
  actual: ReadValue | null,
  direction: RowDirection,
): Measured {
  return measured("missing", "none", explanation, target, actual, direction);
}

interface RowRule {
  readonly rule: IndicatorRule;
  /** Named in the Regel column: only then does the rule's direction outrank the target's words. */
  readonly named: boolean;
}

function ruleOf(ctx: SheetContext, row: number): RowRule {
  const value = rawOf(ctx, row, "rule");
  const written = value === undefined ? "" : cellText(value);
  if (written === "") return unnamedRule(ctx.defaultRule);
  const found = findRule(ctx.rules, written);
  if (found !== null) return { rule: found, named: true };
  ctx.problems.push(makeProblem("UNKNOWN_RULE", at(ctx, row, "rule"), { value: written }));
  return unnamedRule(ctx.defaultRule);
}

/** Most rows name no rule; they share one RowRule per default rule instead of allocating their own. */
const unnamedRules = new WeakMap<IndicatorRule, RowRule>();

function unnamedRule(rule: IndicatorRule): RowRule {
  let found = unnamedRules.get(rule);
  if (found === undefined) {
    found = { rule, named: false };
    unnamedRules.set(rule, found);
  }
  return found;
}

/** The words the value reader takes for ja/pågår/nej, shared per rule rather than rebuilt on every row. */
const yesNoWords = new WeakMap<IndicatorRule, YesNoWords>();

function yesNoWordsOf(rule: IndicatorRule): YesNoWords {
  let words = yesNoWords.get(rule);
  if (words === undefined) {
    words = { yes: rule.yesWords, ongoing: rule.ongoingWords, no: rule.noWords };
    yesNoWords.set(rule, words);
  }
  return words;
}

interface RowDirection {
  /** null where direction plays no part (yes/no and range targets). */
  readonly direction: Direction | null;
  readonly directionSource: DirectionSource | null;
}

const NO_DIRECTION: RowDirection = { direction: null, directionSource: null };

function directionOf(
  ctx: SheetContext,
  row: number,
  name: string,
  target: ReadValue | null,
  rule: RowRule,
): RowDirection {
  if (target !== null && (target.kind === "boolean" || target.kind === "range")) return NO_DIRECTION;
  const columnValue = rawOf(ctx, row, "direction");
  const fromColumn = columnValue === undefined ? null : parseDirectionCell(columnValue);
  const column = fromColumn === "yesno" ? null : fromColumn;
  const ruleDirection = rule.named ? rule.rule.direction : null;
  const targetDirection = target?.comparison?.direction ?? null;
  // The name's wording only decides when no explicit source does, so it is only read then: it is a text scan.
  const explicit = column !== null || ruleDirection !== null || targetDirection !== null;
  const fromName = explicit ? null : nameDirection(ctx, name);
  const resolved = resolveDirection({
    column,
    rule: ruleDirection,
    target: targetDirection,
    name: fromName?.direction ?? null,
    fallback: ctx.defaultRule.direction ?? "higher",
  });
  // Only a target that is compared needs a direction; a Ja/Nej in Riktning says none is needed.
  const matters = target !== null && COMPARED_KINDS.has(target.kind) && fromColumn !== "yesno";
  if (matters && resolved.source === "default") {
    ctx.problems.push(
      makeProblem(
        "DIRECTION_ASSUMED",
        at(ctx, row, ctx.layout.columns.direction === undefined ? "target" : "direction"),
        {
          name,
          direction: resolved.direction,
        },
      ),
    );
  }
  // A measure read as lower-is-better by its name alone: say so, since nothing the user wrote decided it.
  if (matters && resolved.source === "name" && fromName?.term !== undefined) {
    ctx.problems.push(
      makeProblem(
        "DIRECTION_FROM_NAME",
        at(ctx, row, ctx.layout.columns.direction === undefined ? "target" : "direction"),
        { name, direction: resolved.direction, term: fromName.term },
      ),
    );
  }
  if (matters) {
    for (const c of resolved.conflicts) {
      ctx.problems.push(
        makeProblem("DIRECTION_CONFLICT", at(ctx, row, SOURCE_COLUMN[c.loser]), {
          winner: resolved.source,
          winnerDirection: resolved.direction,
          loser: c.loser,
          loserDirection: c.direction,
        }),
      );
    }
  }
  return { direction: resolved.direction, directionSource: resolved.source };
}

/**
 * The direction a name gives: its words ("ska minska", "ökad"), else a lower-is-better measure it names
 * (SPEC §2's lexicon and the Regler sheet's list), with the term. Words that point both ways leave it open.
 */
function nameDirection(ctx: SheetContext, name: string): { direction: Direction; term?: string } | null {
  const words = directionWordsInName(name);
  if (words === "higher" || words === "lower") return { direction: words };
  if (words === "both") return null;
  const match = lowerIsBetterTerm(name, ctx.rules.lowerIsBetter);
  return match === null ? null : { direction: "lower", term: match.term };
}

/** Targets that are compared with the actual, so that their direction matters. */
const COMPARED_KINDS: ReadonlySet<ReadValue["kind"]> = new Set(["number", "percent", "baseline"]);

/** Where a losing direction source is written, so the problem points at the cell to check. */
const SOURCE_COLUMN: Readonly<Record<DirectionSource, ColumnKey>> = {
  column: "direction",
  rule: "rule",
  target: "target",
  name: "name",
  default: "name",
};

function baselineOf(ctx: SheetContext, row: number, target: ReadValue): ReadValue | null {
  const cell = cellOf(ctx, row, "baseline");
  const value = cell === null ? null : readValue(cell);
  const where = at(ctx, row, ctx.layout.columns.baseline === undefined ? "target" : "baseline");
  if (value === null) {
    ctx.problems.push(makeProblem("BASELINE_MISSING", where, { value: target.text }));
  } else if (value.kind === "unparseable" && value.reason === "cell-error") {
    ctx.problems.push(makeProblem("CELL_ERROR", where, { value: value.text }));
  } else if (value.kind === "internal-error") {
    ctx.problems.push(makeProblem("INTERNAL_ERROR", where, { value: value.text, detail: value.message }));
  } else if (value.kind !== "number" && value.kind !== "percent") {
    ctx.problems.push(makeProblem("BASELINE_MISSING", where, { value: target.text, baseline: value.text }));
  }
  return value;
}

function readAt(ctx: SheetContext, row: number, key: ColumnKey, words: YesNoWords): ReadValue | null {
  const cell = cellOf(ctx, row, key);
  return cell === null ? null : readValue(cell, words);
}

/** UNPARSEABLE_* for text that cannot be read, CELL_ERROR for #N/A and friends. `key` null: the Utfall cell. */
function reportUnreadable(ctx: SheetContext, row: number, key: "target" | null, value: ReadValue | null): void {
  if (value === null) return;
  const where = key === null ? actualAt(ctx, row) : at(ctx, row, key);
  if (value.kind === "internal-error") {
    ctx.problems.push(makeProblem("INTERNAL_ERROR", where, { value: value.text, detail: value.message }));
    return;
  }
  if (value.kind !== "unparseable") return;
  if (value.reason === "cell-error") {
    ctx.problems.push(makeProblem("CELL_ERROR", where, { value: value.text }));
    return;
  }
  const code = key === null ? "UNPARSEABLE_ACTUAL" : "UNPARSEABLE_TARGET";
  ctx.problems.push(makeProblem(code, where, { value: value.text, reason: value.reason }));
}

function actualAt(ctx: SheetContext, row: number): CellAddress {
  return ctx.actualCol === null ? at(ctx, row, "name") : { sheet: ctx.sheet, row, col: ctx.actualCol };
}

/** Kinds the rule can compare: a yes/no target takes yes/no or a number; every other target takes a number. */
function comparable(target: ReadValue, actual: ReadValue): boolean {
  if (actual.kind === "number" || actual.kind === "percent") return true;
  return target.kind === "boolean" && actual.kind === "boolean";
}

/** An Utfall of only dashes ("–"): the glyph people type for "not measured"; the reader takes it as empty. */
function onlyDashes(cell: CellContent | null): boolean {
  const value: unknown = cell?.value;
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2d && code !== 0x2212 && !(code >= 0x2010 && code <= 0x2014)) return false;
  }
  return true;
}

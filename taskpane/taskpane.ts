/**
 * The task pane: runs the use cases through the Office adapter and shows what came back. No engine logic here:
 * everything it shows is in the Evaluation (view-model.ts turns it into text).
 */
import { recalc, recalcWithSummaries, validate } from "../src/app/run";
import type { Problem } from "../src/domain/problems";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../src/domain/rules/regler-sheet";
import type { Evaluation } from "../src/domain/evaluation";
import type { Locale } from "../src/domain/problems";
import { STATUSES, STATUS_GLYPH } from "../src/domain/status";
import { isExcelHost, logError } from "../src/adapters/office/helpers";
import { officeLocale } from "../src/adapters/office/locale";
import { OfficeWorkbook } from "../src/adapters/office/office-workbook";
import { savedPeriod, savePeriod } from "../src/adapters/office/period-setting";
import { writeReglerSheet } from "../src/adapters/office/regler-sheet";
import { currentSelection, goToCell, watchSelection, type SelectedCell } from "../src/adapters/office/selection";
import { failureText, headline, periodLine, statusLabel, summarize, type RunKind } from "../src/commands/outcome";
import { el, byId } from "./dom";
import { setupReportButton } from "./report-button";
import { STRINGS, type Strings } from "./strings";
import { describeRow, findRow, groupProblems } from "./view-model";
import { LAYOUT_TEXTS, layoutNodes } from "./layout-view";

type Work = RunKind | "summaries" | "regler";

interface State {
  locale: Locale;
  text: Strings;
  evaluation: Evaluation | null;
  ranAt: Date | null;
  /** The period the automatic choice picked last time, for the select's first option. */
  autoPeriod: string | null;
  selection: SelectedCell | null;
  busy: boolean;
}

const state: State = {
  locale: "sv",
  text: STRINGS.sv,
  evaluation: null,
  ranAt: null,
  autoPeriod: null,
  selection: null,
  busy: false,
};

const ui = {
  main: () => byId("main"),
  period: () => byId<HTMLSelectElement>("period"),
  validate: () => byId<HTMLButtonElement>("validate"),
  recalc: () => byId<HTMLButtonElement>("recalc"),
  summaries: () => byId<HTMLButtonElement>("summaries"),
  regler: () => byId<HTMLButtonElement>("regler"),
  progress: () => byId("progress"),
  progressText: () => byId("progress-text"),
  summary: () => byId("summary"),
  problems: () => byId("problems"),
  layouts: () => byId("layouts"),
  row: () => byId("row-details"),
};

/** Buttons whose feature is not available in this build stay disabled whatever happens. */
const unavailable = new Set<HTMLButtonElement>();

function applyStaticTexts(): void {
  const t = state.text;
  document.documentElement.lang = state.locale;
  const set = (id: string, text: string): void => {
    byId(id).textContent = text;
  };
  set("title", t.title);
  set("subtitle", t.subtitle);
  set("period-label", t.periodLabel);
  set("period-help", t.periodHelp);
  set("problems-heading", t.problemsHeading);
  set("layouts-heading", LAYOUT_TEXTS[state.locale].heading);
  set("row-heading", t.rowHeading);
  set("more-heading", t.moreHeading);
  ui.validate().textContent = t.validate;
  ui.recalc().textContent = t.recalc;
  ui.summaries().textContent = t.summaries;
  ui.regler().textContent = t.regler;
  set("summaries-help", t.summariesHelp);
  set("regler-help", t.reglerHelp);
  ui.problems().replaceChildren(el("p", { className: "help", text: t.noRunYet }));
  ui.layouts().replaceChildren(el("p", { className: "help", text: t.noRunYet }));
  ui.row().replaceChildren(el("p", { className: "help", text: t.rowHint }));
  renderPeriodOptions([], savedPeriod());
}

function setBusy(work: Work | null): void {
  state.busy = work !== null;
  ui.main().setAttribute("aria-busy", String(state.busy));
  ui.progress().hidden = work === null;
  ui.progressText().textContent = work ? state.text.working[work] : "";
  for (const button of [ui.validate(), ui.recalc(), ui.summaries(), ui.regler()]) {
    button.disabled = state.busy || unavailable.has(button);
  }
  ui.period().disabled = state.busy;
}

function renderPeriodOptions(periods: readonly string[], chosen: string | null): void {
  const select = ui.period();
  const options = [el("option", { text: state.text.periodAuto(state.autoPeriod), attrs: { value: "" } })];
  const all = chosen && !periods.includes(chosen) ? [...periods, chosen] : periods;
  for (const p of all) options.push(el("option", { text: p, attrs: { value: p } }));
  select.replaceChildren(...options);
  select.value = chosen ?? "";
}

function renderSummary(kind: RunKind, evaluation: Evaluation): void {
  const outcome = summarize(kind, evaluation, state.locale);
  const counts = el("ul", { className: "counts", attrs: { "aria-label": headline(outcome) } });
  for (const status of STATUSES) {
    counts.append(
      el("li", {}, [
        el("span", { className: `n status-${status}`, text: `${outcome.counts[status]}` }),
        el("span", { className: "label" }, [
          el("span", { className: `glyph status-${status}`, text: `${STATUS_GLYPH[status]} ` }),
          statusLabel(status, state.locale),
        ]),
      ]),
    );
  }
  ui.summary().replaceChildren(
    el("p", { className: "headline", text: headline(outcome) }),
    el("p", { className: "period", text: periodLine(outcome) }),
    counts,
  );
}

function renderProblems(problems: readonly Problem[]): void {
  const groups = groupProblems(problems, state.locale);
  if (groups.length === 0) {
    ui.problems().replaceChildren(el("p", { className: "note ok", text: state.text.noProblems }));
    return;
  }
  const children: HTMLElement[] = [];
  for (const group of groups) {
    const headingId = `problems-${group.severity}`;
    children.push(
      el("h3", { attrs: { id: headingId } }, [
        group.title,
        el("span", { className: "count-badge", text: ` (${group.total})` }),
      ]),
    );
    const list = el("ul", { className: `problem-list sev-${group.severity}`, attrs: { "aria-labelledby": headingId } });
    for (const item of group.items) {
      const content = [
        el("span", { className: "where", text: item.where }),
        el("span", { className: "message", text: item.message }),
      ];
      if (item.target) {
        const target = item.target;
        const button = el(
          "button",
          { className: "problem", attrs: { type: "button", title: state.text.goToCell(item.where) } },
          content,
        );
        button.dataset["sheet"] = target.sheet;
        if (target.cell) button.dataset["cell"] = target.cell;
        button.addEventListener("click", () => {
          goToCell(target.sheet, target.cell).catch(logError);
        });
        list.append(el("li", {}, [button]));
      } else {
        list.append(el("li", {}, [el("span", { className: "problem" }, content)]));
      }
    }
    children.push(list);
  }
  ui.problems().replaceChildren(...children);
}

function renderRow(): void {
  const t = state.text;
  const { evaluation, selection } = state;
  if (!evaluation || !selection) {
    ui.row().replaceChildren(el("p", { className: "help", text: evaluation ? t.rowHint : t.noRunYet }));
    return;
  }
  const row = findRow(evaluation, selection.sheet, selection.row);
  if (!row) {
    ui.row().replaceChildren(el("p", { className: "help", text: t.rowNotPlan(selection.sheet, selection.row) }));
    return;
  }
  const details = describeRow(row, state.locale);
  const list = el("dl", { className: "details" });
  for (const line of details.lines) {
    const dd = el("dd", { text: line.value });
    if (line.note) dd.append(el("span", { className: "note", text: line.note }));
    list.append(el("dt", { text: line.label }), dd);
  }
  const time = state.ranAt
    ? state.ranAt.toLocaleTimeString(state.locale === "en" ? "en-GB" : "sv-SE", { hour: "2-digit", minute: "2-digit" })
    : "";
  ui.row().replaceChildren(
    el("p", { className: "row-title", text: details.heading }),
    el("p", { className: "row-status" }, [
      el("span", { className: `glyph status-${details.status}`, text: details.glyph }),
      details.statusText,
    ]),
    list,
    el("p", { className: "stale", text: t.staleNote(time) }),
  );
}

function addNote(text: string, kind: "ok" | "error"): void {
  ui.summary().append(el("p", { className: `note ${kind}`, attrs: kind === "error" ? { role: "alert" } : {}, text }));
}

function showFailure(error: unknown): void {
  logError(error);
  ui.summary().replaceChildren(
    el("p", { className: "note error", attrs: { role: "alert" }, text: failureText(error, state.locale) }),
  );
}

function showEvaluation(
  kind: RunKind,
  evaluation: Evaluation,
  period: string | null,
  extra: readonly Problem[] = [],
): void {
  state.evaluation = evaluation;
  state.ranAt = new Date();
  if (!period) state.autoPeriod = evaluation.period;
  renderPeriodOptions(evaluation.periods, period);
  renderSummary(kind, evaluation);
  renderProblems([...evaluation.problems, ...extra]);
  ui.layouts().replaceChildren(...layoutNodes(evaluation.layouts, state.locale));
  renderRow();
}

async function run(kind: RunKind): Promise<void> {
  if (state.busy) return;
  setBusy(kind);
  try {
    const period = ui.period().value || null;
    const useCase = kind === "recalc" ? recalc : validate;
    const evaluation = await Excel.run((context) => useCase(new OfficeWorkbook(context), { period }));
    showEvaluation(kind, evaluation, period);
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy(null);
  }
}

/** Statuses first, then the summaries from the same evaluation, so the Status column and the tabs agree. */
async function createSummaries(): Promise<void> {
  if (state.busy) return;
  setBusy("summaries");
  try {
    const period = ui.period().value || null;
    const { evaluation, summaries } = await Excel.run((context) =>
      recalcWithSummaries(new OfficeWorkbook(context), { period, runDate: new Date() }),
    );
    showEvaluation("recalc", evaluation, period, summaries.problems);
    addNote(state.text.summariesDone(summaries.sheets), "ok");
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy(null);
  }
}

async function createRegler(): Promise<void> {
  if (state.busy) return;
  setBusy("regler");
  try {
    const result = await Excel.run((context) => writeReglerSheet(context, REGLER_SHEET_NAME, buildReglerSheet()));
    const text = result === "created" ? state.text.reglerCreated : state.text.reglerExists;
    ui.summary().replaceChildren(el("p", { className: result === "created" ? "note ok" : "help", text }));
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy(null);
  }
}

async function onPeriodChange(): Promise<void> {
  await savePeriod(ui.period().value || null);
  await run("validate");
}

function markUnavailable(button: HTMLButtonElement): void {
  unavailable.add(button);
  button.disabled = true;
}

async function start(): Promise<void> {
  state.locale = officeLocale();
  state.text = STRINGS[state.locale];
  applyStaticTexts();
  setupReportButton({ period: () => ui.period().value || null, locale: () => state.locale, busy: () => state.busy });
  if (!isExcelHost()) {
    const note = byId("host-note");
    note.textContent = state.text.notInExcel;
    note.hidden = false;
    for (const button of [ui.validate(), ui.recalc(), ui.summaries(), ui.regler()]) markUnavailable(button);
    return;
  }

  ui.validate().addEventListener("click", () => void run("validate"));
  ui.recalc().addEventListener("click", () => void run("recalc"));
  ui.summaries().addEventListener("click", () => void createSummaries());
  ui.regler().addEventListener("click", () => void createRegler());
  ui.period().addEventListener("change", () => void onPeriodChange());

  try {
    state.selection = await currentSelection();
    await watchSelection((cell) => {
      state.selection = cell;
      renderRow();
    });
  } catch (error) {
    // Without selection events the pane still works; only the row details stay empty.
    logError(error);
  }
}

void Office.onReady(() => start());

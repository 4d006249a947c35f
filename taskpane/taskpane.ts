/**
 * The task pane: runs the use cases through the Office adapter and shows what came back. No engine logic here:
 * everything it shows is in the Evaluation (view-model.ts turns it into text).
 */
import { recalcWithSummaries, validate } from "../src/app/run";
import { rowNumber } from "../src/domain/address/a1";
import type { Problem } from "../src/domain/problems";
import { buildReglerSheet, REGLER_SHEET_NAME } from "../src/domain/rules/regler-sheet";
import type { Evaluation } from "../src/domain/evaluation";
import { UI_STRINGS } from "../src/domain/i18n/ui";
import type { PaneStrings } from "../src/domain/i18n/ui-strings";
import type { Locale } from "../src/domain/problems";
import { STATUSES, STATUS_GLYPH } from "../src/domain/status/statuses";
import { runExcel } from "../src/adapters/office/excel-run";
import { isExcelHost, logError } from "../src/adapters/office/helpers";
import { officeLocale } from "../src/adapters/office/locale";
import { OfficeWorkbook } from "../src/adapters/office/office-workbook";
import { savedPeriod, savePeriod } from "../src/adapters/office/period-setting";
import { writeReglerSheet } from "../src/adapters/office/regler-sheet";
import { saveBladtolkning } from "../src/adapters/office/bladtolkning-sheet";
import { currentSelection, goToCell, watchSelection, type SelectedCell } from "../src/adapters/office/selection";
import { rememberUndoNotice, undoNoticeShown } from "../src/adapters/office/undo-notice";
import {
  failureText,
  headline,
  levelLabel,
  LEVELS,
  periodLine,
  statusLabel,
  summarize,
  type RunKind,
} from "../src/commands/outcome";
import { el, byId } from "./dom";
import { setupReportButton } from "./report-button";
import { describeRow, findRow, groupProblems } from "./view-model";
import { layoutNodes } from "./layout-view";

type Work = RunKind | "summaries" | "regler" | "bladtolkning";

interface State {
  locale: Locale;
  text: PaneStrings;
  evaluation: Evaluation | null;
  ranAt: Date | null;
  /** The period the automatic choice picked last time, for the select's first option. */
  autoPeriod: string | null;
  selection: SelectedCell | null;
  busy: boolean;
}

const state: State = {
  locale: "sv",
  text: UI_STRINGS.sv.pane,
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
  saveLayouts: () => byId<HTMLButtonElement>("save-layouts"),
  saveLayoutsNote: () => byId("save-layouts-note"),
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
  set("layouts-heading", UI_STRINGS[state.locale].layouts.heading);
  set("row-heading", t.rowHeading);
  set("more-heading", t.moreHeading);
  ui.validate().textContent = t.validate;
  ui.recalc().textContent = t.recalc;
  ui.summaries().textContent = t.summaries;
  ui.regler().textContent = t.regler;
  ui.saveLayouts().textContent = UI_STRINGS[state.locale].layouts.save;
  set("save-layouts-help", UI_STRINGS[state.locale].layouts.saveHelp);
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
  ui.progressText().textContent =
    work === "bladtolkning" ? UI_STRINGS[state.locale].layouts.saving : work ? state.text.working[work] : "";
  for (const button of [ui.validate(), ui.recalc(), ui.summaries(), ui.regler(), ui.saveLayouts()]) {
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

/** Statuses down, plans, goals and indicators across: counted apart, as Översikt counts them. */
function renderSummary(kind: RunKind, evaluation: Evaluation): void {
  const outcome = summarize(kind, evaluation, state.locale);
  const head = el("tr", {}, [el("td")]);
  for (const level of LEVELS) head.append(el("th", { text: levelLabel(level, state.locale), attrs: { scope: "col" } }));
  const body = el("tbody");
  for (const status of STATUSES) {
    const row = el("tr", {}, [
      el("th", { attrs: { scope: "row" } }, [
        el("span", { className: `glyph status-${status}`, text: `${STATUS_GLYPH[status]} ` }),
        statusLabel(status, state.locale),
      ]),
    ]);
    for (const level of LEVELS) {
      row.append(el("td", { className: `n status-${status}`, text: `${outcome.levels[level][status]}` }));
    }
    body.append(row);
  }
  const counts = el("table", { className: "counts", attrs: { "aria-label": headline(outcome) } }, [
    el("thead", {}, [head]),
    body,
  ]);
  ui.summary().replaceChildren(
    el("p", { className: "headline", text: headline(outcome) }),
    el("p", { className: "period", text: periodLine(outcome) }),
    counts,
  );
}

/**
 * The problems as one listbox: one Tab stop, arrow keys (and Home/End) move between problems, Enter or a click goes
 * to the cell (the WAI-ARIA listbox pattern with a roving tabindex). Severity groups are labelled groups inside it.
 */
function renderProblems(problems: readonly Problem[]): void {
  const groups = groupProblems(problems, state.locale);
  if (groups.length === 0) {
    ui.problems().replaceChildren(el("p", { className: "note ok", text: state.text.noProblems }));
    return;
  }
  const listbox = el("ul", {
    className: "problem-listbox",
    attrs: { role: "listbox", "aria-labelledby": "problems-heading" },
  });
  const options: HTMLLIElement[] = [];
  for (const group of groups) {
    const headingId = `problems-${group.severity}`;
    const list = el("ul", {
      className: `problem-list sev-${group.severity}`,
      attrs: { role: "group", "aria-labelledby": headingId },
    });
    for (const item of group.items) {
      const option = el("li", { className: "problem", attrs: { role: "option", "aria-selected": "false" } }, [
        el("span", { className: "where", text: item.where }),
        el("span", { className: "message", text: item.message }),
      ]);
      option.tabIndex = -1;
      option.id = `problem-${options.length}`;
      if (item.target) {
        const target = item.target;
        option.title = state.text.goToCell(item.where);
        option.dataset["sheet"] = target.sheet;
        if (target.cell) option.dataset["cell"] = target.cell;
      }
      options.push(option);
      list.append(option);
    }
    listbox.append(
      el("li", { attrs: { role: "presentation" } }, [
        el("h3", { attrs: { id: headingId } }, [
          group.title,
          el("span", { className: "count-badge", text: ` (${group.total})` }),
        ]),
        list,
      ]),
    );
  }
  const first = options[0];
  if (first) first.tabIndex = 0;

  const select = (option: HTMLLIElement, focus: boolean): void => {
    for (const o of options) {
      o.tabIndex = o === option ? 0 : -1;
      o.setAttribute("aria-selected", String(o === option));
    }
    if (focus) option.focus();
  };
  const go = (option: HTMLLIElement): void => {
    select(option, false);
    const sheet = option.dataset["sheet"];
    if (sheet) goToCell(sheet, option.dataset["cell"] ?? null).catch(logError);
  };
  listbox.addEventListener("click", (event) => {
    const option = (event.target as HTMLElement).closest<HTMLLIElement>("li[role=option]");
    if (option) go(option);
  });
  listbox.addEventListener("keydown", (event) => {
    const current = options.indexOf(document.activeElement as HTMLLIElement);
    if (current < 0) return;
    const move: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: options.length - 1,
      PageDown: current + 10,
      PageUp: current - 10,
    };
    const next = move[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const option = options[Math.max(0, Math.min(options.length - 1, next))];
      if (option) select(option, true);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const option = options[current];
      if (option) go(option);
    }
  });
  ui.problems().replaceChildren(listbox);
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
    ui.row().replaceChildren(
      el("p", { className: "help", text: t.rowNotPlan(selection.sheet, rowNumber(selection.row)) }),
    );
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

function showFailure(error: unknown, wroteSomething = false): void {
  logError(error);
  ui.summary().replaceChildren(
    el("p", {
      className: "note error",
      attrs: { role: "alert" },
      text: failureText(error, state.locale, wroteSomething),
    }),
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

/**
 * Before the first run that writes (Beräkna status, Skapa sammanställningar): Excel's undo history will not survive
 * it (SPEC §8). Shown once per user, in the pane, with Fortsätt and Avbryt; resolves whether to go on.
 */
function confirmUndoNotice(): Promise<boolean> {
  if (undoNoticeShown()) return Promise.resolve(true);
  const notice = UI_STRINGS[state.locale].undo;
  return new Promise((resolve) => {
    const proceed = el("button", { className: "primary", text: notice.proceed, attrs: { type: "button" } });
    const cancel = el("button", { text: notice.cancel, attrs: { type: "button" } });
    const box = el(
      "div",
      {
        className: "note warning undo-notice",
        attrs: { role: "alertdialog", "aria-labelledby": "undo-title", "aria-describedby": "undo-text" },
      },
      [
        el("p", { className: "headline", text: notice.title, attrs: { id: "undo-title" } }),
        el("p", { text: notice.text, attrs: { id: "undo-text" } }),
        el("div", { className: "actions" }, [proceed, cancel]),
      ],
    );
    proceed.addEventListener("click", () => {
      box.remove();
      void rememberUndoNotice().then(() => resolve(true));
    });
    cancel.addEventListener("click", () => {
      box.remove();
      resolve(false);
    });
    ui.summary().replaceChildren(box);
    proceed.focus();
  });
}

async function run(kind: RunKind): Promise<void> {
  if (state.busy) return;
  if (kind === "recalc") {
    await writeAll("recalc");
    return;
  }
  setBusy(kind);
  try {
    const period = ui.period().value || null;
    const evaluation = await runExcel((context) => validate(new OfficeWorkbook(context), { period }));
    showEvaluation(kind, evaluation, period);
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy(null);
  }
}

/**
 * Beräkna status and Skapa sammanställningar: one meaning everywhere (SPEC §8, the ribbon and CLI `recalc` alike),
 * the Status column and the summary sheets from one evaluation, so the arrows and the tabs agree.
 */
async function writeAll(work: "recalc" | "summaries"): Promise<void> {
  if (state.busy || !(await confirmUndoNotice())) return;
  setBusy(work);
  const ran: { port: OfficeWorkbook | null } = { port: null };
  try {
    const period = ui.period().value || null;
    const { evaluation, summaries } = await runExcel((context) =>
      recalcWithSummaries((ran.port = new OfficeWorkbook(context)), { period, runDate: new Date() }),
    );
    showEvaluation("recalc", evaluation, period, summaries.problems);
    addNote(state.text.summariesDone(summaries.sheets), "ok");
  } catch (error) {
    showFailure(error, ran.port?.wroteSomething ?? false);
  } finally {
    setBusy(null);
  }
}

async function createSummaries(): Promise<void> {
  await writeAll("summaries");
}

async function createRegler(): Promise<void> {
  if (state.busy) return;
  setBusy("regler");
  try {
    const result = await runExcel((context) => writeReglerSheet(context, REGLER_SHEET_NAME, buildReglerSheet()));
    const text = result === "created" ? state.text.reglerCreated : state.text.reglerExists;
    ui.summary().replaceChildren(el("p", { className: result === "created" ? "note ok" : "help", text }));
  } catch (error) {
    showFailure(error);
  } finally {
    setBusy(null);
  }
}

/**
 * "Spara tolkningen" (SPEC §1a): reads the sheets afresh, so what is saved is the current reading and not the last
 * run's, writes it into the Bladtolkning table on Regler, and shows the reading that now comes from that table.
 */
async function saveReading(): Promise<void> {
  if (state.busy) return;
  setBusy("bladtolkning");
  const t = UI_STRINGS[state.locale].layouts;
  ui.saveLayoutsNote().replaceChildren();
  try {
    const period = ui.period().value || null;
    const outcome = await runExcel(async (context) => {
      const workbook = new OfficeWorkbook(context);
      const before = await validate(workbook, { period });
      if (before.layouts.length === 0) return { evaluation: before, saved: null };
      const saved = await saveBladtolkning(context, before.layouts);
      return { evaluation: await validate(workbook, { period }), saved };
    });
    showEvaluation("validate", outcome.evaluation, period);
    const note = outcome.saved ? t.saved(outcome.saved) : t.nothingToSave;
    ui.saveLayoutsNote().replaceChildren(el("p", { className: outcome.saved ? "note ok" : "help", text: note }));
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
  state.text = UI_STRINGS[state.locale].pane;
  applyStaticTexts();
  setupReportButton({ period: () => ui.period().value || null, locale: () => state.locale, busy: () => state.busy });
  if (!isExcelHost()) {
    const note = byId("host-note");
    note.textContent = state.text.notInExcel;
    note.hidden = false;
    for (const button of [ui.validate(), ui.recalc(), ui.summaries(), ui.regler(), ui.saveLayouts()]) {
      markUnavailable(button);
    }
    return;
  }

  ui.validate().addEventListener("click", () => void run("validate"));
  ui.recalc().addEventListener("click", () => void run("recalc"));
  ui.summaries().addEventListener("click", () => void createSummaries());
  ui.regler().addEventListener("click", () => void createRegler());
  ui.saveLayouts().addEventListener("click", () => void saveReading());
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

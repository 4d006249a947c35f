/**
 * The dialog opened by a ribbon command: the outcome of a run (Stäng or Esc closes it), or the undo notice before the
 * first run (Fortsätt / Avbryt). What to show comes in the URL fragment.
 */
import { UI_STRINGS } from "../domain/i18n/ui";
import { STATUSES } from "../domain/status/statuses";
import {
  glyph,
  headline,
  levelLabel,
  LEVELS,
  periodLine,
  problemsLine,
  statusLabel,
  summariesLine,
  type Outcome,
} from "./outcome";
import type { DialogPage, NoticePage } from "./result-dialog";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** Statuses down, plans, goals and indicators across: counted apart, as Översikt counts them. */
function countsTable(outcome: Outcome): HTMLTableElement {
  const table = element("table");
  const head = element("tr");
  head.append(element("td"), element("td"));
  for (const level of LEVELS) {
    const th = element("th", levelLabel(level, outcome.locale), "count");
    th.scope = "col";
    head.append(th);
  }
  table.append(head);
  for (const status of STATUSES) {
    const row = element("tr");
    const label = element("th", statusLabel(status, outcome.locale));
    label.scope = "row";
    row.append(element("td", glyph(status), `glyph ${status}`), label);
    for (const level of LEVELS) row.append(element("td", String(outcome.levels[level][status]), "count"));
    table.append(row);
  }
  return table;
}

export function renderOutcome(outcome: Outcome, root: HTMLElement): void {
  root.replaceChildren();
  root.append(element("h1", headline(outcome)));
  if (outcome.failure) {
    root.append(element("p", outcome.failure, "failure"));
    return;
  }
  root.append(element("p", periodLine(outcome), "period"));
  root.append(countsTable(outcome));
  const summaries = summariesLine(outcome);
  if (summaries !== null) root.append(element("p", summaries, "summaries"));
  root.append(element("p", problemsLine(outcome)));
  if (outcome.firstErrors.length > 0) {
    const list = element("ul");
    for (const problem of outcome.firstErrors) {
      const item = element("li");
      item.append(element("span", problem.where, "where"), document.createTextNode(` – ${problem.message}`));
      list.append(item);
    }
    root.append(list);
  }
}

export function renderNotice(notice: NoticePage, root: HTMLElement): void {
  root.replaceChildren(element("h1", notice.title), element("p", notice.text));
}

function readPage(): DialogPage | null {
  try {
    return JSON.parse(decodeURIComponent(window.location.hash.slice(1))) as DialogPage;
  } catch {
    return null;
  }
}

function answer(message: string): void {
  // messageParent exists only inside an Office dialog; in a plain tab the page simply stays.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent(message);
}

function start(): void {
  const page = readPage();
  const root = document.getElementById("result");
  const button = document.getElementById("close");
  const cancel = document.getElementById("cancel");
  if (!root || !button || !cancel) return;
  let onEscape = (): void => answer("close");
  if (page) {
    document.documentElement.lang = page.locale;
    if (page.kind === "notice") {
      renderNotice(page, root);
      button.textContent = page.proceed;
      cancel.textContent = page.cancel;
      cancel.hidden = false;
      button.addEventListener("click", () => answer("proceed"));
      cancel.addEventListener("click", () => answer("cancel"));
      onEscape = () => answer("cancel");
    } else {
      button.textContent = UI_STRINGS[page.locale].outcome.close;
      renderOutcome(page, root);
      button.addEventListener("click", () => answer("close"));
    }
  } else {
    button.addEventListener("click", () => answer("close"));
  }
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") onEscape();
  });
  button.focus();
}

if (typeof Office !== "undefined") void Office.onReady(start);

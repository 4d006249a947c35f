/** The result dialog opened by a ribbon command: renders the Outcome from the URL fragment; Stäng or Esc closes it. */
import { glyph, headline, periodLine, problemsLine, statusLabel, summariesLine, type Outcome } from "./outcome";
import { STATUSES } from "../domain/status";

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

export function renderOutcome(outcome: Outcome, root: HTMLElement): void {
  root.replaceChildren();
  root.append(element("h1", headline(outcome)));
  if (outcome.failure) {
    root.append(element("p", outcome.failure, "failure"));
    return;
  }
  root.append(element("p", periodLine(outcome), "period"));
  const table = element("table");
  for (const status of STATUSES) {
    const row = element("tr");
    row.append(
      element("td", glyph(status), `glyph ${status}`),
      element("td", statusLabel(status, outcome.locale)),
      element("td", String(outcome.counts[status]), "count"),
    );
    table.append(row);
  }
  root.append(table);
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

function readOutcome(): Outcome | null {
  try {
    return JSON.parse(decodeURIComponent(window.location.hash.slice(1))) as Outcome;
  } catch {
    return null;
  }
}

function close(): void {
  // messageParent exists only inside an Office dialog; in a plain tab the page simply stays.
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
}

function start(): void {
  const outcome = readOutcome();
  const root = document.getElementById("result");
  const button = document.getElementById("close");
  if (!root || !button) return;
  if (outcome) {
    document.documentElement.lang = outcome.locale;
    if (outcome.locale === "en") button.textContent = "Close";
    renderOutcome(outcome, root);
  }
  button.addEventListener("click", close);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
}

if (typeof Office !== "undefined") void Office.onReady(start);

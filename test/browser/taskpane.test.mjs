// The BUILT task pane (dist/) in Debian's Chromium, against a FAKE Excel host (fake-excel-host.mjs): office.js is
// served from node_modules instead of Microsoft's CDN, and nothing else may leave 127.0.0.1.
// Run with `npm run test:browser` (builds first). Saves test-output/taskpane.png and taskpane-en.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { installFakeExcelHost } from "./fake-excel-host.mjs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const OUT = path.join(ROOT, "test-output");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const pct = (v, f = "0%") => ({ v, f });
/** A plan sheet the way a region keeps it: a title above the header, percent cells, text targets, a cell error. */
const WORKBOOK = [
  {
    name: "Plan 2021",
    cells: [
      ["Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden"],
      [],
      ["Nivå", "Namn", "Perspektiv", "Dnr", "Målvärde", "Utfall april", "Utfall augusti", "Status", "Kommentar"],
      ["Plan", "Hälso- och sjukvårdsnämndens verksamhetsplan", "Patient", "HSN/1841/2020"],
      ["Mål", "God tillgänglighet", "Patient"],
      ["Mätetal", "Andel besök inom 30 dagar", null, null, pct(0.9), pct(0.82), pct(0.93)],
      ["Mätetal", "Väntande över 90 dagar, antal", null, null, "Högst 100", 140, 120],
      ["Mätetal", "Andel nöjda patienter", null, null, "Minst 85 %", pct(0.8), pct(0.84)],
      ["Mål", "Hållbar ekonomi", "Ekonomi"],
      ["Mätetal", "Ekonomiskt resultat", null, null, "0 mkr", "-12,5 mkr", { v: "#N/A", t: "Error" }],
      ["Mätetal", "Sjukfrånvaro", null, null, "lagom", pct(0.061, "0.0%"), pct(0.058, "0.0%")],
      ["Mätetal", "Genomförd medarbetarenkät", null, null, "Ja", "Pågår", "Ja"],
    ],
  },
  { name: "Anteckningar", cells: [["Egna anteckningar som tillägget inte ska röra"]] },
];

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};
let server;
let baseUrl;
let browser;

before(async () => {
  assert.ok(
    fs.existsSync(path.join(DIST, "taskpane.html")),
    "dist/ is missing: run `npm run build` (npm run test:browser does)",
  );
  server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "malstyrning-chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 360, height: 900 },
    locale: "sv-SE",
  });
  fs.mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** office.js and the files it loads come from node_modules; the dist server is allowed; everything else is refused. */
async function routeOfficeJs(page) {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_JS, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (file.startsWith(OFFICE_JS) && fs.existsSync(file))
        return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    if (url.startsWith(baseUrl)) return route.continue();
    return route.abort();
  });
}

async function openTaskPane(displayLanguage, host = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await routeOfficeJs(page);
  await page.addInitScript(
    `(${installFakeExcelHost.toString()})(${JSON.stringify({ displayLanguage, sheets: WORKBOOK, ...host })});`,
  );
  await page.goto(`${baseUrl}taskpane.html`);
  await page.waitForFunction(() => !document.getElementById("validate").disabled);
  return { page, errors };
}

test("Validera lists the problems by severity; a click selects the cell in the workbook", async () => {
  const { page, errors } = await openTaskPane("sv-SE");
  await page.click("#validate");
  await page.waitForSelector("#problems .problem-list");

  const headings = await page.locator("#problems h3").allTextContents();
  assert.ok(headings[0].startsWith("Fel"), `the errors come first: ${headings.join(" | ")}`);
  const where = await page.locator("#problems .sev-error .where").allTextContents();
  assert.ok(where.includes("Plan 2021!E11"), `the unreadable target is listed: ${where.join(", ")}`);
  assert.ok(where.includes("Plan 2021!G10"), `the #N/A actual is listed: ${where.join(", ")}`);

  // Validera writes nothing.
  const status = await page.evaluate(() => window.__fakeExcel.column("Plan 2021", 7).slice(5, 8));
  assert.deepEqual(status, [null, null, null]);

  await page.locator("#problems .problem", { hasText: "Plan 2021!E11" }).first().click();
  assert.deepEqual(await page.evaluate(() => window.__fakeExcel.selection), { sheet: "Plan 2021", address: "E11" });

  // Keyboard: the list is one Tab stop; arrow keys move between problems, Enter goes to the cell.
  const tabStops = await page.locator('#problems [role="option"][tabindex="0"]').count();
  assert.equal(tabStops, 1, "one Tab stop for the whole problem list");
  await page.locator('#problems [role="option"][tabindex="0"]').focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowDown");
  const second = page.locator('#problems .sev-error [role="option"]').nth(1);
  assert.equal(await second.evaluate((e) => e === document.activeElement), true, "ArrowDown moves to the next problem");
  await page.keyboard.press("Enter");
  const selected = await page.evaluate(() => window.__fakeExcel.selection);
  assert.equal(`${selected.sheet}!${selected.address}`, (await second.locator(".where").textContent()).trim());
  assert.equal(await page.locator("#row-details").getAttribute("aria-live"), null, "row details do not re-announce");

  assert.equal(
    (await page.locator("#period option").allTextContents()).join("|"),
    "Automatiskt (Utfall augusti)|Utfall april|Utfall augusti",
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("Beräkna status writes the arrows and the summaries; the selected row explains its status", async () => {
  const { page, errors } = await openTaskPane("sv-SE");
  await page.click("#recalc");
  await page.waitForSelector("#summary .counts");
  // One meaning of Beräkna status (SPEC §8): the summary sheets too, from the same evaluation.
  assert.ok(await page.evaluate(() => window.__fakeExcel.sheets.some((s) => s.name === "Översikt")));
  // Every batch asked Excel to wait while a cell is being edited.
  assert.ok(await page.evaluate(() => window.__fakeExcel.runs.every((o) => o.delayForCellEdit === true)));
  // Plans, goals and indicators are counted apart.
  assert.deepEqual(await page.locator("#summary .counts thead th").allTextContents(), ["Planer", "Mål", "Mätetal"]);

  const column = await page.evaluate(() => window.__fakeExcel.column("Plan 2021", 7).map((c) => (c ? c.v : null)));
  assert.deepEqual(column.slice(5, 8), ["↑", "↓", "→"], "Andel besök ↑, Väntande ↓, Nöjda →");
  assert.equal(column[2], "Status", "the header is untouched");
  const colour = await page.evaluate(() => window.__fakeExcel.column("Plan 2021", 7)[5].color);
  assert.equal(colour, "#00B050");
  // Nothing but the Status column was written: the other cells are as they were.
  const other = await page.evaluate(() => window.__fakeExcel.column("Plan 2021", 8).slice(3));
  assert.ok(other.every((c) => c === null || c === undefined));
  assert.equal(
    await page.evaluate(() => window.__fakeExcel.column("Anteckningar", 0)[0].v),
    "Egna anteckningar som tillägget inte ska röra",
  );

  await page.evaluate(() => window.__fakeExcel.selectCell("Plan 2021", "B8"));
  await page.waitForSelector("#row-details dl.details");
  const details = await page.locator("#row-details").innerText();
  assert.match(details, /Andel nöjda patienter/);
  assert.match(details, /Målvärde/);
  assert.match(details, /Minst 85 %/);
  assert.match(details, /procent/);

  await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("Skapa sammanställningar and Skapa Regler-blad add sheets and leave the user's sheets alone", async () => {
  const { page, errors } = await openTaskPane("sv-SE");
  await page.click("#summaries");
  await page.waitForSelector("#summary .note.ok");
  const names = await page.evaluate(() => window.__fakeExcel.sheets.map((s) => `${s.name}:${s.visibility}`));
  assert.equal(names[0], "Plan 2021:Visible");
  assert.equal(names[1], "Anteckningar:Visible");
  assert.equal(names[2], "Översikt:Visible");
  assert.equal(names.at(-1), "_Målstyrning:VeryHidden");
  const calls = await page.evaluate(() => window.__fakeExcel.calls);
  assert.ok(
    calls.some((c) => /\.charts\.add\("Pie"/.test(c)),
    "a real pie chart",
  );

  await page.click("#regler");
  await page.waitForSelector("#summary .note.ok");
  assert.ok(await page.evaluate(() => window.__fakeExcel.sheets.some((s) => s.name === "Regler")));
  await page.click("#regler");
  await page.waitForFunction(() => /redan/.test(document.getElementById("summary").textContent));
  assert.deepEqual(errors, []);
  await page.close();
});

test("Skapa rapport (Word) builds the report in the browser and offers it as a download; the workbook is untouched", async () => {
  const { page, errors } = await openTaskPane("sv-SE");
  const before = await page.evaluate(() => JSON.stringify(window.__fakeExcel.sheets));
  const downloadChunk = page.waitForResponse((r) => /report-docx\.[0-9a-f]+\.js$/.test(r.url()));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#report")]);
  await downloadChunk; // the docx code is loaded only now, not with the pane
  assert.match(download.suggestedFilename(), /-rapport\.docx$/);
  const file = path.join(OUT, "taskpane-rapport.docx");
  await download.saveAs(file);
  const JSZip = require("jszip");
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const body = await zip.file("word/document.xml").async("string");
  assert.match(body, /Redovisning av måluppfyllelse/);
  assert.match(body, /<w:tblHeader\/>/);
  assert.match(await zip.file("word/styles.xml").async("string"), /<w:lang w:val="sv-SE"\/>/);
  await page.waitForSelector("#report-status .note.ok");
  assert.match(await page.textContent("#report-status"), /Spara .*-rapport\.docx/);
  await page.locator("#report").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, "taskpane-rapport.png"), fullPage: true });
  assert.equal(await page.evaluate(() => JSON.stringify(window.__fakeExcel.sheets)), before);
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * What is left of a text once the workbook's own strings (cells, sheet names), quoted texts and the Swedish names the
 * English UI keeps for the user's things are cut out: in an English pane, no å, ä or ö may remain.
 */
function swedishLeft(text, sheetNames) {
  const data = [...WORKBOOK.flatMap((s) => s.cells.flat()), ...sheetNames]
    .filter((c) => typeof c === "string")
    .concat(["Målstyrning", "Målvärde", "Översikt", "Nivå", "Jämförelsevärde", "Bedömning"])
    .sort((a, b) => b.length - a.length);
  let rest = text.replace(/"[^"]*"|”[^”]*”|“[^”]*”/g, "«»");
  for (const d of data) rest = rest.split(d).join("«»");
  return rest.split("\n").filter((line) => /[åäöÅÄÖ]/.test(line));
}

test("English when Office reports an English display language: English throughout", async () => {
  const { page, errors } = await openTaskPane("en-US");
  assert.equal(await page.locator("#validate").textContent(), "Validate");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.click("#recalc");
  await page.waitForSelector("#summary .counts");
  assert.match(await page.locator("#summary").innerText(), /Status written for/);
  assert.deepEqual(await page.locator("#summary .counts thead th").allTextContents(), ["Plans", "Goals", "Indicators"]);
  await page.evaluate(() => window.__fakeExcel.selectCell("Plan 2021", "B8"));
  await page.waitForSelector("#row-details dl.details");
  const details = await page.locator("#row-details").innerText();
  assert.match(details, /Actual 84% is below the target 85% but within the tolerance of 10% → yellow\./);
  assert.match(details, /Partly met \(computed\)/);
  await page.screenshot({ path: path.join(OUT, "taskpane-en.png"), fullPage: true });

  const sheetNames = await page.evaluate(() => window.__fakeExcel.sheets.map((s) => s.name));
  const pane = await page.locator("body").innerText();
  assert.deepEqual(swedishLeft(pane, sheetNames), [], "no Swedish sentence in the English pane");
  // Every row's explanation, as the user sees it when selecting the row.
  for (const address of ["B5", "B6", "B7", "B9", "B10", "B11", "B12"]) {
    const before = await page.locator("#row-details").innerText();
    await page.evaluate((a) => window.__fakeExcel.selectCell("Plan 2021", a), address);
    await page.waitForFunction((b) => document.querySelector("#row-details")?.innerText !== b, before);
    const text = await page.locator("#row-details").innerText();
    assert.deepEqual(swedishLeft(text, sheetNames), [], `row ${address} in English`);
  }
  // The check itself catches Swedish: the Swedish pane fails it.
  const swedish = await openTaskPane("sv-SE");
  await swedish.page.click("#validate");
  await swedish.page.waitForSelector("#problems .problem-list");
  const svText = await swedish.page.locator("body").innerText();
  assert.ok(swedishLeft(svText, sheetNames).length > 5, "the check finds the Swedish pane's sentences");
  await swedish.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the ribbon's result dialog in English", async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 440, height: 420 });
  await routeOfficeJs(page);
  const outcome = {
    kind: "recalc",
    locale: "en",
    period: "Utfall augusti",
    counts: { green: 12, yellow: 5, red: 3, missing: 2 },
    levels: {
      plan: { green: 1, yellow: 0, red: 0, missing: 0 },
      goal: { green: 2, yellow: 1, red: 1, missing: 0 },
      indicator: { green: 9, yellow: 4, red: 2, missing: 2 },
    },
    errors: 1,
    warnings: 4,
    infos: 1,
    firstErrors: [{ where: "Plan 2021!E11", message: 'The target "lagom" cannot be read.' }],
    summarySheets: 9,
    failure: null,
  };
  await page.goto(`${baseUrl}result.html#${encodeURIComponent(JSON.stringify(outcome))}`);
  await page.waitForSelector("#result h1");
  const text = await page.locator("body").innerText();
  assert.match(text, /Status written for 22 rows/);
  assert.match(text, /Met\s+1\s+2\s+9/);
  assert.match(text, /Översikt and 8 more summary sheets updated\./);
  assert.equal(await page.locator("#close").textContent(), "Close");
  assert.deepEqual(swedishLeft(text, ["Plan 2021"]), []);
  await page.screenshot({ path: path.join(OUT, "result-dialog-en.png") });
  await page.close();
});

test("the ribbon's result dialog shows the counts and the first errors", async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 440, height: 420 });
  await routeOfficeJs(page);
  const outcome = {
    kind: "recalc",
    locale: "sv",
    period: "Utfall augusti",
    counts: { green: 12, yellow: 5, red: 3, missing: 2 },
    levels: {
      plan: { green: 1, yellow: 0, red: 0, missing: 0 },
      goal: { green: 2, yellow: 1, red: 1, missing: 0 },
      indicator: { green: 9, yellow: 4, red: 2, missing: 2 },
    },
    errors: 2,
    warnings: 4,
    infos: 1,
    firstErrors: [
      { where: "Plan 2021!E11", message: 'Målvärdet "lagom" går inte att tolka.' },
      { where: "Plan 2021!G10", message: "Cellen innehåller felvärdet #N/A." },
    ],
    summarySheets: 9,
    failure: null,
  };
  await page.goto(`${baseUrl}result.html#${encodeURIComponent(JSON.stringify(outcome))}`);
  await page.waitForSelector("#result h1");
  const text = await page.locator("#result").innerText();
  assert.match(text, /Status skriven för 22 rader/);
  assert.match(text, /Uppfyllt\s+1\s+2\s+9/);
  assert.match(text, /Översikt och 8 flikar per perspektiv och plan uppdaterades\./);
  assert.match(text, /Plan 2021!E11/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "close");
  await page.screenshot({ path: path.join(OUT, "result-dialog.png") });
  await page.close();
});

/** Beräkna status against a FAKE host that plays one failure; returns the sentence the user sees, screenshots it. */
async function failureSeen(name, host, displayLanguage = "sv-SE") {
  const { page, errors } = await openTaskPane(displayLanguage, host);
  const before = await page.evaluate(() => JSON.stringify(window.__fakeExcel.sheets));
  await page.click("#recalc");
  await page.waitForSelector("#summary .note.error");
  const text = (await page.locator("#summary .note.error").innerText()).trim();
  await page.screenshot({ path: path.join(OUT, `failure-${name}.png`), fullPage: true });
  const after = await page.evaluate(() => JSON.stringify(window.__fakeExcel.sheets));
  assert.deepEqual(errors, []);
  await page.close();
  return { text, untouched: before === after };
}

/** No raw API text: no "RichApi", no English error message inside a Swedish sentence, no stack. */
function assertSpeaksPlainly(text) {
  assert.doesNotMatch(text, /RichApi|request could not be processed|Error:|at \w+ \(/);
  assert.match(text, /\.$/);
}

test("failures reach the user as Swedish sentences that say what to do; nothing is written (FAKE host)", async () => {
  const cases = [
    [
      "protected-sheet",
      { protectedSheets: ["Plan 2021"] },
      /^Bladet ”Plan 2021” är skyddat, så inget skrevs\. Ta bort skyddet/,
    ],
    [
      "protected-workbook",
      { workbookProtected: true },
      /^Arbetsbokens struktur är skyddad.*Ta bort skyddet \(Granska → Skydda arbetsbok\)/,
    ],
    [
      "unknown-period",
      { settings: { "malstyrning.period": "Utfall december" } },
      /^Perioden ”Utfall december” matchar ingen Utfall-kolumn, så inget skrevs\. Välj någon av: Utfall april, Utfall augusti/,
    ],
    [
      "payload",
      { failCode: "RequestPayloadSizeLimitExceeded" },
      /^Arbetsboken är för stor för att Excel på webben.*Inget skrevs\.$/,
    ],
    ["access-denied", { failCode: "AccessDenied" }, /^Excel tillät inte ändringen: arbetsboken är skrivskyddad/],
    [
      "item-not-found",
      { failCode: "ItemNotFound" },
      /^Ett blad som körningen behövde finns inte längre.*Välj Validera och sedan Beräkna status igen\./,
    ],
    [
      "general",
      { failCode: "GeneralException" },
      /^Excel kunde inte slutföra körningen \(felkod GeneralException\)\. Inget skrevs\. Spara arbetsboken, stäng och öppna den igen/,
    ],
  ];
  for (const [name, host, expected] of cases) {
    const { text, untouched } = await failureSeen(name, host);
    assert.match(text, expected, name);
    assertSpeaksPlainly(text);
    assert.ok(untouched, `${name}: the workbook is untouched`);
  }
  const english = await failureSeen("protected-sheet-en", { protectedSheets: ["Plan 2021"] }, "en-US");
  assert.match(english.text, /^The sheet “Plan 2021” is protected, so nothing was written\. Unprotect it/);
});

test("a sheet far too large stops the run before it reads the sheet (FAKE host)", async () => {
  // One stray value in the last row: the used range spans 1,048,576 rows.
  const { page, errors } = await openTaskPane("sv-SE", { stray: { sheet: "Plan 2021", row: 1_048_575, col: 8 } });
  await page.click("#recalc");
  await page.waitForSelector("#summary .note.error");
  const text = (await page.locator("#summary .note.error").innerText()).trim();
  assert.match(
    text,
    /^Bladet ”Plan 2021” använder 9\s437\s184 celler, fler än tillägget läser i en körning, så inget lästes eller skrevs\. Ta bort tomma rader/,
  );
  await page.screenshot({ path: path.join(OUT, "failure-too-many-cells.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a cell being edited: the run waits for the user instead of failing (FAKE host)", async () => {
  const { page, errors } = await openTaskPane("sv-SE", { cellEditing: true });
  await page.click("#recalc");
  await page.waitForSelector("#summary .counts");
  assert.equal(await page.evaluate(() => window.__fakeExcel.delayedForCellEdit), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the undo notice comes before the first run, once (FAKE host)", async () => {
  const { page, errors } = await openTaskPane("sv-SE", { undoNoticeShown: false });
  await page.click("#recalc");
  await page.waitForSelector("#summary .undo-notice");
  const notice = await page.locator("#summary .undo-notice").innerText();
  assert.match(notice, /ångra-historik/);
  await page.screenshot({ path: path.join(OUT, "undo-notice.png"), fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__fakeExcel.column("Plan 2021", 7).slice(5, 8)), [
    null,
    null,
    null,
  ]);
  await page.click("#summary .undo-notice button.primary");
  await page.waitForSelector("#summary .counts");
  await page.click("#recalc");
  await page.waitForSelector("#summary .counts");
  assert.equal(await page.locator("#summary .undo-notice").count(), 0, "shown once");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the ribbon's result dialog says what to do after a failure", async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 440, height: 300 });
  await routeOfficeJs(page);
  const empty = { green: 0, yellow: 0, red: 0, missing: 0 };
  const outcome = {
    kind: "recalc",
    locale: "sv",
    period: null,
    counts: empty,
    levels: { plan: empty, goal: empty, indicator: empty },
    errors: 0,
    warnings: 0,
    infos: 0,
    firstErrors: [],
    summarySheets: 0,
    failure:
      "Excel redigerar en cell just nu. Tryck Enter eller Esc för att lämna cellen och försök sedan igen. Inget skrevs.",
  };
  await page.goto(`${baseUrl}result.html#${encodeURIComponent(JSON.stringify(outcome))}`);
  await page.waitForSelector("#result h1");
  assert.match(await page.locator("#result").innerText(), /Tryck Enter eller Esc/);
  await page.screenshot({ path: path.join(OUT, "result-dialog-failure.png") });
  await page.close();
});

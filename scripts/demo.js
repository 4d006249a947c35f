#!/usr/bin/env node
// `npm run demo`: writes the example workbook and recalcs it. The example has deliberate problems, so recalc's exit
// code 1 ("the workbook has errors") is the expected outcome; anything else, or a failed example step, fails the demo.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const cli = path.join(__dirname, "..", "bin", "malstyrning.js");
const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" }).status;

const example = run(["example", "-o", "out/exempel.xlsx"]);
if (example !== 0) process.exit(example ?? 2);
const recalc = run(["recalc", "out/exempel.xlsx", "-o", "out/exempel-status.xlsx"]);
process.exit(recalc === 0 || recalc === 1 ? 0 : (recalc ?? 2));

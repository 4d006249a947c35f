/** `malstyrning`: bin/malstyrning.js runs this file through tsx. */
import { processIo } from "./cli-io";
import { reportFailure, runCli } from "./run-cli";

const io = processIo();
const json = process.argv.includes("--json");

// A failure outside the awaited chain (a stray stream error inside a library) still ends as exit 2, not a stack trace.
const crash = (error: unknown): void => {
  process.exitCode = reportFailure(error, json, io);
  process.exit();
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportFailure(error, json, io);
  },
);

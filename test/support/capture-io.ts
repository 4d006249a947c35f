/** A CliIo that records what the CLI prints, for running commands in-process. */
import type { CliIo } from "../../src/cli/cli-io";

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function captureIo(cwd: string, env: Record<string, string> = {}): CapturedIo {
  let out = "";
  let err = "";
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    env,
    out: () => out,
    err: () => err,
  };
}

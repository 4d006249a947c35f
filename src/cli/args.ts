/** The command line, parsed with node's util.parseArgs and checked per command; every mistake is a Swedish sentence. */
import { parseArgs } from "node:util";
import { CliFailure } from "./cli-failure";

export type CliCommand =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | { readonly command: "validate"; readonly input: string; readonly json: boolean; readonly period: string | null }
  | {
      readonly command: "recalc";
      readonly input: string;
      readonly output: string | null;
      readonly json: boolean;
      readonly period: string | null;
      readonly allowLossy: boolean;
      readonly summaries: boolean;
    }
  | { readonly command: "example"; readonly output: string | null }
  | {
      readonly command: "rapport";
      readonly input: string;
      readonly output: string | null;
      readonly json: boolean;
      readonly period: string | null;
    };

const OPTIONS = {
  output: { type: "string", short: "o" },
  period: { type: "string" },
  json: { type: "boolean" },
  "allow-lossy": { type: "boolean" },
  "no-summaries": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type OptionName = keyof typeof OPTIONS;

const ALLOWED: Readonly<Record<"validate" | "recalc" | "example" | "rapport", readonly OptionName[]>> = {
  validate: ["json", "period", "help"],
  recalc: ["output", "json", "period", "allow-lossy", "no-summaries", "help"],
  example: ["output", "help"],
  rapport: ["output", "json", "period", "help"],
};

/** Whether the user asked for JSON, even when the rest of the line cannot be parsed: failures then answer in JSON too. */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.includes("--json");
}

export function parseCommandLine(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliFailure("usage", parseErrorText(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;

  if (command === undefined) {
    if (values.help) return { command: "help" };
    if (values.version) return { command: "version" };
    throw new CliFailure("usage", "Ange ett kommando: validate, recalc, rapport eller example.");
  }
  if (command !== "validate" && command !== "recalc" && command !== "example" && command !== "rapport") {
    throw new CliFailure("usage", `Okänt kommando "${command}". Använd validate, recalc, rapport eller example.`);
  }
  if (values.help) return { command: "help" };

  const given = (Object.keys(values) as OptionName[]).filter((k) => values[k] !== undefined);
  const misplaced = given.find((name) => !ALLOWED[command].includes(name));
  if (misplaced) throw new CliFailure("usage", `Flaggan ${flag(misplaced)} gäller inte kommandot ${command}.`);

  const output = optionalText(values.output, "output");
  const period = optionalText(values.period, "period");

  if (command === "example") {
    if (rest.length > 0)
      throw new CliFailure("usage", `Kommandot example tar inga argument (fick "${rest[0]}"). Ange filen med -o.`);
    return { command, output };
  }
  const [input, ...extra] = rest;
  if (input === undefined)
    throw new CliFailure("usage", `Kommandot ${command} behöver en arbetsbok: malstyrning ${command} <fil.xlsx>.`);
  if (extra.length > 0) {
    throw new CliFailure("usage", `För många argument: "${extra.join(" ")}". Ange utdatafilen med -o.`);
  }
  const json = values.json === true;
  if (command === "validate") return { command, input, json, period };
  if (command === "rapport") return { command, input, output, json, period };
  return {
    command,
    input,
    output,
    json,
    period,
    allowLossy: values["allow-lossy"] === true,
    summaries: values["no-summaries"] !== true,
  };
}

function optionalText(value: string | undefined, name: OptionName): string | null {
  if (value === undefined) return null;
  if (value.trim() === "") throw new CliFailure("usage", `Flaggan ${flag(name)} behöver ett värde.`);
  return value;
}

function flag(name: OptionName): string {
  const short = "short" in OPTIONS[name] ? `-${(OPTIONS[name] as { short: string }).short}/` : "";
  return `${short}--${name}`;
}

/** util.parseArgs explains in English; the user gets the same fact in Swedish. */
function parseErrorText(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  // Duck-typed: under some runners node's own errors come from another realm and fail `instanceof Error`.
  const message = typeof error === "object" && error !== null && "message" in error ? String(error.message) : "";
  const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Okänd flagga ${option}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (message.includes("does not take")) return `Flaggan ${option} tar inget värde.`;
      if (message.includes("ambiguous")) {
        return `Flaggan ${option} behöver ett värde (det som följer ser ut som en flagga; skriv ${option}=<värde>).`;
      }
      return `Flaggan ${option} behöver ett värde.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return "För många argument.";
    default:
      return "Kommandoraden kan inte tolkas.";
  }
}

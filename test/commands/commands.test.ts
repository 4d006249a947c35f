/**
 * The ribbon's ExecuteFunction handlers: event.completed() exactly once on every path (success, failure, a dialog
 * that cannot be shown or never answers, a run that hangs), the undo notice before the first run, and what the dialog
 * is given to show. Office and Excel are globals here: Office a hand fake of the dialog API, Excel the fake workbook.
 */
import { FakeExcel } from "../office/fake-excel";
import { largePlanSheet } from "../office/limits-run";

type DialogBehaviour = "answer" | "never" | "fail" | "throw";

interface Harness {
  readonly excel: FakeExcel;
  readonly dialogs: { kind: string; failure: string | null }[];
  behaviour: DialogBehaviour;
  answers: string[];
  dialogApi: boolean;
}

const store = new Map<string, string>();

function install(excel: FakeExcel): Harness {
  const harness: Harness = { excel, dialogs: [], behaviour: "answer", answers: [], dialogApi: true };
  const settings = new Map<string, unknown>();
  Object.assign(globalThis, {
    window: { location: { href: "https://addin.example.se/malstyrning/commands.html" } },
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    },
    Excel: { run: excel.run.bind(excel) },
    Office: {
      onReady: () => Promise.resolve(),
      actions: { associate: () => undefined },
      AsyncResultStatus: { Failed: "failed", Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        displayLanguage: "sv-SE",
        requirements: { isSetSupported: () => harness.dialogApi },
        document: {
          settings: {
            get: (k: string) => settings.get(k) ?? null,
            set: (k: string, v: unknown) => settings.set(k, v),
            remove: (k: string) => settings.delete(k),
            saveAsync: (cb: () => void) => cb(),
          },
        },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
            const page = JSON.parse(decodeURIComponent(new URL(url).hash.slice(1))) as {
              kind: string;
              failure?: string | null;
            };
            harness.dialogs.push({ kind: page.kind, failure: page.failure ?? null });
            if (harness.behaviour === "throw") throw new Error("Dialog API broken");
            if (harness.behaviour === "never") return;
            if (harness.behaviour === "fail") {
              callback({ status: "failed", error: { code: 12007, message: "A dialog box is already opened" } });
              return;
            }
            const handlers = new Map<string, (arg: unknown) => void>();
            callback({
              status: "succeeded",
              value: {
                addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
                close: () => undefined,
              },
            });
            const answer = harness.answers.shift() ?? "close";
            setTimeout(() => handlers.get("message")?.({ message: answer }), 0);
          },
        },
      },
    },
  });
  return harness;
}

async function loadCommands(): Promise<typeof import("../../src/commands/commands")> {
  let loaded: typeof import("../../src/commands/commands") | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof import("../../src/commands/commands")>("../../src/commands/commands");
  });
  return loaded as typeof import("../../src/commands/commands");
}

function event(): { completed: jest.Mock } {
  return { completed: jest.fn() };
}

beforeEach(() => {
  store.clear();
  store.set("malstyrning.undoNoticeShown", "1");
});

afterEach(() => {
  jest.useRealTimers();
  for (const name of ["window", "localStorage", "Excel", "Office"])
    delete (globalThis as Record<string, unknown>)[name];
});

describe("event.completed() on every path", () => {
  it("after a run and its dialog", async () => {
    const h = install(new FakeExcel([largePlanSheet(12)]));
    const { beraknaStatus } = await loadCommands();
    const e = event();
    await beraknaStatus(e as unknown as Office.AddinCommands.Event);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(h.dialogs).toEqual([{ kind: "recalc", failure: null }]);
    expect(h.excel.valueAt("Plan 2021", 5, 6)).toBe("↑");
  });

  it("after a failure, with a Swedish sentence that says what to do in the dialog", async () => {
    const excel = new FakeExcel([largePlanSheet(12)]);
    excel.sheet("Plan 2021").protected = true;
    const h = install(excel);
    const { beraknaStatus } = await loadCommands();
    const e = event();
    await beraknaStatus(e as unknown as Office.AddinCommands.Event);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(h.dialogs[0]?.failure).toBe(
      "Bladet ”Plan 2021” är skyddat, så inget skrevs. Ta bort skyddet (Granska → Ta bort bladskydd) och försök igen.",
    );
  });

  it.each<DialogBehaviour>(["fail", "throw"])("when the dialog cannot be shown (%s)", async (behaviour) => {
    const h = install(new FakeExcel([largePlanSheet(12)]));
    h.behaviour = behaviour;
    const { validera } = await loadCommands();
    const e = event();
    await validera(e as unknown as Office.AddinCommands.Event);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("when the Excel host has no dialog API", async () => {
    const h = install(new FakeExcel([largePlanSheet(12)]));
    h.dialogApi = false;
    const { validera } = await loadCommands();
    const e = event();
    await validera(e as unknown as Office.AddinCommands.Event);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("when the dialog's callback never fires: after the dialog wait gives up", async () => {
    const h = install(new FakeExcel([largePlanSheet(12)]));
    h.behaviour = "never";
    const { validera } = await loadCommands();
    const { MAX_WAIT_MS } = jest.requireActual<typeof import("../../src/commands/result-dialog")>(
      "../../src/commands/result-dialog",
    );
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    const e = event();
    const done = validera(e as unknown as Office.AddinCommands.Event);
    // The run reaches the dialog first (a few fake syncs), then the wait starts.
    for (let i = 0; i < 1_000 && h.dialogs.length === 0; i++) await jest.advanceTimersByTimeAsync(1);
    expect(h.dialogs).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(MAX_WAIT_MS - 1_000);
    expect(e.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(2_000);
    await done;
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("when the run itself hangs: at the command's time limit, once", async () => {
    install(new FakeExcel([largePlanSheet(12)]));
    (globalThis as unknown as { Excel: unknown }).Excel = { run: () => new Promise(() => undefined) };
    const { runCommand, COMMAND_TIME_LIMIT_MS } = await loadCommands();
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    const e = event();
    void runCommand("validate", async () => ({ evaluation: null as never, summarySheets: 0 }), e as never);
    await jest.advanceTimersByTimeAsync(COMMAND_TIME_LIMIT_MS + 1);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(COMMAND_TIME_LIMIT_MS).toBeLessThan(5 * 60_000);
  });

  it("when event.completed itself throws, nothing escapes", async () => {
    install(new FakeExcel([largePlanSheet(12)]));
    const { validera } = await loadCommands();
    const e = {
      completed: jest.fn(() => {
        throw new Error("gone");
      }),
    };
    await expect(validera(e as unknown as Office.AddinCommands.Event)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the undo notice before the first run", () => {
  it("is shown once; Avbryt runs nothing, Fortsätt runs and is remembered", async () => {
    store.clear();
    const h = install(new FakeExcel([largePlanSheet(12)]));
    const { beraknaStatus } = await loadCommands();
    h.answers = ["cancel"];
    const first = event();
    await beraknaStatus(first as unknown as Office.AddinCommands.Event);
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(h.dialogs.map((d) => d.kind)).toEqual(["notice"]);
    expect(h.excel.writes).toEqual([]);

    h.answers = ["proceed", "close"];
    await beraknaStatus(event() as unknown as Office.AddinCommands.Event);
    expect(h.dialogs.map((d) => d.kind)).toEqual(["notice", "notice", "recalc"]);
    expect(h.excel.valueAt("Plan 2021", 5, 6)).toBe("↑");

    await beraknaStatus(event() as unknown as Office.AddinCommands.Event);
    expect(h.dialogs.map((d) => d.kind)).toEqual(["notice", "notice", "recalc", "recalc"]);
  });

  it("is not needed for Validera, which writes nothing", async () => {
    store.clear();
    const h = install(new FakeExcel([largePlanSheet(12)]));
    const { validera } = await loadCommands();
    await validera(event() as unknown as Office.AddinCommands.Event);
    expect(h.dialogs.map((d) => d.kind)).toEqual(["validate"]);
  });
});

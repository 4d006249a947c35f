/** Every batch the add-in opens goes through runExcel, so every one waits for cell-edit mode (delayForCellEdit). */
import fs from "node:fs";
import path from "node:path";
import { RUN_OPTIONS } from "../../src/adapters/office/excel-run";

const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe("Excel.run", () => {
  it("asks Excel to wait while the user edits a cell", () => {
    expect(RUN_OPTIONS).toEqual({ delayForCellEdit: true });
  });

  it("is called only by runExcel, in every entry point (ribbon, task pane, report, selection)", () => {
    const callers = [...sources("src"), ...sources("taskpane")].filter((file) =>
      /\bExcel\.run\s*\(/.test(fs.readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(callers).toEqual([path.join("src", "adapters", "office", "excel-run.ts")]);
  });
});

/** Architecture rules: arrows point inward (cli/commands/taskpane -> adapters -> app -> domain). */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain is plain TypeScript: no Office.js, ExcelJS, DOM helpers, Node built-ins or outer layers.",
      severity: "error",
      from: { path: "^src/domain" },
      to: {
        pathNot: ["^src/domain", "^node_modules/zod"],
      },
    },
    {
      name: "domain-no-node-builtins",
      severity: "error",
      from: { path: "^src/domain" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "app-only-domain",
      comment: "Use cases talk to the workbook port, never to an adapter.",
      severity: "error",
      from: { path: "^src/app" },
      to: { pathNot: ["^src/app", "^src/domain", "^node_modules/zod"] },
    },
    {
      name: "app-no-node-builtins",
      severity: "error",
      from: { path: "^src/app" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "adapters-not-outward",
      severity: "error",
      from: { path: "^src/adapters" },
      to: { path: ["^src/cli", "^src/commands", "^taskpane"] },
    },
    {
      name: "xlsx-and-office-apart",
      severity: "error",
      from: { path: "^src/adapters/xlsx" },
      to: { path: ["^src/adapters/office", "^src/commands", "^taskpane"] },
    },
    {
      name: "office-side-no-exceljs",
      severity: "error",
      from: { path: ["^src/adapters/office", "^src/commands", "^taskpane"] },
      to: { path: ["^src/adapters/xlsx", "^src/cli", "^node_modules/exceljs"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Worktrees link node_modules to the main checkout; keep the link so "^node_modules/zod" still matches.
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.d\\.ts$" },
  },
};

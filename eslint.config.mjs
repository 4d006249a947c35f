// ESLint: the Office add-in rules (eslint-plugin-office-addins) plus typescript-eslint, and the domain purity rule.
import { createRequire } from "node:module";
import officeAddins from "eslint-plugin-office-addins";

// The parser that eslint-plugin-office-addins ships with, so parser and its @typescript-eslint rules match.
const requireFromPlugin = createRequire(createRequire(import.meta.url).resolve("eslint-plugin-office-addins"));
const tsParser = requireFromPlugin("@typescript-eslint/parser");

const domainForbidden = {
  patterns: [
    { group: ["exceljs", "exceljs/*"], message: "src/domain is pure: ExcelJS belongs in adapters/xlsx." },
    { group: ["office-addin-mock", "@microsoft/*"], message: "src/domain is pure: Office belongs in adapters/office." },
    { group: ["fs", "node:*", "path", "os", "child_process"], message: "src/domain is pure: no Node I/O." },
    {
      group: ["**/adapters/**", "**/app/**", "**/cli/**", "**/commands/**", "**/taskpane/**"],
      message: "Arrows point inward.",
    },
  ],
};

export default [
  { ignores: ["node_modules/", "dist/", "dist-tsc/", "out/", "coverage/", "test-output/", "**/*.d.ts"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mjs"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // The office-addins config registers its own @typescript-eslint plugin, so its rules are named here directly.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "warn",
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: {},
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", domainForbidden],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "Buffer", "require"],
    },
  },
];

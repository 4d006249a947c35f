/** The production manifest: webpack writes ADDIN_URL into every address, and the result is still a valid manifest. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCHEMA = path.resolve(ROOT, "../shared/office-schemas/OfficeAppManifestV1_1.xsd");

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string;
}

type WebpackConfigFactory = (env: unknown, argv: { mode: string }) => { plugins: object[] };

function manifestTransform(addinUrl: string | undefined): (content: Buffer) => string {
  const previous = process.env["ADDIN_URL"];
  if (addinUrl === undefined) delete process.env["ADDIN_URL"];
  else process.env["ADDIN_URL"] = addinUrl;
  try {
    const factory = require(path.join(ROOT, "webpack.config.js")) as WebpackConfigFactory;
    const config = factory({}, { mode: "production" });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as
      { patterns: CopyPattern[] } | undefined;
    const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
    if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml with a transform");
    return pattern.transform;
  } finally {
    if (previous === undefined) delete process.env["ADDIN_URL"];
    else process.env["ADDIN_URL"] = previous;
  }
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"));

describe("manifest at build time", () => {
  it("replaces every development address with ADDIN_URL (a trailing slash is added)", () => {
    const built = manifestTransform("https://addin.region.example/malstyrning")(source);
    expect(built).not.toContain("https://localhost");
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls)
      expect(url).toMatch(/^https:\/\/addin\.region\.example\/malstyrning\/[\w-]+(\.html|\/[\w-]+\.png)$/);
  });

  it("keeps the development addresses without ADDIN_URL", () => {
    expect(manifestTransform(undefined)(source)).toBe(source.toString("utf8"));
  });

  it("refuses a non-https ADDIN_URL, because Office loads add-ins only over https", () => {
    expect(() => manifestTransform("http://addin.region.example/")).toThrow(/https/);
  });

  const xmllint = spawnSync("xmllint", ["--version"]).error === undefined && fs.existsSync(SCHEMA);
  (xmllint ? it : it.skip)("still validates against the schema with the production address", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "malstyrning-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, manifestTransform("https://addin.region.example/malstyrning/")(source));
    const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
  });
});

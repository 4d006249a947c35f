// Builds the Excel add-in into dist/: task pane, ribbon commands (function file), result dialog, icons and the manifest.
//   npm run build                                  manifest points at https://localhost:3000/ (development)
//   ADDIN_URL=https://addin.region.se/malstyrning/ npm run build   manifest points at the production server
//   npm run dev-server                             https://localhost:3000/ (see docs/ADDIN.md for the certificate)
const fs = require("node:fs");
const path = require("node:path");
const { URL } = require("node:url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The address written in the source manifest; replaced by ADDIN_URL at build time. */
const DEV_URL = "https://localhost:3000/";

/** Code that must never reach the Office bundle: ExcelJS and everything built on it or on Node. */
const FORBIDDEN_IN_BUNDLE = [
  /[\\/]node_modules[\\/]exceljs[\\/]/,
  /[\\/]src[\\/]adapters[\\/]xlsx[\\/]/,
  /[\\/]src[\\/]cli[\\/]/,
];

function addinUrl() {
  const raw = process.env.ADDIN_URL || DEV_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must be https (Office loads add-ins only over https): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function supportUrl() {
  const raw = process.env.SUPPORT_URL;
  if (!raw) return null;
  if (new URL(raw).protocol !== "https:") throw new Error(`SUPPORT_URL must be https: ${raw}`);
  return raw;
}

/** Fails the build when an Office entry pulls in ExcelJS or Node-only code, instead of shipping megabytes that cannot run. */
class NodeOnlyCodeGuard {
  apply(compiler) {
    compiler.hooks.compilation.tap("NodeOnlyCodeGuard", (compilation) => {
      compilation.hooks.finishModules.tap("NodeOnlyCodeGuard", (modules) => {
        for (const module of modules) {
          const resource = module.resource || "";
          if (FORBIDDEN_IN_BUNDLE.some((pattern) => pattern.test(resource))) {
            compilation.errors.push(new Error(`Node-only module in the Office bundle: ${resource}`));
          }
        }
      });
    });
  }
}

function devServerHttps() {
  // Bring your own trusted certificate (e.g. from mkcert) with DEV_CERT/DEV_KEY; otherwise webpack-dev-server makes a
  // self-signed one in node_modules/.cache/webpack-dev-server/server.pem that has to be trusted once (docs/ADDIN.md).
  const cert = process.env.DEV_CERT;
  const key = process.env.DEV_KEY;
  if (cert && key) return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
  return "https";
}

module.exports = (_env, argv) => {
  const development = argv.mode === "development";
  const url = addinUrl();
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer", inject: "head" });

  return {
    mode: development ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      result: "./src/commands/result.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type errors are `npm run typecheck`'s job; ES modules here let webpack drop unused code.
          options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2019", sourceMap: true } },
        },
      ],
    },
    plugins: [
      new NodeOnlyCodeGuard(),
      page("taskpane", "./taskpane/taskpane.html", ["taskpane"]),
      page("commands", "./src/commands/commands.html", ["commands"]),
      page("result", "./src/commands/result.html", ["result"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "taskpane/taskpane.css", to: "taskpane.css" },
          { from: "taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const manifest = content.toString("utf8");
              // SUPPORT_URL: the organisation's own service desk page instead of the bundled support.html.
              const support = supportUrl();
              const withSupport = support
                ? manifest.replace(/(<SupportUrl DefaultValue=")[^"]*(")/, `$1${support}$2`)
                : manifest;
              return withSupport.split(DEV_URL).join(url);
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT || 3000),
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

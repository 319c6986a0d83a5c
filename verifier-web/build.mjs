// Build verify.html: one self-contained page (script, style and third-party licences inline; no network).
//
//   node build.mjs                 write dist/verify.html
//   node build.mjs --out FILE      also copy it to FILE (the copy the app ships: resources/verifier/verify.html)
//   node build.mjs --check FILE    fail unless FILE is byte for byte what this build makes (CI)
//
// Reproducible: pinned versions (package-lock.json), no timestamps, no paths, sorted licence list. The
// Content-Security-Policy allows exactly the inline script and style by their SHA-256 and nothing else, so
// the browser itself refuses any request the page might try to make.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));
const MAX_BYTES = 1_000_000;

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : null;
}

const sha256b64 = (text) => createHash("sha256").update(text, "utf8").digest("base64");

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [join(HERE, "src/main.js")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    platform: "browser",
    charset: "utf8",
    legalComments: "none", // the licences are appended in full instead
    write: false,
    metafile: true,
    logLevel: "warning",
  });
  let js = result.outputFiles[0].text;
  // Inline in <script>: "</script" or "<!--" would end or confuse the element.
  js = js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  return { js, inputs: Object.keys(result.metafile.inputs) };
}

/** The npm packages that ended up in the bundle, with their licence texts. */
function licences(inputs) {
  const names = new Set();
  for (const p of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p);
    if (m) names.add(m[1]);
  }
  const out = [];
  for (const name of [...names].sort()) {
    const dir = join(HERE, "node_modules", name);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE"].find((f) => existsSync(join(dir, f)));
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${pkg.license}`;
    out.push(`${name} ${pkg.version} (${pkg.license})\n\n${text}`);
  }
  return out.join("\n\n----------------------------------------------------------------\n\n").replace(/--(?=[->])|-->/g, "- -");
}

async function main() {
  const pkg = JSON.parse(readFileSync(join(HERE, "package.json"), "utf8"));
  const { js, inputs } = await bundle();
  const css = readFileSync(join(HERE, "src/style.css"), "utf8").trim();
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256b64(js)}'`,
    `style-src 'sha256-${sha256b64(css)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const html = readFileSync(join(HERE, "src/page.html"), "utf8")
    .replace("{{CSP}}", () => csp)
    .replace("{{VERSION}}", () => pkg.version)
    .replace("{{STYLE}}", () => css)
    .replace("{{SCRIPT}}", () => js)
    .replace("{{LICENSES}}", () =>
      `verify.html bundles these npm packages; their licences follow.\n\n${licences(inputs)}`,
    );
  const bytes = Buffer.from(html, "utf8");
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length >= MAX_BYTES) throw new Error(`verify.html is ${bytes.length} bytes: over the 1 MB budget`);

  mkdirSync(join(HERE, "dist"), { recursive: true });
  writeFileSync(join(HERE, "dist/verify.html"), bytes);
  console.log(`verify.html: ${bytes.length} bytes, sha256 ${digest}`);

  const out = arg("--out");
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
    console.log(`copied to ${out}`);
  }
  const check = arg("--check");
  if (check) {
    const shipped = existsSync(check) ? readFileSync(check) : Buffer.alloc(0);
    if (!shipped.equals(bytes)) {
      console.error(`${check} is not what the sources build (run: npm run ship, and commit it)`);
      process.exit(1);
    }
    console.log(`${check} is what the sources build`);
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});

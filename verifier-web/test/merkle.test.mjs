// LEDGER.md 4: every RFC 9162 vector in tests/data/merkle (transparency-dev) passes or fails as it should.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fromBase64 } from "../src/bytes.js";
import { verifyConsistency, verifyInclusion } from "../src/merkle.js";

const ROOT = new URL("../../tests/data/merkle/", import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".json") ? [p] : [];
  });
}

const b64 = (s) => (s ? fromBase64(s) : new Uint8Array(0));

test("inclusion vectors", async () => {
  const cases = files(join(ROOT, "inclusion"));
  assert.ok(cases.length > 50, `only ${cases.length} vectors found`);
  for (const f of cases) {
    const v = JSON.parse(readFileSync(f, "utf8"));
    const ok = await verifyInclusion(v.leafIdx, v.treeSize, b64(v.leafHash), (v.proof || []).map(b64), b64(v.root));
    assert.equal(ok, !v.wantErr, f);
  }
});

test("consistency vectors", async () => {
  const cases = files(join(ROOT, "consistency"));
  assert.ok(cases.length > 50, `only ${cases.length} vectors found`);
  for (const f of cases) {
    const v = JSON.parse(readFileSync(f, "utf8"));
    const ok = await verifyConsistency(v.size1, v.size2, (v.proof || []).map(b64), b64(v.root1), b64(v.root2));
    assert.equal(ok, !v.wantErr, f);
  }
});

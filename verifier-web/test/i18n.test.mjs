// The five languages say the same things: same keys, same placeholders; every failure the verifier can
// report has words in every language.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { LANGUAGES, pickLanguage, t } from "../src/i18n/index.js";

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("every language has every key of English, with the same placeholders", () => {
  const en = LANGUAGES.en;
  assert.deepEqual(Object.keys(LANGUAGES), ["en", "fr", "pt", "es", "ar"]);
  for (const [code, table] of Object.entries(LANGUAGES)) {
    for (const group of [null, "kinds", "fields"]) {
      const a = group ? en[group] : en;
      const b = group ? table[group] : table;
      const keys = (o) => Object.keys(o).filter((k) => typeof o[k] === "string").sort();
      assert.deepEqual(keys(b), keys(a), `${code} ${group || ""}`);
      for (const k of keys(a)) {
        assert.deepEqual(placeholders(b[k]), placeholders(a[k]), `${code}.${k}`);
        if (code !== "en" && !["dir", "key_placeholder", "binding_missing"].includes(k) && a[k].length > 12) {
          assert.notEqual(b[k], a[k], `${code}.${k} is not translated`);
        }
      }
    }
  }
  assert.equal(LANGUAGES.ar.dir, "rtl");
});

test("every failure code in the sources has words", () => {
  const src = new URL("../src/", import.meta.url);
  const codes = new Set();
  for (const f of readdirSync(src).filter((n) => n.endsWith(".js"))) {
    const text = readFileSync(new URL(f, src), "utf8");
    for (const m of text.matchAll(/(?:fail\(|code: |CmsError\(|Error\()"([a-z0-9_]+)"/g)) codes.add(m[1]);
  }
  for (const c of ["pdf_changed", "entry_not_included", "key_no_authoriser", "certificate_mismatch"]) assert.ok(codes.has(c), c);
  const missing = [...codes].filter((c) => !(`fail_${c}` in LANGUAGES.en) && !c.startsWith("note_") && !c.startsWith("verifier_key") && ![
    "utf8", "json", "float", "integer_range", "negative_zero", "key", "type", "lone_surrogate", "not_nfc", "not_canonical",
    "members", "member", "body_not_object", "checkpoint_format_", "format",
  ].includes(c));
  assert.deepEqual(missing, []);
});

test("the browser's language picks the page's, English otherwise", () => {
  assert.equal(pickLanguage(["pt-BR", "en"]), "pt");
  assert.equal(pickLanguage(["de-DE", "ar-EG"]), "ar");
  assert.equal(pickLanguage(["de"]), "en");
  assert.equal(t("fr", "fail_prev_link", { seq: 7 }), "L'entrée n° 7 n'est pas reliée à l'entrée qui la précède.");
});

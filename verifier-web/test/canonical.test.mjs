// LEDGER.md 2: the canonical encoding accepts exactly the canonical bytes.

import assert from "node:assert/strict";
import { test } from "node:test";
import { utf8 } from "../src/bytes.js";
import { parseBody, parseCanonical } from "../src/canonical.js";

const ok = (s) => parseCanonical(utf8(s));
const code = (s) => {
  try {
    parseCanonical(typeof s === "string" ? utf8(s) : s);
    return "accepted";
  } catch (e) {
    return e.code;
  }
};

test("canonical texts are accepted and read back", () => {
  assert.deepEqual(ok('{"a":[1,-2,true,false,null],"b":"x","c":{}}'), { a: [1, -2, true, false, null], b: "x", c: {} });
  assert.equal(ok('{"s":"\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f é ع 😀 \u007f \u2028"}').s, '"\\\b\f\n\r\t\u0001\u001f é ع 😀 \u007f \u2028');
  assert.equal(ok('{"n":9007199254740991}').n, 2 ** 53 - 1);
});

test("anything else is rejected", () => {
  const cases = {
    '{"b":1,"a":2}': "not_canonical", // key order
    '{"a":1,"a":1}': "not_canonical", // duplicate key
    '{ "a":1}': "not_canonical", // white space
    '{"a":1.0}': "not_canonical",
    '{"a":1.5}': "float",
    '{"a":1e2}': "not_canonical",
    '{"a":-0}': "negative_zero",
    '{"a":9007199254740992}': "integer_range",
    '{"A":1}': "key",
    '{"_a":1}': "key",
    '{"__proto__":1}': "key",
    '{"a":"\\u00e9"}': "not_canonical", // escaped where RFC 8785 writes the character
    '{"a":"\\u001F"}': "not_canonical", // upper-case hex
    '{"a":"\\/"}': "not_canonical",
    '{"a":"\\ud800"}': "lone_surrogate",
    '{"a":"e\u0301"}': "not_nfc",
    '{"a":1': "json",
  };
  for (const [text, want] of Object.entries(cases)) assert.equal(code(text), want, text);
  assert.equal(code(Uint8Array.of(0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d)), "utf8");
});

const BODY = {
  actor: "jsmith", at: "2026-03-01T07:45:00.000Z", case: null, data: {}, item: null, item_prev: null,
  kind: "user.created", prev: "0".repeat(64), seq: 1, signers: ["jsmith"], station: "LIS01", v: 1,
};

test("a body has exactly the members of section 1, of the right types", () => {
  const enc = (o) => utf8(JSON.stringify(Object.fromEntries(Object.entries(o).sort())));
  assert.equal(parseBody(enc(BODY)).kind, "user.created");
  const bad = {
    v: 2, seq: 0, prev: "A".repeat(64), kind: "Custody", at: "2026-03-01T07:45:00Z", station: "",
    item_prev: "0".repeat(64), signers: [""], data: [],
  };
  for (const [k, v] of Object.entries(bad)) {
    assert.throws(() => parseBody(enc({ ...BODY, [k]: v })), (e) => e.code === "member" && e.detail === k, k);
  }
  assert.throws(() => parseBody(enc({ ...BODY, at: "2026-02-30T07:45:00.000Z" })), /member: at/);
  const { case: _c, ...less } = BODY;
  assert.throws(() => parseBody(enc(less)), /members/);
  assert.throws(() => parseBody(enc({ ...BODY, extra: 1 })), /members/);
});

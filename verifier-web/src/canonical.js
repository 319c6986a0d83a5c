// LEDGER.md section 2: the canonical encoding, and section 1: the members of a body.
//
// A body is accepted only if re-encoding the parsed value gives back exactly the same bytes. JSON.parse
// alone is lenient (duplicate keys, floats, big numbers, escapes), so the value is also checked against the
// restricted RFC 8785 subset before it is re-encoded; any difference in bytes rejects the body.

import { equalBytes, fromUtf8, utf8 } from "./bytes.js";

export class CanonicalError extends Error {
  constructor(code, detail) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
    this.detail = detail || "";
  }
}

const KEY_RE = /^[a-z][a-z0-9_]*$/;

function checkValue(v, path) {
  if (v === null || v === true || v === false) return;
  switch (typeof v) {
    case "string":
      checkString(v, path);
      return;
    case "number":
      if (!Number.isInteger(v)) throw new CanonicalError("float", path);
      if (!Number.isSafeInteger(v)) throw new CanonicalError("integer_range", path);
      if (Object.is(v, -0)) throw new CanonicalError("negative_zero", path);
      return;
    case "object":
      if (Array.isArray(v)) {
        v.forEach((x, i) => checkValue(x, `${path}[${i}]`));
        return;
      }
      for (const k of Object.keys(v)) {
        if (!KEY_RE.test(k)) throw new CanonicalError("key", `${path}.${k}`);
        checkValue(v[k], `${path}.${k}`);
      }
      return;
    default:
      throw new CanonicalError("type", path);
  }
}

function checkString(s, path) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw new CanonicalError("lone_surrogate", path);
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      throw new CanonicalError("lone_surrogate", path);
    }
  }
  if (s.normalize("NFC") !== s) throw new CanonicalError("not_nfc", path);
}

function encodeString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c < 0x20) out += "\\u00" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}

function compareCodePoints(a, b) {
  // Keys are ASCII ([a-z][a-z0-9_]*), so UTF-16 order is code point order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical text of an already checked value. */
export function encode(v) {
  if (v === null) return "null";
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return encodeString(v);
  if (Array.isArray(v)) return "[" + v.map(encode).join(",") + "]";
  const keys = Object.keys(v).sort(compareCodePoints);
  return "{" + keys.map((k) => encodeString(k) + ":" + encode(v[k])).join(",") + "}";
}

/** Parse canonical JSON bytes; throw CanonicalError unless re-encoding gives the same bytes. */
export function parseCanonical(bytes) {
  const text = fromUtf8(bytes);
  if (text === null) throw new CanonicalError("utf8");
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CanonicalError("json", e.message);
  }
  checkValue(value, "$");
  if (!equalBytes(utf8(encode(value)), bytes)) throw new CanonicalError("not_canonical");
  return value;
}

const HASH_RE = /^[0-9a-f]{64}$/;
const AT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KIND_RE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const MEMBERS = ["v", "seq", "prev", "kind", "at", "station", "actor", "item", "item_prev", "case", "signers", "data"];

function isStringOrNull(x) {
  return x === null || typeof x === "string";
}

/** True if `at` is a real UTC time in the format of LEDGER.md section 1. */
export function validAt(at) {
  if (typeof at !== "string" || !AT_RE.test(at)) return false;
  const d = new Date(at);
  return !Number.isNaN(d.getTime()) && d.toISOString() === at;
}

/** Parse and check one entry body (sections 1 and 2). Returns the body object. */
export function parseBody(bytes) {
  const b = parseCanonical(bytes);
  if (b === null || typeof b !== "object" || Array.isArray(b)) throw new CanonicalError("body_not_object");
  const keys = Object.keys(b).sort();
  if (keys.length !== MEMBERS.length || !MEMBERS.every((m) => m in b)) {
    throw new CanonicalError("members", keys.join(","));
  }
  const bad = (m) => {
    throw new CanonicalError("member", m);
  };
  if (b.v !== 1) bad("v");
  if (!Number.isSafeInteger(b.seq) || b.seq < 1) bad("seq");
  if (typeof b.prev !== "string" || !HASH_RE.test(b.prev)) bad("prev");
  if (b.seq === 1 && b.prev !== "0".repeat(64)) bad("prev");
  if (typeof b.kind !== "string" || !KIND_RE.test(b.kind)) bad("kind");
  if (!validAt(b.at)) bad("at");
  if (typeof b.station !== "string" || b.station === "") bad("station");
  if (typeof b.actor !== "string" || b.actor === "") bad("actor");
  if (!isStringOrNull(b.item)) bad("item");
  if (!(b.item_prev === null || (typeof b.item_prev === "string" && HASH_RE.test(b.item_prev)))) bad("item_prev");
  if (b.item === null && b.item_prev !== null) bad("item_prev");
  if (!isStringOrNull(b.case)) bad("case");
  if (!Array.isArray(b.signers) || !b.signers.every((s) => typeof s === "string" && s !== "")) bad("signers");
  if (b.data === null || typeof b.data !== "object" || Array.isArray(b.data)) bad("data");
  return b;
}

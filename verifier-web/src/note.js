// LEDGER.md section 4: checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint) and
// station verifier keys ("<name>+<hex key ID>+<base64(0x01 || public key)>").

import { concat, equalBytes, fromBase64, sha256, toBase64, toHex, utf8 } from "./bytes.js";
import { verifyEd25519 } from "./ed25519.js";

export class NoteError extends Error {
  constructor(code, detail) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
    this.detail = detail || "";
  }
}

const NAME_RE = /^[^\s+]+$/u;
const ALG_ED25519 = 0x01;

async function keyHash(name, alg, publicKey) {
  return (await sha256(concat(utf8(name), Uint8Array.of(0x0a, alg), publicKey))).slice(0, 4);
}

/** Parse and check a verifier key; returns {name, keyId (4 bytes), publicKey (32 bytes), text}. */
export async function parseVerifierKey(text) {
  const s = String(text).trim();
  // name "+" hex key ID "+" base64 (which may itself contain "+")
  const m = /^([^+]*)\+([^+]*)\+(.*)$/su.exec(s);
  if (!m) throw new NoteError("verifier_key_format");
  const [, name, idHex, b64] = m;
  if (!NAME_RE.test(name) || !/^[0-9a-f]{8}$/.test(idHex)) throw new NoteError("verifier_key_format");
  const raw = fromBase64(b64);
  if (raw === null || raw.length !== 33 || raw[0] !== ALG_ED25519) throw new NoteError("verifier_key_format");
  const publicKey = raw.slice(1);
  const keyId = await keyHash(name, ALG_ED25519, publicKey);
  if (toHex(keyId) !== idHex) throw new NoteError("verifier_key_id");
  return { name, keyId, publicKey, text: s };
}

/** The verifier key text for a station key name and raw public key. */
export async function verifierKeyText(name, publicKey) {
  const id = await keyHash(name, ALG_ED25519, publicKey);
  return `${name}+${toHex(id)}+${toBase64(concat(Uint8Array.of(ALG_ED25519), publicKey))}`;
}

/** Split a signed note into its text and signature lines (c2sp.org/signed-note). */
export function splitNote(note) {
  if (typeof note !== "string" || !note.endsWith("\n")) throw new NoteError("note_format");
  const cut = note.lastIndexOf("\n\n");
  if (cut < 0) throw new NoteError("note_format");
  const text = note.slice(0, cut + 1);
  const sigLines = note.slice(cut + 2, -1).split("\n");
  // Text: valid UTF-8 (it is a JS string) without control characters other than newline.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(note)) throw new NoteError("note_format");
  const sigs = [];
  for (const line of sigLines) {
    const m = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!m) throw new NoteError("note_format");
    const blob = fromBase64(m[2]);
    if (blob === null || blob.length < 5) throw new NoteError("note_format");
    sigs.push({ name: m[1], keyId: blob.slice(0, 4), signature: blob.slice(4) });
  }
  if (sigs.length === 0) throw new NoteError("note_format");
  return { text, sigs };
}

/**
 * Verify a signed note against `keys` (parsed verifier keys). Returns the keys whose signature verified;
 * throws NoteError("note_bad_signature") when a signature line of a known key does not verify and
 * NoteError("note_no_trusted_signature") when none of `keys` signed it.
 */
export async function verifyNote(note, keys) {
  const { text, sigs } = splitNote(note);
  const message = utf8(text);
  const good = [];
  for (const sig of sigs) {
    const key = keys.find((k) => k.name === sig.name && equalBytes(k.keyId, sig.keyId));
    if (!key) continue; // a signature by a key we do not know: ignored, as the signed-note spec says
    if (sig.signature.length !== 64 || !(await verifyEd25519(key.publicKey, message, sig.signature))) {
      throw new NoteError("note_bad_signature", key.name);
    }
    if (!good.includes(key)) good.push(key);
  }
  if (good.length === 0) throw new NoteError("note_no_trusted_signature");
  return { text, signedBy: good };
}

/** Parse the text of a tlog checkpoint: origin, tree size, root hash (c2sp.org/tlog-checkpoint). */
export function parseCheckpointText(text) {
  const lines = text.slice(0, -1).split("\n");
  if (lines.length < 3) throw new NoteError("checkpoint_format");
  const [origin, sizeText, rootText] = lines;
  if (origin === "" || !/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new NoteError("checkpoint_format");
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new NoteError("checkpoint_format");
  const root = fromBase64(rootText, 32);
  if (root === null) throw new NoteError("checkpoint_format");
  if (lines.slice(3).some((l) => l === "")) throw new NoteError("checkpoint_format");
  return { origin, size, root, extensions: lines.slice(3) };
}

// The keys the reader typed: one or several station verifier keys, one per line or separated by spaces or commas.
// A key copied from a PDF often arrives broken over lines; pieces that are not a key on their own are joined to
// the next ones until they make one (a verifier key has a fixed-length code, so a piece of one never parses).

import { parseVerifierKey } from "./note.js";

/**
 * @param {string} text what the reader typed
 * @returns {Promise<{keys: string[]} | {error: {line: number}}>} the keys (normalised, duplicates once), or the
 *   line of the first piece that makes no key
 */
export async function parseTypedKeys(text) {
  const pieces = [];
  String(text)
    .split(/\r?\n/)
    .forEach((line, i) => {
      for (const p of line.split(/[\s,;]+/)) if (p) pieces.push({ p, line: i + 1 });
    });
  const keys = [];
  let pending = null;
  for (const { p, line } of pieces) {
    pending = pending ? { text: pending.text + p, line: pending.line } : { text: p, line };
    try {
      const k = (await parseVerifierKey(pending.text)).text;
      if (!keys.includes(k)) keys.push(k);
      pending = null;
    } catch {
      // not a key yet: the next piece may complete it
    }
  }
  if (pending) return { error: { line: pending.line } };
  return { keys };
}

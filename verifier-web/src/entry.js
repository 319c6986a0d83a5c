// LEDGER.md 1 and 3: the entry hash and the message an entry signature signs.

import { concat, sha256, utf8 } from "./bytes.js";

const ENTRY_PREFIX = utf8("custody-entry-v1\n");

/** Entry hash = SHA-256(0x00 || body bytes); it is also the entry's Merkle leaf hash. */
export function entryHash(bodyBytes) {
  return sha256(concat(Uint8Array.of(0), bodyBytes));
}

/** "custody-entry-v1\n" + the 32 raw bytes of the entry hash. */
export function entryMessage(hash) {
  return concat(ENTRY_PREFIX, hash);
}

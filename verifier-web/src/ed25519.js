// Ed25519 signature verification: WebCrypto where the browser has it, else @noble/ed25519 (audited, small).
//
// Both follow RFC 8032 verification; @noble's `zip215: false` selects the same strict rules (canonical
// encodings, no small-order tricks) that WebCrypto and OpenSSL apply.

import * as noble from "@noble/ed25519";

let webcrypto = null; // null = not probed yet, then true or false

async function probe() {
  if (webcrypto !== null) return webcrypto;
  try {
    // RFC 8032 test 1 public key: importing it tells whether the browser knows Ed25519.
    const pk = new Uint8Array([
      0xd7, 0x5a, 0x98, 0x01, 0x82, 0xb1, 0x0a, 0xb7, 0xd5, 0x4b, 0xfe, 0xd3, 0xc9, 0x64, 0x07, 0x3a, 0x0e, 0xe1, 0x72,
      0xf3, 0xda, 0xa6, 0x23, 0x25, 0xaf, 0x02, 0x1a, 0x68, 0xf7, 0x07, 0x51, 0x1a,
    ]);
    await crypto.subtle.importKey("raw", pk, { name: "Ed25519" }, false, ["verify"]);
    webcrypto = true;
  } catch {
    webcrypto = false;
  }
  return webcrypto;
}

/** Which implementation verifies Ed25519 here: "WebCrypto" or "@noble/ed25519". */
export async function ed25519Engine() {
  return (await probe()) ? "WebCrypto" : "@noble/ed25519";
}

/** Force one implementation (tests): true = WebCrypto, false = @noble/ed25519, null = probe again. */
export function useWebCrypto(flag) {
  webcrypto = flag;
}

/** True if `signature` (64 bytes) is a valid Ed25519 signature of `message` by `publicKey` (32 raw bytes). */
export async function verifyEd25519(publicKey, message, signature) {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  if (await probe()) {
    try {
      const key = await crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
      return await crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
    } catch {
      return false; // e.g. a public key that is not a curve point
    }
  }
  try {
    return await noble.verifyAsync(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

// LEDGER.md section 4: RFC 9162 Merkle tree hashes, inclusion proofs (2.1.3.2) and consistency proofs
// (2.1.4.2), written from the RFC's verification algorithms.

import { concat, equalBytes, sha256 } from "./bytes.js";

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

export function leafHash(data) {
  return sha256(concat(LEAF, data));
}

export function nodeHash(left, right) {
  return sha256(concat(NODE, left, right));
}

/** RFC 9162 2.1.3.2: true when `proof` proves `leaf` (a leaf hash) at `index` in the tree of `size` with `root`. */
export async function verifyInclusion(index, size, leaf, proof, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (leaf.length !== 32 || root.length !== 32) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (p.length !== 32) return false;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, root);
}

/** RFC 9162 2.1.4.2: true when `proof` shows the tree (size1, root1) is a prefix of (size2, root2). */
export async function verifyConsistency(size1, size2, proof, root1, root2) {
  // A tree of size 0 proves nothing (as the transparency-dev vectors expect).
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 1 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && equalBytes(root1, root2);
  if (root1.length !== 32 || root2.length !== 32 || proof.some((p) => p.length !== 32)) return false;
  if (proof.length === 0) return false;
  let path = proof;
  // If size1 is an exact power of two, prepend root1 to the path.
  if ((size1 & (size1 - 1)) === 0) path = [root1, ...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, root1) && equalBytes(sr, root2);
}

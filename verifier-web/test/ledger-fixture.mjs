// A hand-built ledger for the unit tests: real Ed25519 keys made here (WebCrypto), entries written by LEDGER.md
// sections 1-4 (RFC 9162 paths computed by the recursive definition of 2.1.3.1, not by the verifier's code),
// and proof bundles of chosen entries. Tests then break one rule at a time.

import { concat, sha256, toBase64, toHex, utf8 } from "../src/bytes.js";
import { encode } from "../src/canonical.js";

export const STATION = "@station";
const subtle = globalThis.crypto.subtle;

export async function newKey() {
  const pair = await subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
  const publicKey = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
  const id = toHex(await sha256(publicKey)).slice(0, 16);
  return { pair, publicKey, id, b64: toBase64(publicKey) };
}

async function sign(key, message) {
  return new Uint8Array(await subtle.sign({ name: "Ed25519" }, key.pair.privateKey, message));
}

const leafHash = (b) => sha256(concat(Uint8Array.of(0), b));
const node = (l, r) => sha256(concat(Uint8Array.of(1), l, r));

function split(n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

async function mth(leaves) {
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return node(await mth(leaves.slice(0, k)), await mth(leaves.slice(k)));
}

/** RFC 9162 2.1.3.1 PATH(m, D[n]). */
async function path(m, leaves) {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  if (m < k) return [...(await path(m, leaves.slice(0, k))), await mth(leaves.slice(k))];
  return [...(await path(m - k, leaves.slice(k))), await mth(leaves.slice(0, k))];
}

async function noteKeyId(name, pub) {
  return (await sha256(concat(utf8(name), Uint8Array.of(0x0a, 0x01), pub))).slice(0, 4);
}

export async function verifierKey(name, key) {
  return `${name}+${toHex(await noteKeyId(name, key.publicKey))}+${toBase64(concat(Uint8Array.of(1), key.publicKey))}`;
}

export class Ledger {
  constructor(station = "LIS01", origin = "custody.local/LIS01") {
    this.station = station;
    this.origin = origin;
    this.entries = [];
    this.keys = new Map(); // signer name -> key (users; "@station" -> station key of this.station)
    this.itemLast = new Map();
    this.clock = Date.parse("2026-03-01T07:45:00.000Z");
  }

  /**
   * Append an entry. opts: item, case, signers (default [actor]), data, at, station,
   * sigs: explicit [{signer, key}] (default: each signer with this.keys), tamper(sigRecords) to edit them.
   */
  async append(kind, actor, opts = {}) {
    this.clock += 60_000;
    const seq = this.entries.length + 1;
    const prev = opts.prev ?? (seq === 1 ? "0".repeat(64) : this.entries[seq - 2].hash);
    const item = opts.item ?? null;
    const body = {
      v: 1,
      seq,
      prev,
      kind,
      at: opts.at ?? new Date(this.clock).toISOString(),
      station: opts.station ?? this.station,
      actor,
      item,
      item_prev: item ? (this.itemLast.get(item) ?? null) : null,
      case: opts.case ?? null,
      signers: [...(opts.signers ?? [actor])].sort(),
      data: opts.data ?? {},
    };
    const text = encode(body);
    const bytes = utf8(text);
    const hashBytes = await leafHash(bytes);
    const hash = toHex(hashBytes);
    const msg = concat(utf8("custody-entry-v1\n"), hashBytes);
    const plan = opts.sigs ?? body.signers.map((s) => ({ signer: s, key: this.keys.get(s) }));
    const signatures = [];
    for (const { signer, key } of plan) {
      if (!key) continue;
      signatures.push({ signer, key_id: key.id, signature: toBase64(await sign(key, msg)) });
    }
    const e = { body: text, obj: body, hash, hashBytes, signatures };
    this.entries.push(e);
    if (item) this.itemLast.set(item, hash);
    return e;
  }

  /** Anchor: the station key registers itself (actor @station). */
  async registerStation(key, opts = {}) {
    const name = `${this.origin}/${opts.station ?? this.station}`;
    if (!opts.keepSigner) this.keys.set(STATION, key);
    return this.append("station.key_registered", opts.actor ?? STATION, {
      signers: opts.signers ?? [STATION],
      sigs: opts.sigs,
      station: opts.station,
      data: { key_name: name, public_key: key.b64, station: opts.station ?? this.station, verifier_key: await verifierKey(name, key) },
    });
  }

  /** user.key_registered for `user` with a new key; authoriser signs too. Returns the key. */
  async registerUser(user, authoriser, opts = {}) {
    const key = opts.key ?? (await newKey());
    this.keys.set(user, key);
    const signers = [...new Set([authoriser, user])];
    await this.append("user.key_registered", authoriser, {
      signers,
      sigs: opts.sigs,
      data: { username: user, public_key: key.b64, key_id: key.id },
    });
    return key;
  }

  async createUser(user, roles, actor) {
    return this.append("user.created", actor, { data: { username: user, full_name: `Officer ${user}`, roles } });
  }

  /** The usual setup: station anchor, first administrator by the station key, then officers by the admin. */
  static async setup(officers = ["jsmith", "ipetrov"]) {
    const l = new Ledger();
    l.stationKey = await newKey();
    await l.registerStation(l.stationKey);
    await l.createUser("admin", ["admin"], STATION);
    await l.registerUser("admin", STATION);
    for (const u of officers) {
      await l.append("user.created", "admin", { data: { username: u, full_name: `Officer ${u}`, roles: ["officer"] } });
      await l.registerUser(u, "admin");
    }
    return l;
  }

  async checkpoint(size = this.entries.length) {
    const leaves = this.entries.slice(0, size).map((e) => e.hashBytes);
    const root = await mth(leaves);
    const name = `${this.origin}/${this.station}`;
    const text = `${this.origin}\n${size}\n${toBase64(root)}\n`;
    const sig = await sign(this.stationKey, utf8(text));
    return { text: `${text}\n\u2014 ${name} ${toBase64(concat(await noteKeyId(name, this.stationKey.publicKey), sig))}\n`, leaves };
  }

  /** A custody-proof/v1 bundle of the entries whose seq is in `seqs` (default: all). */
  async bundle(seqs, opts = {}) {
    const { text, leaves } = await this.checkpoint(opts.size);
    const chosen = seqs ? this.entries.filter((e) => seqs.includes(e.obj.seq)) : this.entries.slice(0, leaves.length);
    const entries = [];
    for (const e of chosen) {
      const proof = await path(e.obj.seq - 1, leaves);
      entries.push({ body: e.body, signatures: e.signatures, inclusion: proof.map(toHex) });
    }
    return {
      format: "custody-proof/v1",
      checkpoint: text,
      verifier_keys: [await verifierKey(`${this.origin}/${this.station}`, this.stationKey)],
      keys: [],
      entries,
    };
  }

  get verifierKey() {
    return verifierKey(`${this.origin}/${this.station}`, this.stationKey);
  }
}

export const bytesOf = (doc) => utf8(JSON.stringify(doc));

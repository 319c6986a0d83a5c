// LEDGER.md 3 and 3.1: entry signatures and the authority rules, applied in seq order over the entries of a
// proof bundle (the reported items' entries and their authority closure).
//
// State is built from the bundle's own entries only: user keys from user.key_registered / user.key_revoked,
// roles from data.roles of user.created / user.roles_changed, station keys from station.key_registered
// (the first one is the trust anchor and must equal a trusted key), report-signing certificates from
// station.certificate_registered. A key is registered only when its registration passed every rule, so every
// key accepted later chains back to the trusted station key.

import { fromBase64, sha256, toHex } from "./bytes.js";
import { entryMessage } from "./entry.js";
import { verifyEd25519 } from "./ed25519.js";
import { parseVerifierKey } from "./note.js";

export const STATION = "@station";
const ADMIN = "admin";
const SUPERVISOR = "supervisor";

/** 3.1.2: the kinds the station key may write by itself. */
export const STATION_KINDS = new Set([
  "checkpoint.signed",
  "auth.failed",
  "auth.locked",
  "station.configured",
  "station.key_registered",
  "station.certificate_registered",
  "station.settings_changed",
  "clock.checked",
]);
/** ... and, only while the ledger has no administrator with a registered key (setup): */
const SETUP_KINDS = new Set(["user.created", "user.key_registered"]);

/** key_id = first 16 hex digits of SHA-256 of the raw public key (LEDGER.md 3). */
export async function keyId(publicKey) {
  return toHex(await sha256(publicKey)).slice(0, 16);
}

function sortedUnique(list) {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return false;
  return true;
}

/**
 * @param entries bundle entries sorted by seq: {body, hash, hashHex, signatures}
 * @param trusted parsed verifier keys the anchor must equal
 * @param fail (code, params) collector
 */
export async function checkAuthority(entries, trusted, fail) {
  const userKeys = new Map(); // username -> [{id, publicKey, seq, revokedAt}]
  const stationKeys = new Map(); // station code -> [{id, publicKey, seq}]
  const roles = new Map(); // username -> string[]
  const people = new Map(); // username -> data of user.created (names for the history tables)
  const certificates = new Map(); // station code -> {sha256, subject, seq}
  const chainedStationKeys = []; // parsed verifier keys of registered station keys
  const registered = new Set(); // "user:<name> <key_id> <base64>" / "station:<code> ..." of every registration seen
  let anchorSeen = false;
  let anchor = null; // {station, key, seq, trusted}: the ledger's first station key
  let setupOver = false;
  let lastAt = null;
  let lastSeq = null;

  const hasRole = (u, role) => u !== STATION && (roles.get(u) || []).includes(role);

  for (const e of entries) {
    const b = e.body;
    const seq = b.seq;
    const d = b.data;

    // 3.1.5 time order (a clock.corrected entry restarts it from its own `at`)
    if (b.kind !== "clock.corrected" && lastAt !== null && b.at < lastAt) {
      fail("time_order", { seq, prevSeq: lastSeq });
    }
    lastAt = b.at;
    lastSeq = seq;

    // 3.1.1 who must sign
    if (b.signers.length === 0) fail("signers_empty", { seq });
    else if (!sortedUnique(b.signers)) fail("signers_order", { seq });
    if (!b.signers.includes(b.actor)) fail("signers_no_actor", { seq, actor: b.actor });

    // A key this entry registers counts for this entry (proof of possession).
    const own = await registeredHere(b);
    if (own) {
      const owner = own.signer === STATION ? `station:${own.station}` : `user:${own.signer}`;
      registered.add(`${owner} ${own.id} ${d.public_key}`);
    }

    // Every signature record of a listed signer must verify with a key valid for that signer at this entry.
    const valid = new Map(); // signer -> key ids that verified
    const reported = new Set();
    for (const rec of e.signatures) {
      if (!b.signers.includes(rec.signer)) {
        fail("signature_unlisted", { seq, signer: rec.signer });
        continue;
      }
      const key = findKey(rec, b, own, userKeys, stationKeys);
      if (!key) {
        fail("key_unknown", { seq, signer: rec.signer });
        reported.add(rec.signer);
        continue;
      }
      const sig = fromBase64(rec.signature, 64);
      if (sig === null || !(await verifyEd25519(key.publicKey, entryMessage(e.hash), sig))) {
        fail("signature_invalid", { seq, signer: rec.signer });
        reported.add(rec.signer);
        continue;
      }
      if (!valid.has(rec.signer)) valid.set(rec.signer, []);
      valid.get(rec.signer).push(key.id);
    }
    for (const s of b.signers) {
      if (!valid.has(s) && !reported.has(s)) fail("signature_missing", { seq, signer: s });
    }
    const validUsers = [...valid.keys()].filter((u) => u !== STATION);
    const adminSigned = (except) => validUsers.some((u) => u !== except && hasRole(u, ADMIN));
    const stationSigned = valid.has(STATION);

    // 3.1.2 the station key writes only station business
    if (b.actor === STATION && !STATION_KINDS.has(b.kind) && !(SETUP_KINDS.has(b.kind) && !setupOver)) {
      fail("station_kind", { seq, kind: b.kind });
    }

    switch (b.kind) {
      case "user.key_registered": {
        // 3.1.3 signed by the key it registers AND by an authoriser
        if (!own) {
          fail("key_data", { seq });
          break;
        }
        const selfSigned = (valid.get(d.username) || []).includes(own.id);
        // During setup the station key may stand in for an administrator, for the first administrator's key.
        const authorised = adminSigned(d.username) || (!setupOver && stationSigned && hasRole(d.username, ADMIN));
        if (!selfSigned) fail("key_not_self_signed", { seq, signer: d.username });
        if (!authorised) fail("key_no_authoriser", { seq, signer: d.username });
        if (selfSigned && authorised) {
          if (!userKeys.has(d.username)) userKeys.set(d.username, []);
          userKeys.get(d.username).push({ id: own.id, publicKey: own.publicKey, seq, revokedAt: null });
        }
        break;
      }
      case "user.key_revoked": {
        if (typeof d.username !== "string" || typeof d.key_id !== "string") {
          fail("key_data", { seq });
          break;
        }
        if (!(adminSigned() || valid.has(d.username))) {
          fail("revoke_no_authority", { seq, signer: d.username });
          break;
        }
        for (const k of userKeys.get(d.username) || []) if (k.id === d.key_id && k.revokedAt === null) k.revokedAt = seq;
        break;
      }
      case "user.created":
      case "user.roles_changed": {
        if (typeof d.username !== "string" || !Array.isArray(d.roles) || !d.roles.every((r) => typeof r === "string")) {
          fail("roles_data", { seq });
          break;
        }
        const bySetup = !setupOver && stationSigned && d.roles.includes(ADMIN); // the first administrator
        if (!(adminSigned() || bySetup)) {
          fail("roles_no_authority", { seq, signer: d.username });
          break;
        }
        roles.set(d.username, d.roles);
        if (b.kind === "user.created") people.set(d.username, d);
        break;
      }
      case "station.key_registered": {
        // 3.1.4 the first is the trust anchor; later ones need an administrator or a registered station key
        if (!own) {
          fail("station_key_data", { seq });
          break;
        }
        const selfSigned = (valid.get(STATION) || []).includes(own.id);
        if (!selfSigned) fail("station_key_not_self_signed", { seq });
        let ok = selfSigned;
        if (!anchorSeen) {
          anchorSeen = true;
          const isTrusted = trusted.some((t) => t.name === own.verifier.name && toHex(t.publicKey) === toHex(own.publicKey));
          anchor = { station: own.station, key: own.verifier.text, seq, trusted: isTrusted };
          if (!isTrusted) fail("anchor_untrusted", { seq, key: own.verifier.text, station: own.station });
          ok = ok && isTrusted;
        } else {
          const byStationKey = (valid.get(STATION) || []).some((id) => id !== own.id);
          if (!(adminSigned() || byStationKey)) fail("station_key_no_authoriser", { seq });
          ok = ok && (adminSigned() || byStationKey);
        }
        // An untrusted anchor is reported once (anchor_untrusted); as in ledger/bundle.py its key still checks the
        // rest of the ledger, so the reader sees that one reason and not every entry after it. It signs no
        // checkpoint: only keys that chain from a trusted anchor do.
        const untrustedAnchor = anchor && anchor.seq === seq && !anchor.trusted && selfSigned;
        if (ok || untrustedAnchor) {
          if (!stationKeys.has(own.station)) stationKeys.set(own.station, []);
          stationKeys.get(own.station).push({ id: own.id, publicKey: own.publicKey, seq });
        }
        if (ok && anchor && anchor.trusted) chainedStationKeys.push(own.verifier);
        break;
      }
      case "station.certificate_registered": {
        if (!stationSigned) fail("certificate_not_station_signed", { seq });
        const okData =
          typeof d.station === "string" &&
          d.station === b.station &&
          typeof d.sha256 === "string" &&
          /^[0-9a-f]{64}$/.test(d.sha256) &&
          typeof d.subject === "string";
        if (!okData) fail("certificate_data", { seq });
        if (okData && stationSigned) certificates.set(d.station, { sha256: d.sha256, subject: d.subject, seq });
        break;
      }
      case "trust.added":
      case "trust.removed": {
        // docs/TRANSFER.md 6: only an administrator keeps the list of other stations' keys this station trusts
        // (ledger/authority.py: data.verifier_key a non-empty string, an administrator among the signers).
        if (typeof d.verifier_key !== "string" || d.verifier_key === "") fail("trust_data", { seq, kind: b.kind });
        if (!adminSigned()) fail("trust_no_admin", { seq, kind: b.kind });
        break;
      }
      case "clock.corrected": {
        const admins = validUsers.filter((u) => hasRole(u, ADMIN));
        const supervisors = validUsers.filter((u) => hasRole(u, SUPERVISOR));
        if (!admins.some((a) => supervisors.some((s) => s !== a))) fail("clock_no_authority", { seq });
        break;
      }
      default:
        break;
    }

    if (!setupOver) {
      for (const [u, r] of roles) {
        if (r.includes(ADMIN) && (userKeys.get(u) || []).some((k) => k.revokedAt === null)) setupOver = true;
      }
    }
  }
  if (!anchorSeen) fail("anchor_missing");
  return { certificates, people, chainedStationKeys, roles, registered, anchor };
}

/** The key a user.key_registered / station.key_registered entry registers, checked, or null. */
async function registeredHere(b) {
  const d = b.data;
  if (b.kind === "user.key_registered") {
    if (typeof d.username !== "string" || d.username === STATION) return null;
    const publicKey = fromBase64(d.public_key, 32);
    if (publicKey === null) return null;
    const id = await keyId(publicKey);
    if (d.key_id !== id) return null;
    return { signer: d.username, id, publicKey };
  }
  if (b.kind === "station.key_registered") {
    const publicKey = fromBase64(d.public_key, 32);
    if (publicKey === null || typeof d.key_name !== "string" || typeof d.verifier_key !== "string") return null;
    let verifier;
    try {
      verifier = await parseVerifierKey(d.verifier_key);
    } catch {
      return null;
    }
    if (verifier.name !== d.key_name || toHex(verifier.publicKey) !== toHex(publicKey)) return null;
    const station = d.station === undefined ? b.station : d.station;
    if (typeof station !== "string") return null;
    return { signer: STATION, id: await keyId(publicKey), publicKey, station, verifier };
  }
  return null;
}

function findKey(rec, b, own, userKeys, stationKeys) {
  if (own && own.signer === rec.signer && own.id === rec.key_id) return own;
  if (rec.signer === STATION) {
    return (stationKeys.get(b.station) || []).find((k) => k.id === rec.key_id && k.seq < b.seq) || null;
  }
  return (
    (userKeys.get(rec.signer) || []).find(
      (k) => k.id === rec.key_id && k.seq < b.seq && (k.revokedAt === null || k.revokedAt >= b.seq),
    ) || null
  );
}

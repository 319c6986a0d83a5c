// LEDGER.md section 5: verification of a proof bundle (custody-proof/v1) against trusted station keys.
//
// Written from docs/LEDGER.md alone (sections 1-5, with the 2026-12-07 amendment: 3.1 authority and the
// authority closure). Every failure is collected as {code, ...params} so the page can say it in the reader's
// language; nothing stops at the first failure except a bundle that cannot be read at all.

import { fromHex, fromUtf8, toHex, utf8 } from "./bytes.js";
import { CanonicalError, parseBody } from "./canonical.js";
import { checkAuthority } from "./authority.js";
import { entryHash } from "./entry.js";
import { verifyInclusion } from "./merkle.js";
import { NoteError, parseCheckpointText, parseVerifierKey, splitNote, verifyNote } from "./note.js";

export const FORMAT = "custody-proof/v1";
function isPlainObject(x) {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

/** Read the bundle's JSON and check its shape; throws {code} on anything unreadable. */
export function readBundle(bytes) {
  const text = fromUtf8(bytes);
  if (text === null) throw { code: "bundle_json" };
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw { code: "bundle_json" };
  }
  if (!isPlainObject(doc) || doc.format !== FORMAT) throw { code: "bundle_format" };
  const ok =
    typeof doc.checkpoint === "string" &&
    Array.isArray(doc.verifier_keys) &&
    doc.verifier_keys.every((k) => typeof k === "string") &&
    Array.isArray(doc.entries) &&
    doc.entries.every(
      (e) =>
        isPlainObject(e) &&
        typeof e.body === "string" &&
        Array.isArray(e.signatures) &&
        e.signatures.every(
          (s) =>
            isPlainObject(s) &&
            typeof s.signer === "string" &&
            typeof s.key_id === "string" &&
            typeof s.signature === "string",
        ) &&
        Array.isArray(e.inclusion) &&
        e.inclusion.every((h) => typeof h === "string"),
    );
  if (!ok) throw { code: "bundle_format" };
  return doc;
}

/**
 * Verify a bundle.
 * @param {Uint8Array} bytes the custody-proof.json file
 * @param {string[]} trustedKeyTexts station verifier keys the reader trusts (typed or pasted); empty: the
 *   bundle's own keys are used and the result can at best be "intact but untrusted".
 * @returns {Promise<object>} {trusted, checkpoint, failures, items, reportId, reportStation, certificates, people}
 */
export async function verifyBundle(bytes, trustedKeyTexts) {
  const failures = [];
  const fail = (code, params = {}) => failures.push({ code, ...params });
  const result = {
    trusted: trustedKeyTexts.length > 0,
    trustedKeys: [],
    checkpoint: null,
    failures,
    items: [],
    reportId: null,
    reportStation: null,
    certificates: new Map(),
    anchor: null,
    people: new Map(),
    locations: new Map(),
    entryCount: 0,
  };

  let doc;
  try {
    doc = readBundle(bytes);
  } catch (e) {
    fail(e.code || "bundle_format");
    return result;
  }

  // --- the keys this verification trusts -------------------------------------------------------------------
  const trusted = [];
  for (const t of result.trusted ? trustedKeyTexts : doc.verifier_keys) {
    try {
      trusted.push(await parseVerifierKey(t));
    } catch {
      fail(result.trusted ? "trusted_key_invalid" : "bundle_key_invalid", { key: t });
    }
  }
  result.trustedKeys = trusted.map((k) => k.text);
  if (trusted.length === 0 && !failures.length) fail("bundle_no_key");

  // --- the checkpoint's text (its signature is checked once the station keys are known) ---------------------
  let cp = null;
  try {
    cp = parseCheckpointText(splitNote(doc.checkpoint).text);
    result.checkpoint = { origin: cp.origin, size: cp.size, root: toHex(cp.root), signedBy: [] };
  } catch {
    fail("checkpoint_format");
  }

  // --- each entry: canonical body, hash, inclusion proof ------------------------------------------------------
  const entries = [];
  const seen = new Set();
  for (let i = 0; i < doc.entries.length; i++) {
    const raw = doc.entries[i];
    const bodyBytes = utf8(raw.body);
    let body;
    try {
      body = parseBody(bodyBytes);
    } catch (e) {
      fail("entry_format", { index: i + 1, why: e instanceof CanonicalError ? e.code : "format" });
      continue;
    }
    if (seen.has(body.seq)) {
      fail("entry_duplicate", { seq: body.seq });
      continue;
    }
    seen.add(body.seq);
    const hash = await entryHash(bodyBytes);
    const entry = { body, hash, hashHex: toHex(hash), signatures: raw.signatures, included: false };
    entries.push(entry);
    if (cp) {
      const proof = raw.inclusion.map((h) => fromHex(h, 32) || new Uint8Array(0));
      if (body.seq > cp.size) fail("entry_beyond_checkpoint", { seq: body.seq, size: cp.size });
      else if (!(await verifyInclusion(body.seq - 1, cp.size, hash, proof, cp.root))) {
        fail("entry_not_included", { seq: body.seq });
      } else entry.included = true;
    }
  }
  entries.sort((a, b) => a.body.seq - b.body.seq);
  result.entryCount = entries.length;

  // --- links between neighbouring entries (LEDGER.md 1: prev) ------------------------------------------------
  for (let i = 1; i < entries.length; i++) {
    const a = entries[i - 1];
    const b = entries[i];
    if (b.body.seq === a.body.seq + 1 && b.body.prev !== a.hashHex) fail("prev_link", { seq: b.body.seq });
  }

  // --- signatures and the authority rules of 3.1 over the closure --------------------------------------------
  const authority = await checkAuthority(entries, trusted, fail);
  // The bundle's `keys` list only restates registrations; a listed key that no registration in the bundle
  // holds is an inconsistency (keys are never taken from this list).
  for (const k of Array.isArray(doc.keys) ? doc.keys : []) {
    const ok = k && typeof k === "object" && authority.registered.has(`${k.owner} ${k.key_id} ${k.public_key}`);
    if (!ok) fail("bundle_keys_mismatch", { key: k && typeof k.key_id === "string" ? k.key_id : "?" });
  }
  result.certificates = authority.certificates;
  result.anchor = authority.anchor;
  result.people = authority.people;
  // Names of storage locations, for the history tables (codes alone mean little to a judge).
  for (const e of entries) {
    const d = e.body.data;
    if (e.body.kind === "location.created" && typeof d.code === "string" && typeof d.name === "string") {
      result.locations.set(d.code, d.name);
    }
  }

  // --- the checkpoint signature: a trusted key, or a station key that chains to the trusted anchor -----------
  if (cp) {
    // With keys given by the reader, only station keys that chain from a trusted anchor sign checkpoints (as
    // ledger/bundle.py): a trusted key of another station does not vouch for this ledger.
    const keys = result.trusted ? [] : [...trusted];
    for (const k of authority.chainedStationKeys) {
      if (!keys.some((t) => t.name === k.name && toHex(t.keyId) === toHex(k.keyId))) keys.push(k);
    }
    try {
      const { signedBy } = await verifyNote(doc.checkpoint, keys);
      result.checkpoint.signedBy = signedBy.map((k) => k.text);
    } catch (e) {
      fail(e instanceof NoteError && e.code === "note_bad_signature" ? "checkpoint_bad_signature" : "checkpoint_untrusted");
    }
  }

  // --- each item's chain up to its report.issued (LEDGER.md 5) -----------------------------------------------
  checkItems(entries, result, fail);
  return result;
}

function checkItems(entries, result, fail) {
  const byItem = new Map();
  for (const e of entries) {
    if (e.body.item === null) continue;
    if (!byItem.has(e.body.item)) byItem.set(e.body.item, []);
    byItem.get(e.body.item).push(e);
  }
  const reportIds = new Set();
  const stations = new Set();
  for (const [item, list] of byItem) {
    const byHash = new Map(list.map((e) => [e.hashHex, e]));
    const head = list[list.length - 1]; // entries are in seq order: the item's latest entry in the bundle
    if (head.body.kind !== "report.issued") {
      fail("item_no_report", { item, seq: head.body.seq });
      continue;
    }
    // Walk back from report.issued to the item's first entry.
    const chain = [head];
    let cur = head;
    let broken = false;
    while (cur.body.item_prev !== null) {
      const prev = byHash.get(cur.body.item_prev);
      if (!prev) {
        fail("item_chain_gap", { item, seq: cur.body.seq });
        broken = true;
        break;
      }
      if (prev.body.seq >= cur.body.seq) {
        fail("item_chain_order", { item, seq: cur.body.seq });
        broken = true;
        break;
      }
      chain.push(prev);
      cur = prev;
    }
    if (broken) continue;
    chain.reverse();
    for (const e of list) {
      if (!chain.includes(e)) fail("item_off_chain", { item, seq: e.body.seq });
    }
    const events = head.body.data.events;
    if (events !== chain.length - 1) {
      fail("item_events_mismatch", { item, expected: events, found: chain.length - 1 });
    }
    const reportId = head.body.data.report_id;
    reportIds.add(typeof reportId === "string" ? reportId : JSON.stringify(reportId));
    stations.add(head.body.station);
    result.items.push({
      id: item,
      case: head.body.case,
      events: chain.map((e) => ({
        seq: e.body.seq,
        at: e.body.at,
        kind: e.body.kind,
        actor: e.body.actor,
        signers: e.body.signers,
        station: e.body.station,
        data: e.body.data,
        hash: e.hashHex,
      })),
    });
  }
  if (byItem.size === 0) fail("no_items");
  if (reportIds.size > 1) fail("report_id_mismatch");
  if (reportIds.size === 1) result.reportId = [...reportIds][0];
  if (stations.size > 1) fail("report_station_mismatch");
  if (stations.size === 1) result.reportStation = [...stations][0];
}

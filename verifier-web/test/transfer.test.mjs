// Reports with history from other stations (docs/TRANSFER.md 4, 6, 9) and the authority rules of the newest entry
// kinds, over hand-built ledgers: the same decisions as ledger/authority.py, ledger/segments.py and custody-verify.

import assert from "node:assert/strict";
import { test } from "node:test";
import { utf8 } from "../src/bytes.js";
import { verifyBundle } from "../src/bundle.js";
import { parseTypedKeys } from "../src/keys.js";
import { readSegmentsDoc, verifySegments } from "../src/segments.js";
import { Ledger, STATION, bytesOf, newKey } from "./ledger-fixture.mjs";

const CASE = "DIL/2026/0042";
const codes = (r) => r.failures.map((f) => f.code);

/** Station anchor, first administrator, officers (as Ledger.setup) at any station. */
async function setupAt(station, officers = ["jsmith", "ipetrov"], roles = {}) {
  const l = new Ledger(station, `custody.local/${station}`);
  l.stationKey = await newKey();
  await l.registerStation(l.stationKey);
  await l.createUser("admin", ["admin"], STATION);
  await l.registerUser("admin", STATION);
  for (const u of officers) {
    await l.append("user.created", "admin", { data: { username: u, full_name: `Officer ${u}`, roles: roles[u] || ["officer"] } });
    await l.registerUser(u, "admin");
  }
  return l;
}

// ------------------------------------------------------------------------------------------ authority of new kinds

test("trust.added / trust.removed: an administrator signs, with the key they trust (ledger/authority.py)", async () => {
  const l = await setupAt("A");
  await l.append("trust.added", "admin", { data: { verifier_key: "custody.local/B/B+01020304+AQID", name: "B", reason: "MoU" } });
  await l.append("trust.removed", "admin", { data: { verifier_key: "custody.local/B/B+01020304+AQID", reason: "ended" } });
  await l.append("trust.added", "jsmith", { data: { verifier_key: "custody.local/C/C+01020304+AQID", name: "C", reason: "" } });
  await l.append("trust.removed", "admin", { data: { verifier_key: "", reason: "?" } });
  await l.append("trust.added", STATION, { data: { verifier_key: "custody.local/D/D+01020304+AQID", name: "D", reason: "" } });
  await l.append("item.registered", "jsmith", { item: "EV-1", case: CASE });
  await l.append("report.issued", "jsmith", { item: "EV-1", case: CASE, data: { report_id: "R", events: 1 } });
  const r = await verifyBundle(bytesOf(await l.bundle()), [await l.verifierKey]);
  const seq0 = 8; // after the setup (3 entries, 2 per officer)
  assert.deepEqual(r.failures.map((f) => [f.code, f.seq]), [
    ["trust_no_admin", seq0 + 2],
    ["trust_data", seq0 + 3],
    ["station_kind", seq0 + 4],
    ["trust_no_admin", seq0 + 4],
  ]);
});

test("the newest kinds are signed by their actor (and co-signers), never by the workstation alone", async () => {
  const l = await setupAt("A", ["cora", "sven", "sara"], { sven: ["supervisor"], sara: ["supervisor"] });
  await l.append("person.registered", "cora", { data: { ref: "P-1", name: "Dr. Ana Soares", organisation: "NFL", role: "lab_analyst", id_type: "card", id_number: "N-42" } });
  await l.append("item.registered", "cora", { item: "EV-1", case: CASE });
  await l.append("inventory.resolved", "sven", { item: "EV-1", case: CASE, signers: ["sara", "sven"], data: { alerts: [9], outcome: "found", second: "sara" } });
  await l.append("case.outcome_recorded", "sven", { case: CASE, data: { case_number: CASE, outcome: "convicted", disposition: "destruction", reference: "J-12" } });
  await l.append("custody.recovered", "sven", { item: "EV-1", case: CASE, signers: ["sara", "sven"], data: { from: "cora", to: "sven", second: "sara", reason: "left", holder_active: false } });
  await l.append("custody.transferred_out", "sven", { item: "EV-1", case: CASE, data: { package_id: "p", to_agency: "NFL", receiver: { name: "L", organisation: "NFL", id_number: "1" }, receiver_signature: null, events: 3, purpose: "analysis" } });
  await l.append("report.issued", "sven", { item: "EV-1", case: CASE, data: { report_id: "R", events: 4 } });
  const good = await verifyBundle(bytesOf(await l.bundle()), [await l.verifierKey]);
  assert.deepEqual(good.failures, []);
  assert.deepEqual(good.items[0].events.map((e) => e.kind), [
    "item.registered", "inventory.resolved", "custody.recovered", "custody.transferred_out", "report.issued",
  ]);

  for (const kind of ["person.registered", "case.outcome_recorded", "custody.transferred_in", "inventory.resolved", "custody.recovered"]) {
    const m = await setupAt("A", ["cora"]);
    await m.append(kind, STATION, {});
    await m.append(kind, "cora", { signers: ["admin"] });
    await m.append("item.registered", "cora", { item: "EV-1" });
    await m.append("report.issued", "cora", { item: "EV-1", data: { report_id: "R", events: 1 } });
    const r = await verifyBundle(bytesOf(await m.bundle()), [await m.verifierKey]);
    assert.deepEqual(r.failures.map((f) => [f.code, f.seq]), [["station_kind", 6], ["signers_no_actor", 7]], kind);
  }
});

// ------------------------------------------------------------------------------------------------ segments, links

/** Item EV-1 registered at A, handed to B (custody.transferred_out), received at B and reported there. */
async function twoStations({ tamperLink = false } = {}) {
  const a = await setupAt("A", ["cora"]);
  await a.append("item.registered", "cora", { item: "EV-1", case: CASE });
  const out = await a.append("custody.transferred_out", "cora", { item: "EV-1", case: CASE, data: { package_id: "p1", events: 1 } });
  await a.append("report.issued", "cora", { item: "EV-1", case: CASE, data: { report_id: "RA", events: 2 } });
  const aDoc = await a.bundle();
  const aKey = await a.verifierKey;
  const aCp = (await verifyBundle(bytesOf(aDoc), [aKey])).checkpoint;

  const b = await setupAt("B", ["lena"]);
  b.clock = a.clock + 3_600_000;
  await b.append("custody.transferred_in", "lena", {
    item: "EV-1",
    case: CASE,
    data: {
      package_id: "p1", package_sha256: "0".repeat(64), sender_origin: aCp.origin, sender_station: "A",
      sender_verifier_key: aKey, sender_size: aCp.size, sender_root: tamperLink ? "f".repeat(64) : aCp.root,
      sender_entry: out.hash, label: "EV-1",
    },
  });
  await b.append("lab.submitted", "lena", { item: "EV-1", case: CASE });
  await b.append("report.issued", "lena", { item: "EV-1", case: CASE, data: { report_id: "RB", events: 2 } });
  const bKey = await b.verifierKey;
  const segmentsDoc = utf8(JSON.stringify({ format: "custody-segments/v1", segments: [JSON.stringify(aDoc)] }));
  return { aKey, bKey, main: bytesOf(await b.bundle()), segmentsDoc, aOrigin: aCp.origin, bOrigin: b.origin };
}

async function check(s, keys, attached = [s.segmentsDoc]) {
  const main = await verifyBundle(s.main, keys);
  assert.deepEqual(main.failures, []);
  return verifySegments(attached, main, keys);
}

test("a transfer links the receiver's custody.transferred_in to the sender's custody.transferred_out", async () => {
  const s = await twoStations();
  const r = await check(s, [s.aKey, s.bKey]);
  assert.deepEqual(r.failures, []);
  const history = r.timeline.get("EV-1").map((e) => [e.origin, e.kind]);
  assert.deepEqual(history, [
    [s.aOrigin, "item.registered"], [s.aOrigin, "custody.transferred_out"],
    [s.bOrigin, "custody.transferred_in"], [s.bOrigin, "lab.submitted"], [s.bOrigin, "report.issued"],
  ]);
  assert.equal(r.segments[0].station, "A");
  assert.equal(r.main.station, "B");
});

test("without the sender's key its segment is not proven (as custody-verify: FAILED, naming the station)", async () => {
  const s = await twoStations();
  const r = await check(s, [s.bKey]);
  assert.deepEqual(r.failures.map((f) => [f.code, f.segment, f.station, f.key]), [["anchor_untrusted", 1, "A", s.aKey]]);
  assert.equal(r.timeline, null);
  const none = await check(s, []); // nothing trusted: each ledger against its own key, intact but untrusted
  assert.deepEqual(none.failures, []);
});

test("a transfer that names another checkpoint, or a missing segment, is not linked", async () => {
  const s = await twoStations({ tamperLink: true });
  const r = await check(s, [s.aKey, s.bKey]);
  assert.deepEqual(r.failures.map((f) => [f.code, f.item, f.origin]), [["segment_not_linked", "EV-1", s.bOrigin]]);
  const t = await twoStations();
  const missing = await check(t, [t.aKey, t.bKey], []);
  assert.deepEqual(codes(missing), ["segment_not_linked"]);
});

test("custody-segments.json must be custody-segments/v1 with bundles as strings, and only one", async () => {
  assert.throws(() => readSegmentsDoc(utf8('{"format":"x","segments":[]}')), { code: "segments_format" });
  assert.throws(() => readSegmentsDoc(utf8('{"format":"custody-segments/v1","segments":[1]}')), { code: "segments_format" });
  assert.throws(() => readSegmentsDoc(utf8("not json")), { code: "segments_format" });
  const s = await twoStations();
  assert.deepEqual(codes(await check(s, [s.aKey, s.bKey], [s.segmentsDoc, s.segmentsDoc])), ["segments_ambiguous"]);
});

// ------------------------------------------------------------------------------------------------- typed keys

test("keys one per line, or separated by spaces or commas; a key broken over lines is joined", async () => {
  const a = await (await setupAt("A", [])).verifierKey;
  const b = await (await setupAt("B", [])).verifierKey;
  assert.deepEqual(await parseTypedKeys(`${a}\n${b}\n`), { keys: [a, b] });
  assert.deepEqual(await parseTypedKeys(`${a}, ${b}`), { keys: [a, b] });
  assert.deepEqual(await parseTypedKeys(`  ${a} ${b} ${a}`), { keys: [a, b] });
  const cut = a.length - 10;
  assert.deepEqual(await parseTypedKeys(`${a.slice(0, cut)}\n${a.slice(cut)}\n${b}`), { keys: [a, b] });
  assert.deepEqual(await parseTypedKeys(""), { keys: [] });
  assert.deepEqual(await parseTypedKeys(`${a}\nnot-a-key\n`), { error: { line: 2 } });
});

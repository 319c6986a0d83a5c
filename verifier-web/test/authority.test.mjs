// Section 5 and 3.1 over hand-built ledgers: a clean report verifies; each broken rule fails with its reason.

import assert from "node:assert/strict";
import { test } from "node:test";
import { verifyBundle } from "../src/bundle.js";
import { useWebCrypto } from "../src/ed25519.js";
import { Ledger, STATION, bytesOf, newKey } from "./ledger-fixture.mjs";

const CASE = "NUIPC 123/24";

/** Setup, two items with a few events each, report.issued for both. */
async function reported(l, { events = 3, items = ["EV-1", "EV-2"] } = {}) {
  for (let k = 0; k < events; k++) {
    for (const item of items) {
      await l.append(k === 0 ? "item.registered" : "custody.transferred", "jsmith", {
        item, case: CASE, signers: ["ipetrov", "jsmith"], data: { from: "jsmith", to: "ipetrov", location: `Room ${k}` },
      });
    }
  }
  for (const item of items) {
    await l.append("report.issued", "jsmith", { item, case: CASE, data: { report_id: "R-1", events } });
  }
  return l;
}

const codes = (r) => r.failures.map((f) => f.code);
// Ledgers that report no item also fail "no_items"; tests of other rules look past it.
const rules = (r) => codes(r).filter((c) => c !== "no_items");
const verify = async (l, doc, trusted) => verifyBundle(bytesOf(doc), trusted ?? [await l.verifierKey]);

test("a clean report verifies against the trusted station key, with each item's history", async () => {
  const l = await reported(await Ledger.setup());
  const r = await verify(l, await l.bundle());
  assert.deepEqual(r.failures, []);
  assert.equal(r.trusted, true);
  assert.deepEqual(r.items.map((i) => i.id), ["EV-1", "EV-2"]);
  const kinds = r.items[0].events.map((e) => e.kind);
  assert.deepEqual(kinds, ["item.registered", "custody.transferred", "custody.transferred", "report.issued"]);
  assert.equal(r.reportId, "R-1");
  assert.equal(r.reportStation, "LIS01");
  assert.equal(r.people.get("jsmith").full_name, "Officer jsmith");
});

test("the closure alone (items, key registrations, roles, anchor) is enough", async () => {
  const l = await reported(await Ledger.setup(["jsmith", "ipetrov", "unrelated"]));
  const wanted = l.entries
    .filter((e) => e.obj.item || e.obj.kind !== "user.created" || e.obj.data.username === "admin")
    .filter((e) => !(e.obj.kind === "user.key_registered" && e.obj.data.username === "unrelated"))
    .map((e) => e.obj.seq);
  const r = await verify(l, await l.bundle(wanted));
  assert.deepEqual(r.failures, []);
});

test("without a trusted key the report is at best intact but untrusted", async () => {
  const l = await reported(await Ledger.setup());
  const r = await verifyBundle(bytesOf(await l.bundle()), []);
  assert.deepEqual(r.failures, []);
  assert.equal(r.trusted, false);
});

test("the @noble/ed25519 fallback gives the same answers as WebCrypto", async () => {
  const l = await reported(await Ledger.setup());
  const doc = await l.bundle();
  const bad = structuredClone(doc);
  bad.entries[9].signatures[0].signature = doc.entries[10].signatures[0].signature;
  try {
    useWebCrypto(false);
    assert.deepEqual((await verify(l, doc)).failures, []);
    assert.ok(codes(await verify(l, bad)).includes("signature_invalid"));
  } finally {
    useWebCrypto(null);
  }
});

test("another station's key: checkpoint and anchor untrusted", async () => {
  const l = await reported(await Ledger.setup());
  const other = await Ledger.setup();
  const c = codes(await verify(l, await l.bundle(), [await other.verifierKey]));
  assert.ok(c.includes("checkpoint_untrusted"), c);
  assert.ok(c.includes("anchor_untrusted"), c);
});

test("an edited event is not included in the checkpoint", async () => {
  const l = await reported(await Ledger.setup());
  const doc = await l.bundle();
  const i = doc.entries.findIndex((e) => e.body.includes("Room 1"));
  doc.entries[i].body = doc.entries[i].body.replace("Room 1", "Room 9");
  const r = await verify(l, doc);
  assert.deepEqual(r.failures.filter((f) => f.code === "entry_not_included").map((f) => f.seq), [JSON.parse(doc.entries[i].body).seq]);
});

test("a body that is not canonical is rejected", async () => {
  const l = await reported(await Ledger.setup());
  for (const edit of [(b) => b.replace('{"actor"', '{ "actor"'), (b) => b.replace('"v":1', '"v":1.0'),
    (b) => b.replace('"v":1}', '"v":1,"v":1}'), (b) => b.replace('"case":null,', "")]) {
    const doc = await l.bundle();
    doc.entries[2].body = edit(doc.entries[2].body);
    assert.notEqual(doc.entries[2].body, l.entries[2].body);
    assert.ok(codes(await verify(l, doc)).includes("entry_format"));
  }
});

test("a dropped event breaks the item's chain; a dropped report.issued leaves it unreported", async () => {
  const l = await reported(await Ledger.setup());
  const itemSeqs = l.entries.filter((e) => e.obj.item === "EV-1").map((e) => e.obj.seq);
  const all = l.entries.map((e) => e.obj.seq);
  let r = await verify(l, await l.bundle(all.filter((s) => s !== itemSeqs[1])));
  assert.deepEqual(r.failures.map((f) => [f.code, f.item]), [["item_chain_gap", "EV-1"]]);
  r = await verify(l, await l.bundle(all.filter((s) => s !== itemSeqs[itemSeqs.length - 1])));
  assert.deepEqual(r.failures.map((f) => [f.code, f.item]), [["item_no_report", "EV-1"]]);
});

test("report.issued must count the item's earlier entries", async () => {
  const l = await reported(await Ledger.setup(), { events: 2, items: ["EV-1"] });
  await l.append("custody.transferred", "jsmith", { item: "EV-1", signers: ["ipetrov", "jsmith"] });
  await l.append("report.issued", "jsmith", { item: "EV-1", data: { report_id: "R-2", events: 2 } });
  const r = await verify(l, await l.bundle());
  assert.deepEqual(r.failures.map((f) => [f.code, f.expected, f.found]), [["item_events_mismatch", 2, 4]]);
});

test("@station may not write custody events (3.1.2)", async () => {
  const l = await Ledger.setup();
  await l.append("item.registered", STATION, { item: "EV-1" });
  await l.append("report.issued", "jsmith", { item: "EV-1", data: { report_id: "R", events: 1 } });
  assert.deepEqual(codes(await verify(l, await l.bundle())), ["station_kind"]);
});

test("an entry with empty signers, or not signed by its actor, fails (3.1.1)", async () => {
  const l = await Ledger.setup();
  await l.append("item.registered", "jsmith", { item: "EV-1", signers: [] });
  await l.append("custody.transferred", "jsmith", { item: "EV-1", signers: ["ipetrov"] });
  await l.append("report.issued", "jsmith", { item: "EV-1", data: { report_id: "R", events: 2 } });
  const r = await verify(l, await l.bundle());
  assert.deepEqual(r.failures.map((f) => [f.code, f.seq]), [
    ["signers_empty", 8], ["signers_no_actor", 8], ["signers_no_actor", 9],
  ]);
});

test("a signature that does not verify, or a signer without a signature, fails", async () => {
  const l = await reported(await Ledger.setup(), { events: 1, items: ["EV-1"] });
  const doc = await l.bundle();
  const e = doc.entries.find((x) => JSON.parse(x.body).kind === "item.registered");
  const seq = JSON.parse(e.body).seq;
  e.signatures[0].signature = e.signatures[1].signature;
  e.signatures.pop();
  const r = await verify(l, doc);
  assert.deepEqual(r.failures.map((f) => [f.code, f.seq, f.signer]), [
    ["signature_invalid", seq, "ipetrov"], ["signature_missing", seq, "jsmith"],
  ]);
});

test("a self-registered key is refused, and so is everything signed with it (3.1.3)", async () => {
  const l = await Ledger.setup();
  const rogue = await newKey();
  l.keys.set("jsmith", rogue);
  await l.append("user.key_registered", "jsmith", { data: { username: "jsmith", public_key: rogue.b64, key_id: rogue.id } });
  await l.append("item.registered", "jsmith", { item: "EV-1" });
  await l.append("report.issued", "jsmith", { item: "EV-1", data: { report_id: "R", events: 1 } });
  const r = await verify(l, await l.bundle());
  assert.deepEqual(r.failures.map((f) => [f.code, f.seq]), [["key_no_authoriser", 8], ["key_unknown", 9], ["key_unknown", 10]]);
});

test("a key registration must be signed by the key it registers", async () => {
  const l = await Ledger.setup();
  const k = await newKey();
  const admin = l.keys.get("admin");
  await l.append("user.key_registered", "admin", {
    signers: ["admin", "jsmith"], sigs: [{ signer: "admin", key: admin }],
    data: { username: "jsmith", public_key: k.b64, key_id: k.id },
  });
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["signature_missing", "key_not_self_signed"]);
});

test("a forged user.created making an officer administrator gives no authority (3.1.3)", async () => {
  const l = await Ledger.setup();
  await l.append("user.roles_changed", "jsmith", { data: { username: "jsmith", roles: ["admin"] } });
  await l.registerUser("mallory", "jsmith");
  await l.append("item.registered", "mallory", { item: "EV-1" });
  await l.append("report.issued", "mallory", { item: "EV-1", data: { report_id: "R", events: 1 } });
  const r = await verify(l, await l.bundle());
  assert.deepEqual(r.failures.map((f) => [f.code, f.seq]), [
    ["roles_no_authority", 8], ["key_no_authoriser", 9], ["key_unknown", 10], ["key_unknown", 11],
  ]);
});

test("the setup exception ends once an administrator has a key: @station can then create no user", async () => {
  const l = await Ledger.setup();
  await l.createUser("late", ["admin"], STATION);
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["station_kind", "roles_no_authority"]);
});

test("a second station key signed only by itself fails; with an administrator it chains (3.1.4)", async () => {
  let l = await Ledger.setup();
  const second = await newKey();
  await l.registerStation(second, { station: "LIS02", keepSigner: true, sigs: [{ signer: STATION, key: second }] });
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["station_key_no_authoriser"]);

  l = await Ledger.setup();
  await l.registerStation(second, {
    station: "LIS02", actor: "admin", signers: ["admin", STATION], keepSigner: true,
    sigs: [{ signer: "admin", key: l.keys.get("admin") }, { signer: STATION, key: second }],
  });
  await l.append("station.configured", STATION, { station: "LIS02", sigs: [{ signer: STATION, key: second }] });
  assert.deepEqual(rules(await verify(l, await l.bundle())), []);
});

test("a checkpoint signed by a chained station key verifies with only the anchor trusted", async () => {
  const l = await reported(await Ledger.setup(), { events: 1, items: ["EV-1"] });
  const anchorKey = await l.verifierKey;
  const replaced = await newKey();
  await l.registerStation(replaced, {
    keepSigner: true, sigs: [{ signer: STATION, key: l.stationKey }, { signer: STATION, key: replaced }],
  });
  l.stationKey = replaced;
  l.keys.set(STATION, replaced);
  const r = await verify(l, await l.bundle(), [anchorKey]);
  assert.deepEqual(r.failures, []);
});

test("a revoked key signs nothing after its revocation", async () => {
  const l = await Ledger.setup();
  await l.append("user.key_revoked", "admin", { data: { username: "jsmith", key_id: l.keys.get("jsmith").id } });
  await l.append("item.registered", "jsmith", { item: "EV-1" });
  await l.append("report.issued", "ipetrov", { item: "EV-1", data: { report_id: "R", events: 1 } });
  assert.deepEqual((await verify(l, await l.bundle())).failures.map((f) => [f.code, f.seq]), [["key_unknown", 9]]);
});

test("missing closure: without the anchor or a key's registration nothing verifies", async () => {
  const l = await reported(await Ledger.setup(), { events: 1, items: ["EV-1"] });
  const all = l.entries.map((e) => e.obj.seq);
  let c = codes(await verify(l, await l.bundle(all.filter((s) => s !== 1))));
  assert.equal(c.filter((x) => x === "anchor_missing").length, 1, c);
  assert.ok(c.includes("roles_no_authority"), c); // the first administrator was created by the missing key
  const jsmithKey = l.entries.find((e) => e.obj.kind === "user.key_registered" && e.obj.data.username === "jsmith").obj.seq;
  c = codes(await verify(l, await l.bundle(all.filter((s) => s !== jsmithKey))));
  assert.deepEqual(c, ["key_unknown", "key_unknown"]);
});

test("time goes back only in a clock.corrected signed by an administrator and a supervisor (3.1.5)", async () => {
  const l = await Ledger.setup(["jsmith", "ipetrov", "sup"]);
  await l.append("user.roles_changed", "admin", { data: { username: "sup", roles: ["supervisor"] } });
  const back = new Date(l.clock - 3600_000).toISOString();
  await l.append("clock.corrected", "admin", { at: back, signers: ["admin", "sup"], data: { reason: "r", wrong_until: back } });
  assert.deepEqual(rules(await verify(l, await l.bundle())), []);
  await l.append("clock.corrected", "admin", { at: back, data: { reason: "r", wrong_until: back } });
  await l.append("station.configured", STATION, { at: "2026-01-01T00:00:00.000Z" });
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["clock_no_authority", "time_order"]);
});

test("prev must link neighbouring entries", async () => {
  const l = await Ledger.setup();
  await l.append("station.configured", STATION, { prev: "f".repeat(64) });
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["prev_link"]);
  assert.equal((await verify(l, await l.bundle())).failures[0].seq, 8);
});

test("the report-signing certificate is bound by a station-signed entry", async () => {
  const l = await Ledger.setup();
  const d = (sha) => ({ station: "LIS01", sha256: sha, subject: "CN=Evidence room" });
  await l.append("station.certificate_registered", STATION, { data: d("a".repeat(64)) });
  await l.append("station.certificate_registered", "admin", { signers: ["admin", STATION], data: d("b".repeat(64)) });
  let r = await verify(l, await l.bundle());
  assert.deepEqual(rules(r), []);
  assert.equal(r.certificates.get("LIS01").sha256, "b".repeat(64));
  await l.append("station.certificate_registered", "admin", { data: d("c".repeat(64)) });
  r = await verify(l, await l.bundle());
  assert.deepEqual(rules(r), ["certificate_not_station_signed"]);
  assert.equal(r.certificates.get("LIS01").sha256, "b".repeat(64));
});

test("an unreadable bundle or a bad checkpoint says so", async () => {
  const l = await reported(await Ledger.setup());
  assert.deepEqual(codes(await verifyBundle(new TextEncoder().encode("{"), [])), ["bundle_json"]);
  assert.deepEqual(codes(await verifyBundle(bytesOf({ format: "x" }), [])), ["bundle_format"]);
  const doc = await l.bundle();
  doc.checkpoint = doc.checkpoint.replace(/\n(\d+)\n/, (m, n) => `\n${Number(n) + 1}\n`);
  assert.ok(codes(await verify(l, doc)).includes("checkpoint_bad_signature"));
});

test("during setup the station key stands in only for the first administrator", async () => {
  const l = new Ledger();
  l.stationKey = await newKey();
  await l.registerStation(l.stationKey);
  await l.createUser("clerk", ["officer"], STATION);
  await l.registerUser("clerk", STATION);
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["roles_no_authority", "key_no_authoriser"]);
});

test("a signature by someone who is not a signer of the entry fails", async () => {
  const l = await Ledger.setup();
  await l.append("station.configured", STATION, {
    sigs: [{ signer: STATION, key: l.stationKey }, { signer: "jsmith", key: l.keys.get("jsmith") }],
  });
  assert.deepEqual(rules(await verify(l, await l.bundle())), ["signature_unlisted"]);
});

test("the bundle's keys list must restate registrations it holds", async () => {
  const l = await reported(await Ledger.setup(), { events: 1, items: ["EV-1"] });
  const doc = await l.bundle();
  const k = l.keys.get("jsmith");
  doc.keys = [
    { key_id: k.id, public_key: k.b64, owner: "user:jsmith" },
    { key_id: l.stationKey.id, public_key: l.stationKey.b64, owner: "station:LIS01" },
  ];
  assert.deepEqual(codes(await verify(l, doc)), []);
  doc.keys[0].owner = "user:ipetrov";
  assert.deepEqual(codes(await verify(l, doc)), ["bundle_keys_mismatch"]);
});

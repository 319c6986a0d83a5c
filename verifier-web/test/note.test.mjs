// LEDGER.md 4: checkpoints are C2SP signed notes; verifier keys carry their own key ID.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCheckpointText, parseVerifierKey, verifyNote } from "../src/note.js";
import { Ledger } from "./ledger-fixture.mjs";

const fails = async (p, code) => assert.rejects(p, (e) => e.code === code);

test("verifier keys: name+id+base64, the id must match", async () => {
  const l = await Ledger.setup([]);
  const text = await l.verifierKey;
  const k = await parseVerifierKey(`  ${text}\n`);
  assert.equal(k.name, "custody.local/LIS01/LIS01");
  assert.deepEqual(k.publicKey, l.stationKey.publicKey);
  const [name, id, b64] = [text.slice(0, text.indexOf("+")), text.split("+")[1], text.split("+").slice(2).join("+")];
  await fails(parseVerifierKey(`${name}x+${id}+${b64}`), "verifier_key_id");
  await fails(parseVerifierKey(`${name}+${id}`), "verifier_key_format");
  await fails(parseVerifierKey(`${name}+${id}+${b64.slice(4)}`), "verifier_key_format");
  await fails(parseVerifierKey("hello"), "verifier_key_format");
});

test("a checkpoint verifies with its key, ignores unknown signers and rejects any change", async () => {
  const l = await Ledger.setup([]);
  const { text: note } = await l.checkpoint();
  const key = await parseVerifierKey(await l.verifierKey);
  const { text, signedBy } = await verifyNote(note, [key]);
  assert.deepEqual(signedBy, [key]);
  const cp = parseCheckpointText(text);
  assert.equal(cp.origin, "custody.local/LIS01");
  assert.equal(cp.size, l.entries.length);
  const other = await parseVerifierKey(await (await Ledger.setup([])).verifierKey);
  await fails(verifyNote(note, [other]), "note_no_trusted_signature");
  const withForeign = note + "\u2014 someone.else AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n";
  assert.equal((await verifyNote(withForeign, [key])).signedBy.length, 1);
  await fails(verifyNote(note.replace("custody.local/LIS01\n", "custody.local/LIS02\n"), [key]), "note_bad_signature");
  await fails(verifyNote(note.replace("\n\n", "\n"), [key]), "note_format");
  assert.throws(() => parseCheckpointText("origin\n01\nAAAA\n"), (e) => e.code === "checkpoint_format");
});

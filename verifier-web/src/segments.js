// docs/TRANSFER.md 4 and 9: a report whose items came from other stations carries, beside custody-proof.json,
// custody-segments.json with the proof bundles of those stations' ledgers. Each segment is verified as a proof
// bundle (LEDGER.md 5) against the reader's keys (its ledger's first station key must be one of them), every
// custody.transferred_in is linked to the sender's custody.transferred_out under the sender's checkpoint, and each
// item's history is laid out across stations in order, each entry with the ledger that proves it.
//
// Written from docs/TRANSFER.md; the decisions follow custody-verify (custody/verifier.py _check_segments and
// custody/ledger/segments.py link) so both verifiers give the same verdict on the same file.

import { fromUtf8, utf8 } from "./bytes.js";
import { verifyBundle } from "./bundle.js";

export const SEGMENTS_FORMAT = "custody-segments/v1";
export const TRANSFERRED_OUT = "custody.transferred_out";
export const TRANSFERRED_IN = "custody.transferred_in";
const MAX_SEGMENT_FAILURES = 10; // as custody-verify: the first ten reasons of a segment
const MAX_DEPTH = 64;

/** The bundles (bytes) of a custody-segments.json; throws {code: "segments_format"} if malformed. */
export function readSegmentsDoc(bytes) {
  const text = bytes ? fromUtf8(bytes) : null;
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw { code: "segments_format" };
  }
  const ok =
    doc !== null &&
    typeof doc === "object" &&
    !Array.isArray(doc) &&
    doc.format === SEGMENTS_FORMAT &&
    Array.isArray(doc.segments) &&
    doc.segments.every((s) => typeof s === "string");
  if (!ok) throw { code: "segments_format" };
  return doc.segments.map((s) => utf8(s));
}

/** A verified bundle as a segment: where it came from, its checkpoint, its items by id. */
function segment(name, n, result) {
  const cp = result.checkpoint;
  return {
    name,
    n,
    origin: cp ? cp.origin : "",
    size: cp ? cp.size : 0,
    root: cp ? cp.root : "",
    station: result.anchor ? result.anchor.station : null,
    key: result.anchor ? result.anchor.key : null,
    result,
    items: new Map(result.items.map((i) => [i.id, i.events])),
  };
}

/**
 * The link rule of TRANSFER.md 4 over verified segments, and each of `main`'s items' history across them.
 * @returns {{failures: object[], timeline: Map<string, object[]>}}
 */
export function link(segments, main) {
  const everyone = segments.includes(main) ? [...segments] : [...segments, main];
  const sent = new Map(); // "<item> <entry hash>" -> [[segment, index in the item's chain]]
  for (const seg of everyone) {
    for (const [item, chain] of seg.items) {
      chain.forEach((ev, n) => {
        if (ev.kind !== TRANSFERRED_OUT) return;
        const k = `${item} ${ev.hash}`;
        if (!sent.has(k)) sent.set(k, []);
        sent.get(k).push([seg, n]);
      });
    }
  }
  const target = (item, ev) => {
    const d = ev.data || {};
    for (const [seg, n] of sent.get(`${item} ${String(d.sender_entry)}`) || []) {
      if (d.sender_origin === seg.origin && d.sender_size === seg.size && d.sender_root === seg.root) return [seg, n];
    }
    return null;
  };
  const failures = [];
  for (const seg of everyone) {
    for (const [item, chain] of seg.items) {
      for (const ev of chain) {
        if (ev.kind === TRANSFERRED_IN && target(item, ev) === null) {
          failures.push({ code: "segment_not_linked", item, seq: ev.seq, origin: seg.origin });
        }
      }
    }
  }
  const timeline = new Map();
  if (failures.length) return { failures, timeline };

  const expand = (seg, item, chain, shown, depth) => {
    const events = [];
    for (const ev of chain) {
      if (ev.kind === TRANSFERRED_IN && depth < MAX_DEPTH) {
        const [sender, n] = target(item, ev);
        const senderChain = sender.items.get(item);
        if (!shown.has(`${sender.origin} ${senderChain[n].hash}`)) {
          events.push(...expand(sender, item, senderChain.slice(0, n + 1), shown, depth + 1));
        }
      }
      const k = `${seg.origin} ${ev.hash}`;
      if (!shown.has(k)) {
        shown.add(k);
        events.push({ ...ev, origin: seg.origin, checkpointSize: seg.size, provenBy: seg });
      }
    }
    return events;
  };
  for (const [item, chain] of main.items) timeline.set(item, expand(main, item, chain, new Set(), 0));
  return { failures, timeline };
}

/**
 * Check the report's segments (custody-segments.json) against the verified main bundle.
 * @param {(Uint8Array|null)[]} attached the custody-segments.json attachments found in the PDF
 * @param {object} mainResult verifyBundle's result for custody-proof.json (verified without failure)
 * @param {string[]} trustedKeyTexts the reader's keys ([]: each segment against its own keys, untrusted)
 * @returns {Promise<{failures: object[], segments: object[], main: object, timeline: Map|null}>}
 */
export async function verifySegments(attached, mainResult, trustedKeyTexts) {
  const out = { failures: [], segments: [], main: segment("custody-proof.json", 0, mainResult), timeline: null };
  const needs = mainResult.items.some((i) => i.events.some((e) => e.kind === TRANSFERRED_IN));
  let bundles = [];
  if (attached.length > 1) {
    out.failures.push({ code: "segments_ambiguous", count: attached.length });
    return out;
  }
  if (attached.length === 1) {
    try {
      bundles = readSegmentsDoc(attached[0]);
    } catch (e) {
      out.failures.push({ code: e.code || "segments_format" });
      return out;
    }
  }
  if (!needs && bundles.length === 0) return out;
  let failed = false;
  for (let i = 0; i < bundles.length; i++) {
    const n = i + 1;
    const r = await verifyBundle(bundles[i], trustedKeyTexts);
    const seg = segment(`segment ${n}`, n, r);
    out.segments.push(seg);
    if (r.failures.length) {
      failed = true;
      // A missing key says it all: the checkpoint then cannot be checked either.
      const anchorUntrusted = r.failures.some((f) => f.code === "anchor_untrusted");
      const shown = r.failures.filter((f) => !(anchorUntrusted && f.code === "checkpoint_untrusted"));
      for (const f of shown.slice(0, MAX_SEGMENT_FAILURES)) {
        out.failures.push({ ...f, segment: n, origin: seg.origin || "?", station: seg.station || "?" });
      }
    }
  }
  if (failed) return out;
  const linked = link(out.segments, out.main);
  if (linked.failures.length) {
    out.failures.push(...linked.failures);
    return out;
  }
  out.timeline = linked.timeline;
  return out;
}

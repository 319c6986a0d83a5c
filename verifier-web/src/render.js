// Rendering one report's outcome as DOM. Everything from the report goes in through textContent: the proof
// file is untrusted input and is never parsed as HTML.

import { fieldLabel, kindLabel, t } from "./i18n/index.js";
import { FAILED, UNTRUSTED, VERIFIED } from "./verify.js";

const STATUS_KEY = { [VERIFIED]: "VERIFIED", [UNTRUSTED]: "UNTRUSTED", [FAILED]: "FAILED" };
const MAX_REASONS = 12;
const PEOPLE_FIELDS = new Set(["from", "to", "custodian", "approved_by", "requested_by", "username", "witness", "by"]);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A value in running text, kept whole in either direction (Unicode first-strong isolate). */
const isolate = (text) => `\u2068${text}\u2069`;

/** Left-to-right island for keys, hashes and ids inside right-to-left text. */
const ltr = (text, cls = "mono") => el("bdi", { dir: "ltr", class: cls }, text);

function personName(u, people, lang) {
  if (u === "@station") return t(lang, "station_actor");
  const p = people && people.get(u);
  return p && typeof p.full_name === "string" && p.full_name ? `${p.full_name} (${u})` : u;
}

function flatten(data, prefix = "", out = []) {
  for (const k of Object.keys(data).sort()) {
    const v = data[k];
    const key = prefix ? `${prefix}.${k}` : k;
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "object" && !Array.isArray(v)) flatten(v, key, out);
    else out.push([key, k, v]);
  }
  return out;
}

function details(data, names, lang) {
  return flatten(data).map(([key, leaf, v]) => {
    let value;
    if (Array.isArray(v)) value = v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ");
    else if (typeof v === "boolean") value = v ? "✓" : "✗";
    else if (PEOPLE_FIELDS.has(leaf) && typeof v === "string") value = personName(v, names.people, lang);
    else if (typeof v === "string" && names.locations.has(v)) value = `${names.locations.get(v)} (${v})`;
    else value = String(v);
    const label = key.includes(".") ? key : fieldLabel(lang, key);
    return el("span", {}, `${label}: `, el("bdi", {}, value));
  });
}

/** The ledger that proves an entry, as a judge reads it: the station code and the ledger's origin. */
function provenByText(seg) {
  return seg.station ? `${seg.station} · ${seg.origin}` : seg.origin;
}

function historyTable(item, names, lang) {
  const across = item.events.some((e) => e.provenBy);
  const cols = ["col_seq", "col_at", "col_event", "col_by", "col_signed", "col_details", "col_hash"];
  if (across) cols.unshift("col_proven_by");
  const head = el("tr", {}, cols.map((k) => el("th", { scope: "col" }, t(lang, k))));
  const rows = item.events.map((e, i) => {
    // Names of people and places come from the ledger that proves the entry.
    const own = e.provenBy ? { people: e.provenBy.result.people, locations: e.provenBy.result.locations } : names;
    const people = own.people;
    return el(
      "tr",
      {
        "data-seq": e.seq,
        "data-origin": e.provenBy ? e.provenBy.origin : null,
        // where the history passes to another station's ledger
        class: across && i > 0 && item.events[i - 1].provenBy.origin !== e.provenBy.origin ? "station-change" : null,
      },
      across
        ? el(
            "td",
            { class: "proven-by", title: provenByText(e.provenBy) },
            el("strong", {}, ltr(e.provenBy.station || "?", "")),
            el("div", { class: "origin" }, ltr(e.provenBy.origin)),
          )
        : null,
      el("td", { class: "seq" }, ltr(String(e.seq), "")),
      el("td", { class: "at" }, ltr(e.at.replace("T", " ").replace(/\.\d{3}Z$/, ""), "")),
      el("td", { class: "event", title: e.kind }, kindLabel(lang, e.kind)),
      el("td", {}, el("bdi", {}, personName(e.actor, people, lang))),
      el("td", {}, e.signers.map((s) => el("div", {}, el("bdi", {}, personName(s, people, lang))))),
      el("td", { class: "details" }, details(e.data, own, lang)),
      el("td", { class: "hash" }, ltr(e.hash)),
    );
  });
  return el("table", { class: across ? "history across" : "history" }, el("thead", {}, head), el("tbody", {}, rows));
}

function facts(pairs) {
  return el(
    "dl",
    { class: "facts" },
    pairs.filter(([, v]) => v !== null && v !== undefined && v !== "").flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]),
  );
}

/** A failure in the reader's words; one found in another station's segment says which. */
function reasonText(f, lang) {
  if (f.segment && f.code === "anchor_untrusted") {
    return t(lang, "fail_segment_key_missing", { ...f, origin: isolate(f.origin), station: isolate(f.station), key: isolate(f.key) });
  }
  const text = t(lang, `fail_${f.code}`, f);
  return f.segment ? t(lang, "in_segment", { segment: f.segment, origin: isolate(f.origin), station: isolate(f.station), reason: text }) : text;
}

/** Which ledger each key the reader typed opened (its first station key), or that it opened none. */
function keyMatches(typed, ledgers, lang) {
  return el(
    "div",
    {},
    typed.map((k) => {
      // One ledger may prove several segments (an item that left a station and came back): name it once.
      const hits = ledgers.filter((l, i) => l.key === k && ledgers.findIndex((m) => m.key === k && m.origin === l.origin) === i);
      const said = hits.length
        ? hits.map((l) => t(lang, "key_matched", { station: isolate(l.station || "?"), origin: isolate(l.origin) })).join("; ")
        : t(lang, "key_matched_none");
      return el("div", { class: "key-match", "data-matched": hits.map((l) => l.station).join(" ") }, ltr(k), " → ", said);
    }),
  );
}

/** The section for one file: verdict, reasons, PDF signature, checkpoint, and each item's history. */
export function renderOutcome(name, outcome, lang, typedKeys = []) {
  const status = outcome.status;
  const key = STATUS_KEY[status];
  const b = outcome.bundle;
  const s = outcome.signature;
  const people = b ? b.people : new Map();
  const section = el("section", { class: "result", "data-status": status });
  section.append(
    el("h2", { class: "verdict", "data-testid": "verdict" }, t(lang, `verdict_${key}`)),
    el("p", { class: "summary" }, t(lang, `summary_${key}`)),
  );
  if (outcome.failures.length) {
    const shown = outcome.failures.slice(0, MAX_REASONS);
    const rest = outcome.failures.length - shown.length;
    section.append(
      el(
        "ul",
        { class: "reasons" },
        shown.map((f) => el("li", { "data-code": f.code, "data-segment": f.segment || null, "data-seq": Number.isInteger(f.seq) ? f.seq : null }, reasonText(f, lang))),
        rest > 0 ? el("li", { class: "more" }, t(lang, "more_failures", { count: rest })) : null,
      ),
    );
  }
  if (status === UNTRUSTED && b) {
    section.append(facts([[t(lang, "key_in_report"), el("div", {}, b.trustedKeys.map((k) => el("div", {}, ltr(k))))]]));
  }
  const binding = outcome.binding;
  const segs = outcome.segments;
  section.append(
    facts([
      [t(lang, "file"), el("bdi", {}, name)],
      [t(lang, "report_id"), b && b.reportId ? ltr(b.reportId) : null],
      [t(lang, "signed_by"), s && s.subject ? el("bdi", {}, s.subject) : null],
      [t(lang, "certificate"), s && s.certSha256 ? ltr(s.certSha256) : null],
      [
        t(lang, "sig_value"),
        s && s.algorithm && s.intact
          ? t(lang, s.valid === null ? "sig_value_unchecked" : s.valid ? "sig_value_ok" : "sig_value_bad", {
              alg: isolate(s.algorithm),
            })
          : null,
      ],
      [t(lang, "signed_at"), s && s.signingTime ? ltr(s.signingTime, "") : null],
      [t(lang, "reason_place"), s && (s.reason || s.location) ? el("bdi", {}, `${s.reason} / ${s.location}`) : null],
      [
        t(lang, "binding"),
        binding
          ? binding.matches
            ? t(lang, "binding_ok", { station: binding.station, seq: binding.bound.seq })
            : t(lang, "binding_missing")
          : null,
      ],
      [
        t(lang, "checkpoint"),
        b && b.checkpoint
          ? el("bdi", {}, t(lang, "checkpoint_value", {
              origin: isolate(b.checkpoint.origin),
              size: b.checkpoint.size,
              root: isolate(b.checkpoint.root.slice(0, 16) + "…"),
            }))
          : null,
      ],
      [t(lang, "station_key"), b && b.checkpoint && b.checkpoint.signedBy.length ? el("div", {}, b.checkpoint.signedBy.map((k) => el("div", {}, ltr(k)))) : null],
      [
        t(lang, "other_segments"),
        segs && segs.segments.length
          ? el(
              "div",
              {},
              segs.segments.map((g) =>
                el("div", { class: "segment", "data-origin": g.origin }, el("bdi", {}, t(lang, "segment_value", {
                  n: g.n,
                  station: isolate(g.station || "?"),
                  origin: isolate(g.origin),
                  size: g.size,
                  root: isolate(String(g.root).slice(0, 16) + "…"),
                }))),
              ),
            )
          : null,
      ],
      [
        t(lang, "keys_typed"),
        typedKeys.length && b
          ? keyMatches(typedKeys, [
              { key: b.anchor && b.anchor.key, station: b.anchor && b.anchor.station, origin: b.checkpoint ? b.checkpoint.origin : "" },
              ...(segs ? segs.segments : []),
            ], lang)
          : null,
      ],
    ]),
  );
  if (segs && segs.timeline) {
    section.append(el("p", { class: "across" }, t(lang, "history_across")));
    for (const item of b.items) {
      const events = segs.timeline.get(item.id) || [];
      const heading = [t(lang, "item_heading", { item: isolate(item.id) })];
      if (item.case) heading.push(t(lang, "item_case", { case: isolate(item.case) }));
      const stations = [...new Set(events.map((e) => e.provenBy.station || e.provenBy.origin))];
      heading.push(t(lang, "item_count_across", { count: events.length, stations: stations.length }));
      section.append(
        el("h3", { "data-item": item.id }, heading.join(" · ")),
        historyTable({ ...item, events }, { people, locations: b.locations }, lang),
      );
    }
    return section;
  }
  for (const item of b ? b.items : []) {
    const heading = [t(lang, "item_heading", { item: isolate(item.id) })];
    if (item.case) heading.push(t(lang, "item_case", { case: isolate(item.case) }));
    heading.push(t(lang, status === FAILED ? "item_count_unproven" : "item_count", { count: item.events.length }));
    section.append(
      el("h3", { "data-item": item.id, class: status === FAILED ? "unproven" : null }, heading.join(" · ")),
      historyTable(item, { people, locations: b.locations }, lang),
    );
  }
  return section;
}

export { el };

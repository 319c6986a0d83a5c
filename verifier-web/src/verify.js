// One report PDF, start to end: PDF signature, proof bundle (LEDGER.md 5) and the certificate binding.

import { concat } from "./bytes.js";
import { verifyBundle } from "./bundle.js";
import { CmsError, checkCms } from "./cms.js";
import { readPdf } from "./pdffile.js";
import { verifySegments } from "./segments.js";

export const VERIFIED = "VERIFIED";
export const UNTRUSTED = "INTACT BUT UNTRUSTED";
export const FAILED = "FAILED";

const FIRST = ["pdf_", "bundle_", "checkpoint_", "anchor_", "certificate_", "trusted_"];
const LT = 0x3c; // "<"
const GT = 0x3e; // ">"

/** The PDF signature: which bytes it covers, whether they are unchanged and who signed. */
async function checkPdfSignature(bytes, sig, fail) {
  const out = { present: true, intact: false, valid: false, wholeFile: false, certSha256: "", subject: "" };
  out.signingTime = sig.signingTime;
  out.reason = sig.reason;
  out.location = sig.location;
  const r = sig.byteRange;
  const shaped =
    r &&
    sig.contents &&
    r.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    r[0] === 0 &&
    r[1] > 0 &&
    r[2] > r[1] &&
    r[2] + r[3] <= bytes.length &&
    bytes[r[1]] === LT &&
    bytes[r[2] - 1] === GT;
  if (!shaped) {
    fail("pdf_signature_format");
    return out;
  }
  // The signature covers the whole file except its own /Contents: nothing added after signing.
  out.wholeFile = r[2] + r[3] === bytes.length && (r[2] - r[1] - 2) === sig.contents.length * 2;
  if (!out.wholeFile) fail("pdf_not_whole_file");
  const signed = concat(bytes.subarray(0, r[1]), bytes.subarray(r[2], r[2] + r[3]));
  try {
    const cms = await checkCms(sig.contents, signed);
    Object.assign(out, cms);
  } catch (e) {
    fail(e instanceof CmsError ? e.code : "pdf_signature_format");
    return out;
  }
  if (!out.intact) fail("pdf_changed");
  else if (out.valid === false) fail("pdf_signature_invalid");
  return out;
}

/**
 * Verify a report.
 * @param {Uint8Array} bytes the PDF
 * @param {string[]} trustedKeys station verifier keys the reader trusts ([]: use the report's own, untrusted)
 */
export async function verifyReport(bytes, trustedKeys) {
  const failures = [];
  const fail = (code, params = {}) => failures.push({ code, ...params });
  const outcome = { status: FAILED, failures, signature: null, bundle: null, segments: null, binding: null };

  let pdf;
  try {
    pdf = await readPdf(bytes);
  } catch (e) {
    fail(e.code || "pdf_unreadable");
    return outcome;
  }

  if (pdf.signatures.length === 0) fail("pdf_not_signed");
  else if (pdf.signatures.length > 1) fail("pdf_several_signatures", { count: pdf.signatures.length });
  else outcome.signature = await checkPdfSignature(bytes, pdf.signatures[0], fail);

  if (pdf.proofs.length === 0) fail("pdf_no_bundle");
  else if (pdf.proofs.length > 1 || pdf.proofs[0] === null) fail("pdf_bundle_ambiguous");
  else {
    outcome.bundle = await verifyBundle(pdf.proofs[0], trustedKeys);
    failures.push(...outcome.bundle.failures);
    // Items that came from other stations: every segment proven, every transfer linked (docs/TRANSFER.md 9).
    if (outcome.bundle.failures.length === 0) {
      outcome.segments = await verifySegments(pdf.segments || [], outcome.bundle, trustedKeys);
      failures.push(...outcome.segments.failures);
    }
  }

  // The report's signing certificate is the one the ledger registered for the station that issued it.
  const b = outcome.bundle;
  const s = outcome.signature;
  if (b && s && s.certSha256 && b.reportStation) {
    const bound = b.certificates.get(b.reportStation) || null;
    outcome.binding = { station: b.reportStation, bound, matches: !!bound && bound.sha256 === s.certSha256 };
    if (!bound) fail("certificate_not_bound", { station: b.reportStation });
    else if (!outcome.binding.matches) fail("certificate_mismatch", { station: b.reportStation, seq: bound.seq });
  }

  if (failures.length === 0) outcome.status = b.trusted ? VERIFIED : UNTRUSTED;
  // The reason a reader should see first comes first; the rest keep the ledger's order.
  // Another station's segment comes after the report's own reasons.
  const rank = (f) => {
    const i = FIRST.findIndex((prefix) => f.code.startsWith(prefix));
    return (f.segment || f.code.startsWith("segment") ? FIRST.length + 1 : 0) + (i < 0 ? FIRST.length : i);
  };
  outcome.failures = failures.map((f, i) => [rank(f), i, f]).sort((x, y) => x[0] - y[0] || x[1] - y[1]).map((x) => x[2]);
  return outcome;
}

// Reading a report PDF with pdf-lib (never a hand-written PDF parser): the embedded file custody-proof.json
// (LEDGER.md 5) and the signature dictionaries (/ByteRange, /Contents and what the signer stated).

import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from "pdf-lib";

export const PROOF_NAME = "custody-proof.json";
export const SEGMENTS_NAME = "custody-segments.json"; // docs/TRANSFER.md 9: history proven by other stations
const MAX_DEPTH = 32; // name trees and field trees deeper than this are not from Custody

const N = (s) => PDFName.of(s);

function text(obj) {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : null;
}

/** Name-tree leaves as [name, value] pairs (PDF 32000-1 7.9.6). */
function nameTree(node, out, depth = 0) {
  if (!(node instanceof PDFDict) || depth > MAX_DEPTH) return out;
  const names = node.lookup(N("Names"));
  if (names instanceof PDFArray) {
    for (let i = 0; i + 1 < names.size(); i += 2) out.push([text(names.lookup(i)), names.lookup(i + 1)]);
  }
  const kids = node.lookup(N("Kids"));
  if (kids instanceof PDFArray) {
    for (let i = 0; i < kids.size(); i++) nameTree(kids.lookup(i), out, depth + 1);
  }
  return out;
}

/** The bytes of every embedded file called `name` (an honest report has exactly one). */
function embeddedFiles(doc, name) {
  const names = doc.catalog.lookup(N("Names"));
  if (!(names instanceof PDFDict)) return [];
  const found = [];
  for (const [key, spec] of nameTree(names.lookup(N("EmbeddedFiles")), [])) {
    if (!(spec instanceof PDFDict)) continue;
    const specName = text(spec.lookup(N("UF"))) ?? text(spec.lookup(N("F"))) ?? key;
    if (key !== name && specName !== name) continue;
    const ef = spec.lookup(N("EF"));
    const stream = ef instanceof PDFDict ? (ef.lookup(N("UF")) ?? ef.lookup(N("F"))) : null;
    if (stream instanceof PDFRawStream) found.push(decodePDFRawStream(stream).decode());
    else found.push(null);
  }
  return found;
}

/** Signature dictionaries of the form's signature fields (PDF 32000-1 12.8.1). */
function signatureDicts(doc) {
  const form = doc.catalog.lookup(N("AcroForm"));
  if (!(form instanceof PDFDict)) return [];
  const out = [];
  const walk = (field, depth) => {
    if (!(field instanceof PDFDict) || depth > MAX_DEPTH) return;
    const v = field.lookup(N("V"));
    const ft = field.lookup(N("FT"));
    if (v instanceof PDFDict && (ft === N("Sig") || v.lookup(N("Type")) === N("Sig"))) out.push(v);
    const kids = field.lookup(N("Kids"));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i), depth + 1);
  };
  const fields = form.lookup(N("Fields"));
  if (fields instanceof PDFArray) for (let i = 0; i < fields.size(); i++) walk(fields.lookup(i), 0);
  return out;
}

function signatureInfo(dict) {
  const range = dict.lookup(N("ByteRange"));
  const byteRange =
    range instanceof PDFArray && range.size() === 4
      ? range.asArray().map((x) => (x instanceof PDFNumber ? x.asNumber() : NaN))
      : null;
  const contents = dict.lookup(N("Contents"));
  let signingTime = null;
  try {
    const m = dict.lookup(N("M"));
    if (m instanceof PDFString || m instanceof PDFHexString) signingTime = m.decodeDate().toISOString();
  } catch {
    signingTime = null;
  }
  return {
    byteRange,
    contents: contents instanceof PDFHexString || contents instanceof PDFString ? contents.asBytes() : null,
    subFilter: dict.lookup(N("SubFilter")) instanceof PDFName ? dict.lookup(N("SubFilter")).decodeText() : "",
    signingTime,
    reason: text(dict.lookup(N("Reason"))) || "",
    location: text(dict.lookup(N("Location"))) || "",
  };
}

/**
 * Read what the verifier needs from a PDF. Throws {code: "pdf_unreadable"} if pdf-lib cannot read it.
 * @returns {Promise<{proofs: (Uint8Array|null)[], segments: (Uint8Array|null)[], signatures: object[]}>}
 */
export async function readPdf(bytes) {
  let doc;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: false,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (e) {
    throw { code: "pdf_unreadable", detail: String(e && e.message) };
  }
  let proofs;
  let segments;
  let signatures;
  try {
    proofs = embeddedFiles(doc, PROOF_NAME);
    segments = embeddedFiles(doc, SEGMENTS_NAME);
    signatures = signatureDicts(doc).map(signatureInfo);
  } catch (e) {
    throw { code: "pdf_unreadable", detail: String(e && e.message) };
  }
  return { proofs, segments, signatures };
}

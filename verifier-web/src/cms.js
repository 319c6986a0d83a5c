// The PDF signature: the CMS SignedData in the signature's /Contents (RFC 5652), parsed with asn1js.
//
// Checked here: the signed bytes (the /ByteRange) hash to the messageDigest the signer signed; the signature
// value over the signed attributes verifies with the signing certificate's public key (WebCrypto: ECDSA
// P-256/P-384/P-521 or RSA PKCS#1 v1.5); the SHA-256 of that certificate (its DER bytes as stored) is what the
// ledger must bind. Not checked: a chain from the certificate to a certificate authority (the station
// certificate is self-signed; the ledger binding replaces it), revocation, and timestamps.

import * as asn1js from "asn1js";
import { concat, digest, equalBytes, toHex } from "./bytes.js";

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  messageDigest: "1.2.840.113549.1.9.4",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
  ecPublicKey: "1.2.840.10045.2.1",
  ecdsaSha256: "1.2.840.10045.4.3.2",
  ecdsaSha384: "1.2.840.10045.4.3.3",
  ecdsaSha512: "1.2.840.10045.4.3.4",
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256Rsa: "1.2.840.113549.1.1.11",
  sha384Rsa: "1.2.840.113549.1.1.12",
  sha512Rsa: "1.2.840.113549.1.1.13",
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  p521: "1.3.132.0.35",
  subjectKeyIdentifier: "2.5.29.14",
};
const HASHES = { [OID.sha256]: "SHA-256", [OID.sha384]: "SHA-384", [OID.sha512]: "SHA-512" };
const CURVES = { [OID.p256]: ["P-256", 32], [OID.p384]: ["P-384", 48], [OID.p521]: ["P-521", 66] };
const NAME_ATTRS = { "2.5.4.3": "CN", "2.5.4.10": "O", "2.5.4.11": "OU", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST" };

export class CmsError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

const bad = () => {
  throw new CmsError("pdf_signature_format");
};

function parse(bytes) {
  const { offset, result } = asn1js.fromBER(bytes);
  if (offset === -1 || result.error) bad();
  return { block: result, end: offset };
}

const kids = (b) => (b && b.idBlock.isConstructed && Array.isArray(b.valueBlock.value) ? b.valueBlock.value : bad());
const isUniversal = (b, n) => b && b.idBlock.tagClass === 1 && b.idBlock.tagNumber === n;
const isContext = (b, n) => b && b.idBlock.tagClass === 3 && b.idBlock.tagNumber === n;
const raw = (b) => new Uint8Array(b.valueBeforeDecodeView);
const oidOf = (b) => (b instanceof asn1js.ObjectIdentifier ? b.valueBlock.toString() : bad());
const bytesOf = (b) => {
  if (b instanceof asn1js.OctetString || b instanceof asn1js.Integer) {
    if (b.idBlock.isConstructed) return concat(...kids(b).map(bytesOf));
    return new Uint8Array(b.valueBlock.valueHexView);
  }
  return bad();
};

/** "CN=…, O=…" from an X.501 Name. */
function nameText(name) {
  const parts = [];
  for (const rdn of kids(name)) {
    for (const atv of kids(rdn)) {
      const [type, value] = kids(atv);
      const label = NAME_ATTRS[oidOf(type)] || oidOf(type);
      const v = value && value.valueBlock && typeof value.valueBlock.value === "string" ? value.valueBlock.value : "";
      parts.push(`${label}=${v}`);
    }
  }
  return parts.join(", ");
}

function readCertificate(block) {
  const [tbs] = kids(block);
  const t = kids(tbs);
  const i = isContext(t[0], 0) ? 1 : 0; // [0] EXPLICIT version
  const serial = raw(t[i]);
  const issuer = raw(t[i + 2]);
  const subject = nameText(t[i + 4]);
  const spki = t[i + 5];
  const [alg] = kids(spki);
  const algKids = kids(alg);
  let ski = null;
  for (const ext of t.slice(i + 6)) {
    if (!isContext(ext, 3)) continue;
    for (const e of kids(kids(ext)[0])) {
      const ek = kids(e);
      if (oidOf(ek[0]) === OID.subjectKeyIdentifier) {
        ski = bytesOf(parse(bytesOf(ek[ek.length - 1])).block);
      }
    }
  }
  return {
    der: raw(block),
    serial,
    issuer,
    subject,
    ski,
    spki: raw(spki),
    keyAlg: oidOf(algKids[0]),
    curve: algKids[1] instanceof asn1js.ObjectIdentifier ? oidOf(algKids[1]) : null,
  };
}

function attributes(signedAttrs) {
  const out = new Map();
  for (const attr of kids(signedAttrs)) {
    const [type, values] = kids(attr);
    out.set(oidOf(type), kids(values));
  }
  return out;
}

/** ECDSA-Sig-Value (DER) to the fixed-size r || s WebCrypto expects. */
function ecdsaRaw(der, size) {
  const { block, end } = parse(der);
  if (end !== der.length) bad();
  const [r, s] = kids(block).map(bytesOf);
  const fit = (x) => {
    let v = x;
    while (v.length > size && v[0] === 0) v = v.slice(1);
    if (v.length > size) bad();
    const out = new Uint8Array(size);
    out.set(v, size - v.length);
    return out;
  };
  return concat(fit(r), fit(s));
}

/** A short name of the signature algorithm, for the reader ("ECDSA P-256, SHA-256"). */
function algorithmName(cert, sigAlg, hashName) {
  if (cert.keyAlg === OID.ecPublicKey) return `ECDSA ${(CURVES[cert.curve] || [cert.curve])[0]}, ${hashName}`;
  if (cert.keyAlg === OID.rsaEncryption) return sigAlg === "1.2.840.113549.1.1.10" ? "RSA-PSS" : `RSA, ${hashName}`;
  return cert.keyAlg;
}

async function verifySignatureValue(cert, sigAlg, hashName, signature, message) {
  if (cert.keyAlg === OID.ecPublicKey) {
    const curve = CURVES[cert.curve];
    if (!curve) return null;
    const hash =
      { [OID.ecdsaSha256]: "SHA-256", [OID.ecdsaSha384]: "SHA-384", [OID.ecdsaSha512]: "SHA-512" }[sigAlg] ||
      (sigAlg === OID.ecPublicKey ? hashName : null);
    if (!hash) return null;
    const key = await crypto.subtle.importKey("spki", cert.spki, { name: "ECDSA", namedCurve: curve[0] }, false, [
      "verify",
    ]);
    return crypto.subtle.verify({ name: "ECDSA", hash }, key, ecdsaRaw(signature, curve[1]), message);
  }
  if (cert.keyAlg === OID.rsaEncryption) {
    const hash =
      { [OID.sha256Rsa]: "SHA-256", [OID.sha384Rsa]: "SHA-384", [OID.sha512Rsa]: "SHA-512" }[sigAlg] ||
      (sigAlg === OID.rsaEncryption ? hashName : null);
    if (!hash) return null;
    const key = await crypto.subtle.importKey("spki", cert.spki, { name: "RSASSA-PKCS1-v1_5", hash }, false, [
      "verify",
    ]);
    return crypto.subtle.verify({ name: "RSASSA-PKCS1-v1_5" }, key, signature, message);
  }
  return null; // e.g. RSA-PSS: left to the PDF reader
}

/**
 * Check a PDF signature's CMS against the bytes it covers.
 * @param {Uint8Array} contents the signature's /Contents (DER, zero-padded)
 * @param {Uint8Array} signedBytes the bytes its /ByteRange covers
 * @returns {Promise<{intact: boolean, valid: boolean|null, algorithm: string, certSha256: string, subject: string}>}
 *   valid is null when the signature algorithm is one this page does not check.
 */
export async function checkCms(contents, signedBytes) {
  let parsed;
  try {
    const { block, end } = parse(contents);
    if (contents.subarray(end).some((b) => b !== 0)) bad(); // only zero padding after the DER
    const [type, wrapped] = kids(block);
    if (oidOf(type) !== OID.signedData || !isContext(wrapped, 0)) bad();
    const sd = kids(kids(wrapped)[0]);
    const certBlock = sd.find((b) => isContext(b, 0));
    const signerInfos = sd[sd.length - 1];
    if (!certBlock || !isUniversal(signerInfos, 17)) bad();
    const certs = kids(certBlock).filter((b) => isUniversal(b, 16)).map(readCertificate);
    const infos = kids(signerInfos);
    if (infos.length !== 1) bad(); // a PAdES signature has exactly one signer
    const si = kids(infos[0]);
    const sid = si[1];
    let cert;
    if (isUniversal(sid, 16)) {
      const [issuer, serial] = kids(sid);
      cert = certs.find((c) => equalBytes(c.issuer, raw(issuer)) && equalBytes(c.serial, raw(serial)));
    } else if (isContext(sid, 0)) {
      const ski = new Uint8Array(sid.valueBlock.valueHexView || []);
      cert = certs.find((c) => c.ski && equalBytes(c.ski, ski));
    }
    if (!cert) bad();
    const hashName = HASHES[oidOf(kids(si[2])[0])];
    const signedAttrs = si[3];
    if (!isContext(signedAttrs, 0) || !hashName) bad();
    const sigAlg = oidOf(kids(si[4])[0]);
    const signature = bytesOf(si[5]);
    const md = attributes(signedAttrs).get(OID.messageDigest);
    if (!md || md.length !== 1) bad();
    // The signature covers the DER of the attributes as a SET OF (tag 0x31), not the [0] IMPLICIT form.
    const attrsDer = raw(signedAttrs);
    attrsDer[0] = 0x31;
    parsed = { cert, hashName, sigAlg, signature, messageDigest: bytesOf(md[0]), attrsDer };
  } catch (e) {
    if (e instanceof CmsError) throw e;
    throw new CmsError("pdf_signature_format");
  }
  const { cert, hashName, sigAlg, signature, messageDigest, attrsDer } = parsed;
  const intact = equalBytes(await digest(hashName, signedBytes), messageDigest);
  let valid;
  try {
    valid = await verifySignatureValue(cert, sigAlg, hashName, signature, attrsDer);
  } catch {
    valid = false;
  }
  return {
    intact,
    valid,
    algorithm: algorithmName(cert, sigAlg, hashName),
    certSha256: toHex(await digest("SHA-256", cert.der)),
    subject: cert.subject,
  };
}

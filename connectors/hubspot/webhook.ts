// Verifies HubSpot's v3 request signature on an incoming webhook, over the raw body bytes.
// https://developers.hubspot.com/docs/apps/legacy-apps/authentication/validating-requests (v3: method + URI + body + timestamp)
import { createHmac, timingSafeEqual } from 'node:crypto';

export type HubspotSignatureVerdict =
  | { ok: true }
  | { ok: false; why: 'missing_signature' | 'malformed_signature' | 'stale_timestamp' | 'bad_signature' };

export interface HubspotSignedRequest {
  method: string;
  /** The full public URL HubSpot called: scheme, host, path and query, as HubSpot saw it (not as a proxy rewrote it). */
  uri: string;
  /** The body exactly as received; never a re-serialised object. */
  rawBody: Uint8Array;
  /** `X-HubSpot-Signature-v3` */
  signature: string | undefined;
  /** `X-HubSpot-Request-Timestamp`: epoch milliseconds. */
  timestamp: string | undefined;
}

/** HubSpot rejects, and so do we, requests whose timestamp is more than five minutes away from now. */
export const HUBSPOT_SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

// The only escapes HubSpot decodes before signing; every other %XX stays encoded.
const DECODED_ESCAPES: Readonly<Record<string, string>> = {
  '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$',
  '%27': "'", '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';',
};

/** The request URI as HubSpot signs it: the listed escapes decoded, in one pass, everything else untouched. */
export function hubspotSignedUri(uri: string): string {
  return uri.replace(/%[0-9A-Fa-f]{2}/g, (escape) => DECODED_ESCAPES[escape.toUpperCase()] ?? escape);
}

const TIMESTAMP = /^\d{1,16}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks `X-HubSpot-Signature-v3`: base64(HMAC-SHA256(clientSecret, method + uri + rawBody + timestamp)).
 * Pure: the caller passes the current time. A timestamp in seconds is far in the past, so it fails as stale.
 */
export function verifyHubspotSignatureV3(request: HubspotSignedRequest, clientSecret: string, nowMs: number): HubspotSignatureVerdict {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { ok: false, why: 'missing_signature' };
  if (!TIMESTAMP.test(timestamp) || !BASE64.test(signature)) return { ok: false, why: 'malformed_signature' };
  const given = Buffer.from(signature, 'base64');
  if (given.length !== 32) return { ok: false, why: 'malformed_signature' };
  if (Math.abs(nowMs - Number(timestamp)) > HUBSPOT_SIGNATURE_TOLERANCE_MS) return { ok: false, why: 'stale_timestamp' };
  const expected = createHmac('sha256', clientSecret)
    .update(`${request.method.toUpperCase()}${hubspotSignedUri(request.uri)}`, 'utf8')
    .update(request.rawBody)
    .update(timestamp, 'utf8')
    .digest();
  return timingSafeEqual(given, expected) ? { ok: true } : { ok: false, why: 'bad_signature' };
}

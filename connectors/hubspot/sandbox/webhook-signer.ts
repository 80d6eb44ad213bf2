// The signatures HubSpot puts on webhook deliveries, computed by the sandbox itself.
// https://developers.hubspot.com/docs/apps/legacy-apps/authentication/validating-requests
// Written independently of connectors/hubspot/webhook.ts on purpose: a signer that shared the
// verifier's code would agree with its bugs.
import { createHash, createHmac } from 'node:crypto';

// HubSpot decodes exactly these escapes in the request URI before it signs (v3).
const SIGNED_URI_ESCAPES = new Map<string, string>([
  ['%3A', ':'], ['%2F', '/'], ['%3F', '?'], ['%40', '@'], ['%21', '!'], ['%24', '$'],
  ['%27', "'"], ['%28', '('], ['%29', ')'], ['%2A', '*'], ['%2C', ','], ['%3B', ';'],
]);

function uriAsSigned(uri: string): string {
  let out = '';
  for (let i = 0; i < uri.length; i += 1) {
    const escape = uri.slice(i, i + 3).toUpperCase();
    const decoded = uri[i] === '%' ? SIGNED_URI_ESCAPES.get(escape) : undefined;
    if (decoded !== undefined) {
      out += decoded;
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

/** v1 (CRM webhook subscriptions): hex(SHA-256(clientSecret + body)). */
export function signatureV1(clientSecret: string, body: Buffer): string {
  return createHash('sha256').update(Buffer.concat([Buffer.from(clientSecret, 'utf8'), body])).digest('hex');
}

/** v3: base64(HMAC-SHA256(clientSecret, method + uri + body + timestamp)), timestamp in epoch ms. */
export function signatureV3(clientSecret: string, request: { method: string; uri: string; body: Buffer; timestamp: number }): string {
  const message = Buffer.concat([
    Buffer.from(request.method + uriAsSigned(request.uri), 'utf8'),
    request.body,
    Buffer.from(String(request.timestamp), 'utf8'),
  ]);
  return createHmac('sha256', clientSecret).update(message).digest('base64');
}

/** The signature headers of one delivery, over the exact bytes that will be sent. */
export function deliverySignatureHeaders(clientSecret: string, uri: string, body: Buffer, timestamp: number): Record<string, string> {
  return {
    'X-HubSpot-Signature': signatureV1(clientSecret, body),
    'X-HubSpot-Signature-Version': 'v1',
    'X-HubSpot-Signature-v3': signatureV3(clientSecret, { method: 'POST', uri, body, timestamp }),
    'X-HubSpot-Request-Timestamp': String(timestamp),
  };
}

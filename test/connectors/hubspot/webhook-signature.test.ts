import { createHash, createHmac } from 'node:crypto';
import { Signature } from '@hubspot/api-client';
import { describe, expect, it } from 'vitest';
import { hubspotSignedUri, verifyHubspotSignatureV3 } from '../../../connectors/hubspot/webhook.ts';
import { deliverySignatureHeaders, signatureV1 } from '../../../connectors/hubspot/sandbox/webhook-signer.ts';

// Golden vectors for HubSpot's v3 request signature
// (https://developers.hubspot.com/docs/apps/legacy-apps/authentication/validating-requests).
// Expected values are computed here from the documented recipe, never by the code under test.
const secret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
const now = Date.UTC(2026, 2, 1, 12, 0, 0);
const body = Buffer.from('[{"eventId":1,"subscriptionType":"contact.creation","objectId":123,"changeFlag":"NEW"}]', 'utf8');
const uri = 'https://hooks.example.com/hubspot/webhook?tenant=acme';

function expectedV3(method: string, signedUri: string, raw: Buffer, timestamp: string): string {
  return createHmac('sha256', secret).update(Buffer.concat([Buffer.from(method + signedUri), raw, Buffer.from(timestamp)])).digest('base64');
}

const request = (overrides: Partial<Parameters<typeof verifyHubspotSignatureV3>[0]> = {}) => {
  const timestamp = String(now - 1000);
  return {
    method: 'POST', uri, rawBody: body, timestamp,
    signature: expectedV3('POST', uri, body, timestamp),
    ...overrides,
  };
};

describe('verifyHubspotSignatureV3', () => {
  it('accepts a signature over method, full URI, raw body and millisecond timestamp', () => {
    expect(verifyHubspotSignatureV3(request(), secret, now)).toEqual({ ok: true });
  });

  it('accepts a timestamp 299 s old and refuses one 301 s old or 301 s in the future', () => {
    const at = (ts: number) => request({ timestamp: String(ts), signature: expectedV3('POST', uri, body, String(ts)) });
    expect(verifyHubspotSignatureV3(at(now - 299_000), secret, now)).toEqual({ ok: true });
    expect(verifyHubspotSignatureV3(at(now - 301_000), secret, now)).toEqual({ ok: false, why: 'stale_timestamp' });
    expect(verifyHubspotSignatureV3(at(now + 301_000), secret, now)).toEqual({ ok: false, why: 'stale_timestamp' });
  });

  it('refuses a timestamp sent in seconds, even when the signature was computed over it', () => {
    const seconds = String(Math.floor(now / 1000));
    const verdict = verifyHubspotSignatureV3(request({ timestamp: seconds, signature: expectedV3('POST', uri, body, seconds) }), secret, now);
    expect(verdict).toEqual({ ok: false, why: 'stale_timestamp' });
  });

  it('refuses the same JSON re-serialised with other whitespace, because it checks the raw bytes', () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2));
    expect(verifyHubspotSignatureV3(request({ rawBody: reserialised }), secret, now)).toEqual({ ok: false, why: 'bad_signature' });
  });

  it('refuses a body with one flipped byte, another secret, another method or another URI', () => {
    const flipped = Buffer.from(body);
    flipped[10] = flipped[10]! ^ 0x01;
    expect(verifyHubspotSignatureV3(request({ rawBody: flipped }), secret, now).ok).toBe(false);
    expect(verifyHubspotSignatureV3(request(), 'another-secret', now).ok).toBe(false);
    expect(verifyHubspotSignatureV3(request({ method: 'PUT' }), secret, now).ok).toBe(false);
    expect(verifyHubspotSignatureV3(request({ uri: 'http://hooks.example.com/hubspot/webhook?tenant=acme' }), secret, now).ok).toBe(false);
  });

  it('says which header is missing or malformed', () => {
    expect(verifyHubspotSignatureV3(request({ signature: undefined }), secret, now)).toEqual({ ok: false, why: 'missing_signature' });
    expect(verifyHubspotSignatureV3(request({ timestamp: undefined }), secret, now)).toEqual({ ok: false, why: 'missing_signature' });
    expect(verifyHubspotSignatureV3(request({ timestamp: 'yesterday' }), secret, now)).toEqual({ ok: false, why: 'malformed_signature' });
    expect(verifyHubspotSignatureV3(request({ signature: 'not base64!' }), secret, now)).toEqual({ ok: false, why: 'malformed_signature' });
    expect(verifyHubspotSignatureV3(request({ signature: Buffer.from('short').toString('base64') }), secret, now))
      .toEqual({ ok: false, why: 'malformed_signature' });
  });
});

describe('the URI HubSpot signs', () => {
  // HubSpot decodes only : / ? @ ! $ ' ( ) * , ; before signing; other escapes stay as sent.
  const encoded = 'https://hooks.example.com/hubspot/webhook?next=https%3A%2F%2Fapp.example.com%2Fdone%3Fa%3D1&who=J%C3%BCrgen%20%28ops%29&list=a%2Cb%3Bc&at=x%40y&raw=%253A';
  const signedByHand = "https://hooks.example.com/hubspot/webhook?next=https://app.example.com/done?a%3D1&who=J%C3%BCrgen%20(ops)&list=a,b;c&at=x@y&raw=%253A";

  it('decodes exactly the listed escapes, once, and keeps the rest', () => {
    expect(hubspotSignedUri(encoded)).toBe(signedByHand);
  });

  it('verifies a request whose URI carries encoded characters only against the decoded form', () => {
    const timestamp = String(now);
    const good = expectedV3('POST', signedByHand, body, timestamp);
    const overEncoded = expectedV3('POST', encoded, body, timestamp);
    expect(verifyHubspotSignatureV3(request({ uri: encoded, timestamp, signature: good }), secret, now)).toEqual({ ok: true });
    expect(verifyHubspotSignatureV3(request({ uri: encoded, timestamp, signature: overEncoded }), secret, now))
      .toEqual({ ok: false, why: 'bad_signature' });
  });
});

describe('the sandbox signer', () => {
  it('signs v1 as hex SHA-256 of secret + body', () => {
    expect(signatureV1(secret, body)).toBe(createHash('sha256').update(secret + body.toString()).digest('hex'));
  });

  it('produces v3 headers that the product verifier and the official SDK both accept', () => {
    const timestamp = Date.now();
    const headers = deliverySignatureHeaders(secret, encodeURI(uri), body, timestamp);
    expect(headers['X-HubSpot-Request-Timestamp']).toBe(String(timestamp));
    expect(headers['X-HubSpot-Signature-v3']).toBe(expectedV3('POST', uri, body, String(timestamp)));
    const verdict = verifyHubspotSignatureV3(
      { method: 'POST', uri, rawBody: body, signature: headers['X-HubSpot-Signature-v3'], timestamp: headers['X-HubSpot-Request-Timestamp'] },
      secret, timestamp,
    );
    expect(verdict).toEqual({ ok: true });
    expect(Signature.isValid({
      signatureVersion: 'v3', signature: headers['X-HubSpot-Signature-v3']!, clientSecret: secret,
      requestBody: body.toString(), url: uri, method: 'POST', timestamp,
    })).toBe(true);
    expect(Signature.isValid({ signatureVersion: 'v1', signature: headers['X-HubSpot-Signature']!, clientSecret: secret, requestBody: body.toString() }))
      .toBe(true);
  });

  it('signs a URI with encoded characters over the decoded form', () => {
    const encoded = 'https://hooks.example.com/hook?next=https%3A%2F%2Fa.example%2F&name=J%C3%BCrgen';
    const headers = deliverySignatureHeaders(secret, encoded, body, now);
    expect(headers['X-HubSpot-Signature-v3'])
      .toBe(expectedV3('POST', 'https://hooks.example.com/hook?next=https://a.example/&name=J%C3%BCrgen', body, String(now)));
  });
});

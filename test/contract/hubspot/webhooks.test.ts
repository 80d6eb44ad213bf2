import { HubspotSandboxSettings } from '../../../connectors/hubspot/sandbox/settings.ts';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Client, Signature } from '@hubspot/api-client';
import type { SubscriptionCreateRequest } from '@hubspot/api-client/lib/codegen/webhooks/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { SANDBOX_DEVELOPER_API_KEY } from '../../../connectors/hubspot/sandbox/routes/webhooks.ts';
import { verifyHubspotSignatureV3 } from '../../../connectors/hubspot/webhook.ts';
import { HubspotWebhookBatchWire, HubspotWebhookSubscriptionListWire } from '../../../connectors/hubspot/wire/webhooks.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// The Webhooks v3 API through the SDK's client.webhooks (developer API key), and signed deliveries
// to a real local receiver. https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide

interface Received { url: string; headers: Record<string, string | string[] | undefined>; raw: Buffer }

let sandbox: StartedHubspotSandbox;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
const answers: number[] = [];
const appId = 4107001;
const { clientSecret } = HubspotSandboxSettings.parse({});

beforeAll(async () => {
  sandbox = await startHubspotSandbox();
  const app = express();
  // Raw bytes: the signature covers the body exactly as sent.
  app.post('/hubspot/webhooks', express.raw({ type: '*/*' }), (req, res) => {
    received.push({ url: req.originalUrl, headers: req.headers, raw: req.body as Buffer });
    res.status(answers.shift() ?? 204).end();
  });
  receiver = await new Promise<Server>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hubspot/webhooks?tenant=acme`;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
afterEach(() => {
  received.length = 0;
  answers.length = 0;
});

/** A subscription body with a plain-string event type where the SDK types an enum. */
const subscription = (body: { eventType: string; propertyName?: string; active?: boolean }) => body as unknown as SubscriptionCreateRequest;

const developer = () => new Client({ developerApiKey: SANDBOX_DEVELOPER_API_KEY, basePath: sandbox.baseUrl }).webhooks;


describe('webhooks settingsApi and subscriptionsApi', () => {
  it('configures the target URL and manages subscriptions with the SDK\'s status codes', async () => {
    const webhooks = developer();
    expect((await sdkError(webhooks.settingsApi.getAll(appId))).code).toBe(404);
    const settings = await webhooks.settingsApi.configure(appId, { targetUrl: receiverUrl, throttling: { maxConcurrentRequests: 10 } });
    expect(settings).toMatchObject({ targetUrl: receiverUrl, throttling: { maxConcurrentRequests: 10 } });
    expect((await webhooks.settingsApi.getAll(appId)).createdAt).toBeInstanceOf(Date);

    const created = await webhooks.subscriptionsApi.create(appId, subscription({ eventType: 'contact.propertyChange', propertyName: 'lifecyclestage', active: true }));
    expect(created).toMatchObject({ eventType: 'contact.propertyChange', propertyName: 'lifecyclestage', active: true });
    const id = Number(created.id);
    expect((await webhooks.subscriptionsApi.update(id, appId, { active: false })).active).toBe(false);
    const batch = await webhooks.subscriptionsApi.updateBatch(appId, { inputs: [{ id, active: true }] });
    expect(batch.results[0]?.active).toBe(true);
    expect((await webhooks.subscriptionsApi.getById(id, appId)).active).toBe(true);
    const raw = await (await fetch(`${sandbox.baseUrl}/webhooks/v3/${appId}/subscriptions?hapikey=${SANDBOX_DEVELOPER_API_KEY}`)).json();
    expect(HubspotWebhookSubscriptionListWire.parse(raw).results.map((s) => s.id)).toContain(String(id));
    expect(shapeDifferences(docFixture('webhooks-subscriptions-list.response.json'), raw)).toEqual([]);
    await webhooks.subscriptionsApi.archive(id, appId);
    expect((await sdkError(webhooks.subscriptionsApi.getById(id, appId))).code).toBe(404);
  });

  it('takes the documented settings body and answers in the documented shape', async () => {
    const body = { ...(docFixture('webhooks-settings.request.json') as object), targetUrl: receiverUrl };
    const response = await fetch(`${sandbox.baseUrl}/webhooks/v3/${appId}/settings?hapikey=${SANDBOX_DEVELOPER_API_KEY}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(shapeDifferences(docFixture('webhooks-settings.response.json'), await response.json())).toEqual([]);
  });

  it('refuses calls without the developer key, for another app, or with impossible subscriptions', async () => {
    const anonymous = await fetch(`${sandbox.baseUrl}/webhooks/v3/${appId}/subscriptions`);
    expect(anonymous.status).toBe(401);
    const wrongKey = new Client({ developerApiKey: 'nope', basePath: sandbox.baseUrl }).webhooks;
    expect((await sdkError(wrongKey.subscriptionsApi.getAll(appId))).code).toBe(401);
    expect((await sdkError(developer().subscriptionsApi.getAll(1))).code).toBe(404);
    const create = (body: { eventType: string; propertyName?: string }) => sdkError(developer().subscriptionsApi.create(appId, subscription(body)));
    expect(await create({ eventType: 'contact.propertyChange' })).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
    expect((await create({ eventType: 'contact.propertyChange', propertyName: 'no_such_property' })).code).toBe(400);
    expect((await create({ eventType: 'contact.teleport' })).code).toBe(400);
  });
});

describe('where the sandbox will deliver', () => {
  it('refuses a target URL off loopback with 400, so the sandbox cannot be made to post to any host', async () => {
    const refused = await sdkError(developer().settingsApi.configure(appId, { targetUrl: 'https://collector.example/hook', throttling: { maxConcurrentRequests: 10 } }));
    expect([refused.code, refused.body.category]).toEqual([400, 'VALIDATION_ERROR']);
    expect(sandbox.hubspot.state.webhooks.settings(appId)?.targetUrl).not.toBe('https://collector.example/hook');
  });

  it('takes a target on the origin the sandbox settings name explicitly', async () => {
    const named = await startHubspotSandbox({ webhookTargetUrl: 'https://hooks.partner.example/hubspot' });
    try {
      const api = new Client({ developerApiKey: SANDBOX_DEVELOPER_API_KEY, basePath: named.baseUrl }).webhooks.settingsApi;
      const saved = await api.configure(appId, { targetUrl: 'https://hooks.partner.example/other?tenant=t2', throttling: { maxConcurrentRequests: 10 } });
      expect(saved.targetUrl).toBe('https://hooks.partner.example/other?tenant=t2');
    } finally {
      await named.close();
    }
  });
});

describe('signed webhook delivery', () => {
  beforeAll(async () => {
    const webhooks = developer();
    await webhooks.settingsApi.configure(appId, { targetUrl: receiverUrl, throttling: { maxConcurrentRequests: 10 } });
    await webhooks.subscriptionsApi.create(appId, subscription({ eventType: 'contact.creation', active: true }));
    await webhooks.subscriptionsApi.create(appId, subscription({ eventType: 'contact.propertyChange', propertyName: 'firstname', active: true }));
  });

  function verifyBoth(request: Received) {
    const signature = String(request.headers['x-hubspot-signature-v3']);
    const timestamp = String(request.headers['x-hubspot-request-timestamp']);
    // The receiver reconstructs the public URI it was called at: scheme, host, path and query.
    const url = `http://${String(request.headers.host)}${request.url}`;
    const sdk = Signature.isValid({
      signatureVersion: 'v3', signature, clientSecret, requestBody: request.raw.toString('utf8'), url, method: 'POST', timestamp: Number(timestamp),
    });
    const product = verifyHubspotSignatureV3({ method: 'POST', uri: url, rawBody: request.raw, signature, timestamp }, clientSecret, Date.now());
    const v1 = Signature.isValid({ signatureVersion: 'v1', signature: String(request.headers['x-hubspot-signature']), clientSecret, requestBody: request.raw.toString('utf8') });
    return { sdk, product, v1 };
  }

  it('delivers creation and property-change events that the SDK and the product verifier both accept', async () => {
    const client = sandbox.client();
    const contact = await client.crm.contacts.basicApi.create({ properties: { email: 'webhook@demo.example', firstname: 'Wendy' }, associations: [] });
    await sandbox.hubspot.flushWebhooks();
    expect(received).toHaveLength(1);
    expect(verifyBoth(received[0]!)).toEqual({ sdk: true, product: { ok: true }, v1: true });
    const batch = HubspotWebhookBatchWire.parse(JSON.parse(received[0]!.raw.toString('utf8')));
    expect(batch.map((e) => e.subscriptionType).sort()).toEqual(['contact.creation', 'contact.propertyChange']);
    expect(batch.find((e) => e.subscriptionType === 'contact.creation')).toMatchObject({ objectId: Number(contact.id), changeFlag: 'NEW', attemptNumber: 0, portalId: 62515001, appId });

    await client.crm.contacts.basicApi.update(contact.id, { properties: { firstname: 'Wanda' } });
    await sandbox.hubspot.flushWebhooks();
    expect(received).toHaveLength(2);
    expect(verifyBoth(received[1]!).product).toEqual({ ok: true });
    expect(shapeDifferences(docFixture('webhook-events-batch.request.json'), JSON.parse(received[1]!.raw.toString('utf8')))).toEqual([]);
    expect(JSON.parse(received[1]!.raw.toString('utf8'))).toEqual([
      expect.objectContaining({ subscriptionType: 'contact.propertyChange', propertyName: 'firstname', propertyValue: 'Wanda', objectId: Number(contact.id) }),
    ]);
  });

  it('retries after a 500 with attemptNumber 1, signed afresh', async () => {
    answers.push(500, 200);
    await sandbox.client().crm.contacts.basicApi.create({ properties: { email: 'retry@demo.example' }, associations: [] });
    await sandbox.hubspot.flushWebhooks();
    await sandbox.hubspot.flushWebhooks();
    expect(received).toHaveLength(2);
    const [first, retry] = received.map((r) => JSON.parse(r.raw.toString('utf8')) as Array<{ attemptNumber: number; eventId: number }>);
    expect(first!.map((e) => e.attemptNumber)).toEqual([0]);
    expect(retry!.map((e) => e.attemptNumber)).toEqual([1]);
    expect(retry![0]!.eventId).toBe(first![0]!.eventId);
    expect(verifyBoth(received[1]!)).toEqual({ sdk: true, product: { ok: true }, v1: true });
  });
});

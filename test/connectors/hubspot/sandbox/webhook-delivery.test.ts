import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { retryDelayMs } from '../../../../connectors/hubspot/sandbox/webhook-delivery.ts';
import { verifyHubspotSignatureV3 } from '../../../../connectors/hubspot/webhook.ts';
import { events, setup } from './webhook-delivery-harness.ts';

// Webhook delivery with an injected fetch and timers: batching, signatures, retries and give-up,
// all without a network or a sleep.

describe('webhook delivery', () => {
  it('sends matching events as one signed JSON array and nothing for unsubscribed changes', async () => {
    const t = setup();
    t.subscribe('contact.creation');
    t.subscribe('contact.propertyChange', 'lifecyclestage');
    const contact = t.state.records.create('contacts', { email: 'a@b.example', lifecyclestage: 'lead', firstname: 'Ada' }, t.api);
    t.state.records.create('companies', { name: 'Acme' }, t.api);
    await t.delivery.flush();
    expect(t.sent).toHaveLength(1);
    const [creation, change] = events(t.sent[0]!);
    expect(creation).toMatchObject({
      subscriptionType: 'contact.creation', objectId: Number(contact.id), changeFlag: 'NEW', attemptNumber: 0,
      portalId: t.settings.portalId, appId: t.settings.appId, changeSource: 'INTEGRATION', occurredAt: t.clock.now(),
    });
    expect(change).toMatchObject({ subscriptionType: 'contact.propertyChange', propertyName: 'lifecyclestage', propertyValue: 'lead' });
    const { headers, body, url } = t.sent[0]!;
    expect(url).toBe('https://hooks.example.com/hubspot?tenant=t1');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-hubspot-signature-version')).toBe('v1');
    expect(headers.get('x-hubspot-signature')).toBe(createHash('sha256').update(t.settings.clientSecret + body).digest('hex'));
    const verdict = verifyHubspotSignatureV3({
      method: 'POST', uri: url, rawBody: Buffer.from(body), signature: headers.get('x-hubspot-signature-v3') ?? undefined,
      timestamp: headers.get('x-hubspot-request-timestamp') ?? undefined,
    }, t.settings.clientSecret, t.clock.now());
    expect(verdict).toEqual({ ok: true });
  });

  it('splits more events than the batch size into several deliveries', async () => {
    const t = setup({ webhookBatchSize: 2 });
    t.subscribe('company.creation');
    for (let i = 0; i < 5; i += 1) t.state.records.create('companies', { name: `Co ${i}` }, t.api);
    await t.delivery.flush();
    expect(t.sent.map((s) => events(s).length)).toEqual([2, 2, 1]);
  });

  it('retries a failed delivery after its backoff with attemptNumber 1, the same eventId', async () => {
    const t = setup({}, [500, 200]);
    t.subscribe('deal.creation');
    t.state.records.create('deals', { dealname: 'Big one' }, t.api);
    await t.delivery.flush();
    expect(t.delivery.stats()).toMatchObject({ pending: 1, failedAttempts: 1, delivered: 0 });
    expect([...t.timers.scheduled.values()].map((s) => s.ms)).toEqual([retryDelayMs(1, () => 0.5)]);
    t.timers.fireRetries();
    await t.delivery.flush();
    expect(t.sent.map((s) => events(s)[0]!.attemptNumber)).toEqual([0, 1]);
    expect(events(t.sent[1]!)[0]!.eventId).toBe(events(t.sent[0]!)[0]!.eventId);
    expect(t.delivery.stats()).toMatchObject({ pending: 0, delivered: 1 });
  });

  it('treats a timeout and a refused connection as failures too', async () => {
    const t = setup({}, ['hang', 'refuse', 200]);
    t.subscribe('contact.creation');
    t.state.records.create('contacts', { email: 'x@y.example' }, t.api);
    const first = t.delivery.flush();
    // The 5 s answer timeout is the only timer scheduled while the request hangs.
    await new Promise((resolve) => setImmediate(resolve));
    expect(t.timers.fireRetries(5000)).toBe(1);
    await first;
    await t.delivery.flush();
    await t.delivery.flush();
    expect(t.sent.map((s) => events(s)[0]!.attemptNumber)).toEqual([0, 1, 2]);
    expect(t.delivery.stats()).toMatchObject({ failedAttempts: 2, delivered: 1, pending: 0 });
  });

  it('gives up after ten retries', async () => {
    const t = setup({}, Array.from({ length: 11 }, () => 503));
    t.subscribe('contact.deletion');
    const contact = t.state.records.create('contacts', { email: 'z@y.example' }, t.api);
    t.state.records.archive('contacts', contact.id, t.api);
    for (let i = 0; i < 12; i += 1) await t.delivery.flush();
    expect(t.sent).toHaveLength(11);
    expect(events(t.sent[10]!)[0]).toMatchObject({ attemptNumber: 10, changeFlag: 'DELETED' });
    expect(t.delivery.stats()).toMatchObject({ pending: 0, dropped: 1 });
  });

  it('prefers the target URL set through the settings API, and drops events when there is none', async () => {
    const t = setup({ webhookTargetUrl: undefined });
    t.subscribe('contact.creation');
    t.state.records.create('contacts', { email: 'n@o.example' }, t.api);
    await t.delivery.flush();
    expect(t.sent).toHaveLength(0);
    expect(t.delivery.stats().dropped).toBe(1);
    t.state.webhooks.configure(t.settings.appId, { targetUrl: 'http://127.0.0.1:9' }, t.clock.now());
    t.state.records.create('contacts', { email: 'm@o.example' }, t.api);
    await t.delivery.flush();
    // Signed and sent exactly as fetch sends it: a bare origin gains its trailing slash.
    expect(t.sent.map((s) => s.url)).toEqual(['http://127.0.0.1:9/']);
  });

  it('sends nothing for paused subscriptions or after stop()', async () => {
    const t = setup();
    const created = t.subscribe('contact.creation');
    if (!created.ok) throw new Error(created.message);
    t.state.webhooks.setActive(t.settings.appId, created.subscription.id, false, t.clock.now());
    t.state.records.create('contacts', { email: 'p@q.example' }, t.api);
    await t.delivery.flush();
    t.state.webhooks.setActive(t.settings.appId, created.subscription.id, true, t.clock.now());
    t.delivery.stop();
    t.state.records.create('contacts', { email: 'r@q.example' }, t.api);
    await t.delivery.flush();
    expect(t.sent).toHaveLength(0);
  });

  it('logs a delivery run that fails unexpectedly instead of leaving its rejection unhandled', async () => {
    const t = setup();
    t.subscribe('contact.creation');
    const logged = vi.spyOn(t.ctx.log, 'error');
    vi.spyOn(t.state.webhooks, 'settings').mockImplementation(() => {
      throw new Error('settings store unavailable');
    });
    t.state.records.create('contacts', { email: 'boom@q.example' }, t.api);
    expect(t.timers.fireKicks()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged).toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'settings store unavailable' }) }, expect.any(String));
  });

  it('forgets queued events and waiting retries on clear(), and delivers what comes after', async () => {
    const t = setup({}, [500]);
    t.subscribe('contact.creation');
    t.state.records.create('contacts', { email: 'old@q.example' }, t.api);
    await t.delivery.flush();
    t.state.records.create('contacts', { email: 'queued@q.example' }, t.api);
    t.delivery.clear();
    expect([t.delivery.stats().pending, t.timers.scheduled.size]).toEqual([0, 0]);
    const fresh = t.state.records.create('contacts', { email: 'new@q.example' }, t.api);
    await t.delivery.flush();
    expect(t.sent.slice(1).map((s) => events(s).map((e) => e.objectId))).toEqual([[Number(fresh.id)]]);
  });

  it('drops events rather than post them to a host that is neither loopback nor the configured origin', async () => {
    const t = setup();
    t.subscribe('contact.creation');
    t.state.webhooks.configure(t.settings.appId, { targetUrl: 'https://elsewhere.example/collect' }, t.clock.now());
    t.state.records.create('contacts', { email: 'leak@q.example' }, t.api);
    await t.delivery.flush();
    expect([t.sent.length, t.delivery.stats().dropped]).toEqual([0, 1]);
  });
});

import { CallLedger, FaultInjector, ManualClock, TokenStore } from '../../../../src/sandbox-kit/index.ts';
import type { SandboxContext } from '../../../../src/sandbox-kit/index.ts';
import { silentLogger } from '../../../../src/logging/logger.ts';
import { HubspotSandboxSettings } from '../../../../connectors/hubspot/sandbox/settings.ts';
import type { HubspotSandboxSettingsInput } from '../../../../connectors/hubspot/sandbox/settings.ts';
import { HubspotSandboxState } from '../../../../connectors/hubspot/sandbox/state/index.ts';
import { startWebhookDelivery } from '../../../../connectors/hubspot/sandbox/webhook-delivery.ts';
import type { DeliveryTimers } from '../../../../connectors/hubspot/sandbox/webhook-delivery.ts';
import { HubspotWebhookBatchWire } from '../../../../connectors/hubspot/wire/webhooks.ts';

// Webhook delivery wired to an injected fetch and timers, for webhook-delivery.test.ts: no network, no sleeps.

/** Timers that fire only when the test says so. */
export class ManualTimers implements DeliveryTimers {
  private next = 1;
  readonly scheduled = new Map<number, { callback: () => void; ms: number }>();
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.scheduled.set(id, { callback, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.scheduled.delete(handle as number);
  }
  /** Fires the 0 ms kicks that start a delivery run after a change. */
  fireKicks(): number {
    const due = [...this.scheduled].filter(([, t]) => t.ms === 0);
    for (const [id, t] of due) {
      this.scheduled.delete(id);
      t.callback();
    }
    return due.length;
  }
  /** Fires every timer scheduled for at least `minMs` (retry backoffs), leaving 0 ms kicks alone. */
  fireRetries(minMs = 1): number {
    const due = [...this.scheduled].filter(([, t]) => t.ms >= minMs);
    for (const [id, t] of due) {
      this.scheduled.delete(id);
      t.callback();
    }
    return due.length;
  }
}

export interface Sent { url: string; headers: Headers; body: string }

export function setup(settingsInput: HubspotSandboxSettingsInput = {}, answers: Array<number | 'hang' | 'refuse'> = []) {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12, 0, 0));
  const tokens = new TokenStore({ clock });
  const ctx: SandboxContext = {
    vendor: 'hubspot', ledger: new CallLedger(), faults: new FaultInjector({ onExpireTokens: () => tokens.expireAll() }),
    tokens, clock, log: silentLogger(), baseUrl: () => 'http://127.0.0.1:1/hubspot',
  };
  const settings = HubspotSandboxSettings.parse({ webhookTargetUrl: 'https://hooks.example.com/hubspot?tenant=t1', ...settingsInput });
  const state = new HubspotSandboxState({ clock });
  const sent: Sent[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), headers: new Headers(init?.headers), body: Buffer.from(init?.body as Buffer).toString('utf8') });
    const answer = answers.shift() ?? 200;
    if (answer === 'refuse') throw new TypeError('fetch failed: connection refused');
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    }
    return new Response(null, { status: answer });
  }) as typeof globalThis.fetch;
  const timers = new ManualTimers();
  const delivery = startWebhookDelivery({ ctx, settings, state }, { fetch, timers, random: () => 0.5 });
  const subscribe = (eventType: string, propertyName?: string) =>
    state.webhooks.create(settings.appId, { eventType, ...(propertyName ? { propertyName } : {}) }, clock.now());
  const api = { sourceType: 'INTEGRATION', sourceId: String(settings.appId) };
  return { ctx, clock, settings, state, sent, timers, delivery, subscribe, api };
}

export const events = (s: Sent) => HubspotWebhookBatchWire.parse(JSON.parse(s.body));

// Sends the app's webhook events to its target URL the way HubSpot does: JSON arrays of up to
// 100 events, signed (v1 and v3) over the exact bytes sent, retried on failure with attemptNumber.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide (delivery, retries, concurrency)
import type { HubspotSandboxDeps } from './deps.ts';
import { DEFAULT_MAX_CONCURRENT_REQUESTS } from './state/webhook-subscriptions.ts';
import type { HubspotWebhookEvent } from './webhook-events.ts';
import { eventsForChange } from './webhook-events.ts';
import { deliverySignatureHeaders } from './webhook-signer.ts';
import { webhookTargetProblem } from './webhook-targets.ts';
import type { DeliveryTimers, WebhookDelivery, WebhookDeliveryOptions } from './webhook-delivery-types.ts';

export type { DeliveryTimers, WebhookDelivery, WebhookDeliveryOptions, WebhookDeliveryStats } from './webhook-delivery-types.ts';

interface Queued {
  event: HubspotWebhookEvent;
  /** Retries wait for their backoff timer; fresh events are due at once. */
  due: boolean;
  timer?: unknown;
  /** Which portal state the event belongs to: a retry from before clear() is not queued again. */
  generation: number;
}

const systemTimers: DeliveryTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Retry n waits 1, 2, 4 … minutes (at most 8 h), randomised ±50%: ten retries span roughly a day. */
export function retryDelayMs(retry: number, random: () => number): number {
  return Math.min(60_000 * 2 ** (retry - 1), 8 * 3_600_000) * (0.5 + random());
}

export function startWebhookDelivery(deps: HubspotSandboxDeps, options: WebhookDeliveryOptions = {}): WebhookDelivery {
  const { ctx, settings, state } = deps;
  const send = options.fetch ?? globalThis.fetch;
  const timers = options.timers ?? systemTimers;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxRetries = options.maxRetries ?? 10;
  let queue: Queued[] = [];
  const inFlight = new Set<Promise<void>>();
  let kick: unknown;
  let stopped = false;
  let nextEventId = 3_000_000_001;
  let generation = 0;
  let active = 0;
  const waiting: Array<() => void> = [];
  const stats = { delivered: 0, failedAttempts: 0, dropped: 0 };

  const unsubscribe = state.records.onChange((change) => {
    if (stopped) return;
    const events = eventsForChange(change, state.webhooks, { portalId: settings.portalId, appId: settings.appId, nextEventId: () => nextEventId++ });
    if (events.length === 0) return;
    queue.push(...events.map((event) => ({ event, due: true, generation })));
    if (kick === undefined) kick = timers.setTimeout(() => { kick = undefined; track(pump(false)); }, 0);
  });

  const appSettings = () => state.webhooks.settings(settings.appId);

  // Pumps run from timers: a failure is logged here, never left as an unhandled rejection (fatal in Node).
  function track(work: Promise<void>): void {
    inFlight.add(work);
    void work.catch((err: unknown) => ctx.log.error({ err }, 'hubspot webhook delivery failed unexpectedly')).finally(() => inFlight.delete(work));
  }

  // At most maxConcurrentRequests deliveries are open at once, across every pump.
  async function slot(): Promise<() => void> {
    const limit = appSettings()?.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS;
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    return () => {
      active -= 1;
      waiting.shift()?.();
    };
  }

  async function pump(includeWaiting: boolean): Promise<void> {
    const ready: Queued[] = [];
    const waitingStill: Queued[] = [];
    for (const q of queue) (q.due || includeWaiting ? ready : waitingStill).push(q);
    queue = waitingStill;
    for (const q of ready) if (q.timer !== undefined) timers.clearTimeout(q.timer);
    const size = settings.webhookBatchSize;
    const batches: Queued[][] = [];
    for (let i = 0; i < ready.length; i += size) batches.push(ready.slice(i, i + size));
    await Promise.all(batches.map(async (batch) => {
      const release = await slot();
      try {
        await deliver(batch);
      } finally {
        release();
      }
    }));
  }

  async function deliver(batch: Queued[]): Promise<void> {
    const configured = appSettings()?.targetUrl ?? settings.webhookTargetUrl;
    const refused = configured === undefined ? 'the app has no target URL' : webhookTargetProblem(configured, settings);
    if (configured === undefined || refused !== undefined) {
      stats.dropped += batch.length;
      ctx.log.warn({ events: batch.length, target: configured }, `hubspot webhook events dropped: ${refused}`);
      return;
    }
    // Signed exactly as fetch will send it (URL normalisation adds e.g. the trailing slash of a bare origin).
    const target = new URL(configured).href;
    const body = Buffer.from(JSON.stringify(batch.map((q) => q.event)), 'utf8');
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/) - WebhooksExecutorDaemon',
      ...deliverySignatureHeaders(settings.clientSecret, target, body, ctx.clock.now()),
    };
    const abort = new AbortController();
    const timeout = timers.setTimeout(() => abort.abort(), timeoutMs);
    let failure: string | undefined;
    try {
      const response = await send(target, { method: 'POST', headers, body, signal: abort.signal, redirect: 'manual' });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status < 200 || response.status > 299) failure = `HTTP ${response.status}`;
    } catch (err) {
      failure = abort.signal.aborted ? `no answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err);
    } finally {
      timers.clearTimeout(timeout);
    }
    if (failure === undefined) {
      stats.delivered += batch.length;
      return;
    }
    stats.failedAttempts += 1;
    ctx.log.warn({ target, failure, events: batch.length }, 'hubspot webhook delivery failed');
    for (const q of batch) retryLater(q);
  }

  function retryLater(q: Queued): void {
    const retry = q.event.attemptNumber + 1;
    if (q.generation !== generation) return;
    if (retry > maxRetries || stopped) {
      stats.dropped += 1;
      return;
    }
    const next: Queued = { event: { ...q.event, attemptNumber: retry }, due: false, generation };
    next.timer = timers.setTimeout(() => {
      next.timer = undefined;
      next.due = true;
      track(pump(false));
    }, retryDelayMs(retry, random));
    queue.push(next);
  }

  function clearQueue(): void {
    generation += 1;
    if (kick !== undefined) timers.clearTimeout(kick);
    kick = undefined;
    for (const q of queue) if (q.timer !== undefined) timers.clearTimeout(q.timer);
    queue = [];
  }

  return {
    async flush() {
      if (kick !== undefined) {
        timers.clearTimeout(kick);
        kick = undefined;
      }
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      const work = pump(true);
      track(work);
      await work;
    },
    clear: clearQueue,
    stop() {
      stopped = true;
      unsubscribe();
      clearQueue();
    },
    stats: () => ({ pending: queue.length, ...stats }),
  };
}

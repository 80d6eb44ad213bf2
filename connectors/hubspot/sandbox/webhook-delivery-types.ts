// What webhook delivery (webhook-delivery.ts) offers and takes.

export interface DeliveryTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WebhookDeliveryOptions {
  fetch?: typeof globalThis.fetch;
  /** Injected so tests control retries and timeouts without sleeping. */
  timers?: DeliveryTimers;
  random?: () => number;
  /** HubSpot gives the target 5 s to answer. */
  timeoutMs?: number;
  /** Up to 10 retries, spread over about a day. */
  maxRetries?: number;
}

export interface WebhookDeliveryStats {
  pending: number;
  delivered: number;
  failedAttempts: number;
  /** Events given up on: retries exhausted, or no target URL to send them to. */
  dropped: number;
}

export interface WebhookDelivery {
  /** Sends every queued event now (waiting retries included, once each) and waits for the answers. */
  flush(): Promise<void>;
  /** Forgets every queued event and waiting retry (the portal was reset or reseeded); delivery goes on. */
  clear(): void;
  stop(): void;
  stats(): WebhookDeliveryStats;
}

// An app's webhook settings (target URL, concurrency) and event subscriptions, per app id.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide

export interface WebhookSettingsRecord {
  targetUrl: string;
  maxConcurrentRequests: number;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookSubscription {
  id: number;
  eventType: string;
  propertyName?: string;
  /** Generic `object.*` subscriptions name the object type they watch (`0-1`). */
  objectTypeId?: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface NewSubscription {
  eventType: string;
  propertyName?: string;
  objectTypeId?: string;
  active?: boolean;
}

export type SubscriptionOutcome = { ok: true; subscription: WebhookSubscription } | { ok: false; problem: 'conflict' | 'not_found'; message: string };

/** Per-account concurrency defaults to 10 when an app sets a target URL without throttling. */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;

interface AppWebhooks {
  settings?: WebhookSettingsRecord;
  subscriptions: WebhookSubscription[];
}

export class WebhookSubscriptions {
  private apps = new Map<number, AppWebhooks>();
  private nextId = 686_627;

  settings(appId: number): WebhookSettingsRecord | undefined {
    return this.apps.get(appId)?.settings;
  }

  configure(appId: number, input: { targetUrl: string; maxConcurrentRequests?: number }, now: number): WebhookSettingsRecord {
    const app = this.app(appId);
    app.settings = {
      targetUrl: input.targetUrl,
      maxConcurrentRequests: input.maxConcurrentRequests ?? app.settings?.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS,
      createdAt: app.settings?.createdAt ?? now,
      updatedAt: now,
    };
    return app.settings;
  }

  /** Removes the target URL; subscriptions stay but nothing is delivered. */
  clearSettings(appId: number): boolean {
    const app = this.apps.get(appId);
    if (!app?.settings) return false;
    delete app.settings;
    return true;
  }

  list(appId: number): WebhookSubscription[] {
    return [...(this.apps.get(appId)?.subscriptions ?? [])];
  }

  get(appId: number, id: number): WebhookSubscription | undefined {
    return this.apps.get(appId)?.subscriptions.find((s) => s.id === id);
  }

  create(appId: number, input: NewSubscription, now: number): SubscriptionOutcome {
    const app = this.app(appId);
    const same = app.subscriptions.find(
      (s) => s.eventType === input.eventType && s.propertyName === input.propertyName && s.objectTypeId === input.objectTypeId,
    );
    if (same) {
      return { ok: false, problem: 'conflict', message: `A subscription for ${describe(input)} already exists (id ${same.id}).` };
    }
    const subscription: WebhookSubscription = {
      id: this.nextId++,
      eventType: input.eventType,
      ...(input.propertyName !== undefined ? { propertyName: input.propertyName } : {}),
      ...(input.objectTypeId !== undefined ? { objectTypeId: input.objectTypeId } : {}),
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
    app.subscriptions.push(subscription);
    return { ok: true, subscription };
  }

  setActive(appId: number, id: number, active: boolean, now: number): SubscriptionOutcome {
    const subscription = this.get(appId, id);
    if (!subscription) return { ok: false, problem: 'not_found', message: `Subscription ${id} not found for app ${appId}` };
    subscription.active = active;
    subscription.updatedAt = now;
    return { ok: true, subscription };
  }

  archive(appId: number, id: number): boolean {
    const app = this.apps.get(appId);
    const index = app?.subscriptions.findIndex((s) => s.id === id) ?? -1;
    if (!app || index < 0) return false;
    app.subscriptions.splice(index, 1);
    return true;
  }

  /**
   * The active subscriptions an event matches: `contact.creation`, `contact.propertyChange` for
   * that property, or a generic `object.*` subscription on the object's type id.
   */
  matching(appId: number, event: { eventType: string; objectTypeId: string; propertyName?: string }): WebhookSubscription[] {
    const action = event.eventType.slice(event.eventType.indexOf('.') + 1);
    return this.list(appId).filter((s) => {
      if (!s.active) return false;
      const classic = s.eventType === event.eventType;
      const generic = s.eventType === `object.${action}` && s.objectTypeId === event.objectTypeId;
      if (!classic && !generic) return false;
      return !action.startsWith('propertyChange') || s.propertyName === event.propertyName;
    });
  }

  reset(): void {
    this.apps = new Map();
    this.nextId = 686_627;
  }

  snapshot(): Record<string, { settings?: WebhookSettingsRecord; subscriptions: WebhookSubscription[] }> {
    return Object.fromEntries([...this.apps].map(([appId, app]) => [String(appId), structuredClone(app)]));
  }

  private app(appId: number): AppWebhooks {
    let app = this.apps.get(appId);
    if (!app) {
      app = { subscriptions: [] };
      this.apps.set(appId, app);
    }
    return app;
  }
}

function describe(input: NewSubscription): string {
  return [input.eventType, input.objectTypeId, input.propertyName].filter(Boolean).join(' ');
}

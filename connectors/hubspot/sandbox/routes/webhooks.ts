// The Webhooks API v3 (an app's settings and subscriptions) as the SDK's client.webhooks calls it.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide
// Auth: the developer API key in the `hapikey` query parameter (SDK: new Client({ developerApiKey })).
// Success codes from the SDK's response processors: create 201, archive/clear 204, batch 200/207, the rest 200.
import express from 'express';
import type { Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { resolveObjectType } from '../object-types.ts';
import { isoOf } from '../state/stored-record.ts';
import type { WebhookSettingsRecord, WebhookSubscription } from '../state/webhook-subscriptions.ts';
import { isPropertyChange, objectTypeOfEvent, WEBHOOK_EVENT_TYPES } from '../webhook-event-types.ts';
import { stringParam } from './query-params.ts';
import { parseBody } from './validation.ts';
import type { BatchError } from './batch-envelope.ts';
import { sendBatch } from './batch-envelope.ts';
import { HubspotSandboxSettings } from '../settings.ts';
import { webhookTargetProblem } from '../webhook-targets.ts';

/** The sandbox app's developer API key by default (settings.developerApiKey). */
export const SANDBOX_DEVELOPER_API_KEY = HubspotSandboxSettings.parse({}).developerApiKey;

const SettingsBody = z.object({
  targetUrl: z.string().url().refine((url) => /^https?:/.test(url), 'targetUrl must be an http(s) URL'),
  // Concurrency below 5 is refused by HubSpot's settings page; the default is 10.
  throttling: z.object({ maxConcurrentRequests: z.number().int().min(5).max(1000), period: z.string().optional() }),
});
const SubscriptionBody = z.object({
  eventType: z.string().refine((t) => WEBHOOK_EVENT_TYPES.has(t), 'eventType is not a supported subscription type'),
  propertyName: z.string().min(1).optional(),
  objectTypeId: z.string().regex(/^\d+-\d+$/, 'objectTypeId looks like 0-1').optional(),
  active: z.boolean().optional(),
});
const PatchBody = z.object({ active: z.boolean() });
const BatchBody = z.object({ inputs: z.array(z.object({ id: z.number().int(), active: z.boolean() })).max(100) });

export function subscriptionJson(s: WebhookSubscription) {
  return {
    id: String(s.id), eventType: s.eventType, active: s.active, createdAt: isoOf(s.createdAt), updatedAt: isoOf(s.updatedAt),
    ...(s.propertyName !== undefined ? { propertyName: s.propertyName } : {}),
    ...(s.objectTypeId !== undefined ? { objectTypeId: s.objectTypeId } : {}),
  };
}

export function settingsJson(s: WebhookSettingsRecord) {
  return { targetUrl: s.targetUrl, throttling: { maxConcurrentRequests: s.maxConcurrentRequests, period: 'SECONDLY' }, createdAt: isoOf(s.createdAt), updatedAt: isoOf(s.updatedAt) };
}

export function webhookRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, settings, state } = deps;
  const router = express.Router();

  // Every call needs the app's developer key, and only the sandbox's own app exists.
  const developerKey: RequestHandler = (req, res, next) => {
    const key = stringParam(req, 'hapikey');
    if (key === undefined) {
      return sendReply(res, hubspotError(401, 'INVALID_AUTHENTICATION', 'This API requires a developer API key in the hapikey query parameter.'));
    }
    if (key !== settings.developerApiKey) return sendReply(res, hubspotError(401, 'INVALID_AUTHENTICATION', 'The developer API key provided is invalid.'));
    next();
  };
  // JSON bodies are parsed (and malformed ones answered) by app.ts before the public routes.
  router.use('/webhooks/v3/:appId', developerKey, (req, res, next) => {
    if (req.params.appId !== String(settings.appId)) return sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `App ${String(req.params.appId)} not found`));
    next();
  });
  const appId = settings.appId;
  const subscriptionId = (req: Request) => Number(req.params.subscriptionId);
  const noSubscription = (res: Response, req: Request) =>
    sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `Subscription ${String(req.params.subscriptionId)} not found for app ${appId}`));

  // GET /webhooks/v3/{appId}/settings — https://developers.hubspot.com/docs/api-reference/legacy/webhooks/settings/get-setting
  router.get('/webhooks/v3/:appId/settings', (_req, res) => {
    const current = state.webhooks.settings(appId);
    if (!current) return sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `No webhook settings found for app ${appId}`));
    res.json(settingsJson(current));
  });

  // PUT /webhooks/v3/{appId}/settings — target URL and concurrency
  // https://developers.hubspot.com/docs/api-reference/legacy/webhooks/settings/update-setting
  router.put('/webhooks/v3/:appId/settings', (req, res) => {
    const body = parseBody(SettingsBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    // The sandbox only delivers to loopback hosts or the origin its operator configured (webhook-targets.ts).
    const refused = webhookTargetProblem(body.value.targetUrl, settings);
    if (refused) return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', refused, { errors: [{ message: refused, code: 'INVALID_FIELD', in: 'targetUrl' }] }));
    const saved = state.webhooks.configure(appId, { targetUrl: body.value.targetUrl, maxConcurrentRequests: body.value.throttling.maxConcurrentRequests }, ctx.clock.now());
    res.json(settingsJson(saved));
  });

  // DELETE /webhooks/v3/{appId}/settings (204)
  router.delete('/webhooks/v3/:appId/settings', (_req, res) => {
    state.webhooks.clearSettings(appId);
    res.status(204).end();
  });

  // GET /webhooks/v3/{appId}/subscriptions — https://developers.hubspot.com/docs/api-reference/legacy/webhooks/subscriptions/get-subscriptions
  router.get('/webhooks/v3/:appId/subscriptions', (_req, res) => {
    res.json({ results: state.webhooks.list(appId).map(subscriptionJson) });
  });

  // POST /webhooks/v3/{appId}/subscriptions (201)
  router.post('/webhooks/v3/:appId/subscriptions', (req, res) => {
    const body = parseBody(SubscriptionBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const { eventType, propertyName, objectTypeId } = body.value;
    const problem = subscriptionProblem(eventType, propertyName, objectTypeId, (type, name) => state.properties.has(type, name));
    if (problem) return sendReply(res, hubspotError(400, 'VALIDATION_ERROR', problem));
    const outcome = state.webhooks.create(appId, body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, hubspotError(409, 'CONFLICT', outcome.message));
    res.status(201).json(subscriptionJson(outcome.subscription));
  });

  // POST /webhooks/v3/{appId}/subscriptions/batch/update — activate or pause several (200, 207 with errors)
  router.post('/webhooks/v3/:appId/subscriptions/batch/update', (req, res) => {
    const body = parseBody(BatchBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const startedAt = ctx.clock.now();
    const results: ReturnType<typeof subscriptionJson>[] = [];
    const errors: BatchError[] = [];
    for (const input of body.value.inputs) {
      const outcome = state.webhooks.setActive(appId, input.id, input.active, ctx.clock.now());
      if (outcome.ok) results.push(subscriptionJson(outcome.subscription));
      else errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND', message: outcome.message, context: { id: [String(input.id)] }, errors: [], links: {} });
    }
    sendBatch(res, 200, results, errors, startedAt, ctx.clock.now());
  });

  // GET /webhooks/v3/{appId}/subscriptions/{subscriptionId}
  router.get('/webhooks/v3/:appId/subscriptions/:subscriptionId', (req, res) => {
    const subscription = state.webhooks.get(appId, subscriptionId(req));
    if (!subscription) return noSubscription(res, req);
    res.json(subscriptionJson(subscription));
  });

  // PATCH /webhooks/v3/{appId}/subscriptions/{subscriptionId} — { active }
  // https://developers.hubspot.com/docs/api-reference/legacy/webhooks/subscriptions/update-subscription
  router.patch('/webhooks/v3/:appId/subscriptions/:subscriptionId', (req, res) => {
    const body = parseBody(PatchBody, req.body);
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = state.webhooks.setActive(appId, subscriptionId(req), body.value.active, ctx.clock.now());
    if (!outcome.ok) return noSubscription(res, req);
    res.json(subscriptionJson(outcome.subscription));
  });

  // DELETE /webhooks/v3/{appId}/subscriptions/{subscriptionId} (204)
  router.delete('/webhooks/v3/:appId/subscriptions/:subscriptionId', (req, res) => {
    if (!state.webhooks.archive(appId, subscriptionId(req))) return noSubscription(res, req);
    res.status(204).end();
  });

  return router;
}

/** What is wrong with a subscription's combination of fields, if anything. */
function subscriptionProblem(
  eventType: string, propertyName: string | undefined, objectTypeId: string | undefined, propertyExists: (type: string, name: string) => boolean,
): string | undefined {
  const generic = eventType.startsWith('object.');
  if (generic && !objectTypeId) return `${eventType} subscriptions need an objectTypeId.`;
  if (!generic && objectTypeId) return `objectTypeId is only allowed on object.* subscriptions.`;
  if (!isPropertyChange(eventType)) return propertyName ? `propertyName is only allowed on propertyChange subscriptions.` : undefined;
  if (!propertyName) return `${eventType} subscriptions need a propertyName.`;
  const type = generic ? resolveObjectType(objectTypeId!) : objectTypeOfEvent(eventType);
  if (type && !propertyExists(type, propertyName)) return `Property ${propertyName} does not exist on ${type}.`;
  return undefined;
}

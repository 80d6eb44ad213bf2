import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import type { HubspotSandboxDeps } from './deps.ts';
import { resolveObjectType } from './object-types.ts';
import { HubspotPropertyValuesInput } from '../wire/object-record.ts';
import { normaliseValues } from './state/stored-record.ts';
import { sendReply } from '../../../src/sandbox-kit/index.ts';
import { checkUnique, problemReply } from './routes/write-checks.ts';
import { hubspotBenchControls } from './bench-controls.ts';

const CrmEdit = z.object({
  properties: HubspotPropertyValuesInput,
  /** Who made the edit, as property history and webhooks will say: a rep in the CRM by default. */
  sourceType: z.string().default('CRM_UI'),
  sourceId: z.string().optional(),
}).strict();

/**
 * HubSpot-only controls under `/hubspot/__sandbox/`: things that happen inside HubSpot rather than
 * through the API (a rep edits or restores a record), delivering queued webhooks now, and the sync
 * benchmark's seed, edits and check (bench-controls.ts).
 */
export function hubspotControls(deps: HubspotSandboxDeps, flushWebhooks: () => Promise<void>): Router {
  const router = express.Router();

  router.post('/webhooks/flush', async (_req, res) => {
    await flushWebhooks();
    res.status(204).end();
  });

  // A person edits a record in HubSpot: no validation beyond the shape, as the UI has its own, except
  // that HubSpot keeps unique values unique there too (409 CONFLICT, as the API would answer).
  router.post('/crm/:objectType/:objectId', (req, res) => {
    const type = resolveObjectType(String(req.params.objectType));
    const parsed = CrmEdit.safeParse(req.body);
    if (!type || !parsed.success) return void res.status(400).json({ error: 'invalid_control', message: 'expected a known object type and {properties, sourceType?, sourceId?}' });
    const record = deps.state.records.get(type, String(req.params.objectId));
    if (!record || record.archivedAt !== null) return void res.status(404).json({ error: 'unknown_record' });
    const { sourceType, sourceId } = parsed.data;
    const values = normaliseValues(parsed.data.properties);
    const shared = checkUnique(deps, type, values, { existing: record });
    if (shared) return sendReply(res, problemReply(deps, type, shared));
    deps.state.records.update(type, record.id, values, { sourceType, ...(sourceId ? { sourceId } : {}) });
    res.status(204).end();
  });

  // A person restores an archived record from HubSpot's recycle bin (the API has no restore).
  router.post('/crm/:objectType/:objectId/restore', (req, res) => {
    const type = resolveObjectType(String(req.params.objectType));
    if (!type) return void res.status(400).json({ error: 'invalid_control', message: 'unknown object type' });
    const restored = deps.state.records.restore(type, String(req.params.objectId), { sourceType: 'CRM_UI' });
    if (!restored) return void res.status(409).json({ error: 'not_restorable', message: 'no archived record with that id, or its unique values are taken' });
    res.status(204).end();
  });

  router.use(hubspotBenchControls(deps));

  return router;
}

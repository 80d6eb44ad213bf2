// The Pipelines API v3 as the SDK's client.crm.pipelines.pipelinesApi / pipelineStagesApi call it.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide
// Success codes from the SDK's response processors: create 201, archive 204, everything else 200.
import express from 'express';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { isoOf } from '../state/stored-record.ts';
import type { PipelineObjectType, PipelineOutcome, PipelineRecord, PipelineStageRecord } from '../state/pipelines.ts';
import { resolvePipelineObjectType } from '../state/pipelines.ts';
import { parseBody } from './validation.ts';

const Metadata = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));
const StageInput = z.object({ label: z.string().min(1), displayOrder: z.number().int(), metadata: Metadata.optional() });
const PipelineInput = z.object({ label: z.string().min(1), displayOrder: z.number().int(), stages: z.array(StageInput) });
const PatchInput = z.object({
  label: z.string().min(1).optional(),
  displayOrder: z.number().int().optional(),
  archived: z.boolean().optional(),
  metadata: Metadata.optional(),
});

export function stageJson(stage: PipelineStageRecord) {
  return {
    id: stage.id, label: stage.label, displayOrder: stage.displayOrder, metadata: { ...stage.metadata },
    writePermissions: stage.writePermissions, createdAt: isoOf(stage.createdAt), updatedAt: isoOf(stage.updatedAt), archived: stage.archived,
    ...(stage.archivedAt !== null ? { archivedAt: isoOf(stage.archivedAt) } : {}),
  };
}

export function pipelineJson(pipeline: PipelineRecord) {
  return {
    id: pipeline.id, label: pipeline.label, displayOrder: pipeline.displayOrder,
    stages: pipeline.stages.filter((s) => !s.archived).sort((a, b) => a.displayOrder - b.displayOrder).map(stageJson),
    createdAt: isoOf(pipeline.createdAt), updatedAt: isoOf(pipeline.updatedAt), archived: pipeline.archived,
    ...(pipeline.archivedAt !== null ? { archivedAt: isoOf(pipeline.archivedAt) } : {}),
  };
}

function problemReply(outcome: Extract<PipelineOutcome<unknown>, { ok: false }>): SandboxReply {
  const status = outcome.problem === 'not_found' ? 404 : outcome.problem === 'conflict' ? 409 : 400;
  const category = outcome.problem === 'not_found' ? 'OBJECT_NOT_FOUND' : outcome.problem === 'conflict' ? 'CONFLICT' : 'VALIDATION_ERROR';
  return hubspotError(status, category, outcome.message);
}

/** The pipeline object type of the path, or undefined after answering HubSpot's 400. */
function typeOf(req: Request, res: Response): PipelineObjectType | undefined {
  const type = resolvePipelineObjectType(String(req.params.objectType));
  if (!type) sendReply(res, hubspotError(400, 'VALIDATION_ERROR', `Unable to infer object type from: ${String(req.params.objectType)}`));
  return type;
}

/** The Pipelines API, mounted at the API root behind app.ts's JSON parsing and Bearer check. */
export function pipelineRoutes(deps: HubspotSandboxDeps): Router {
  const { ctx, state } = deps;
  const pipelines = state.pipelines;
  const router = express.Router();
  const missing = (res: Response, what: string) => sendReply(res, hubspotError(404, 'OBJECT_NOT_FOUND', `Unable to find ${what}`));

  // GET /crm/v3/pipelines/{objectType} — all pipelines of deals or tickets
  // https://developers.hubspot.com/docs/api-reference/latest/crm/pipelines/get-pipelines
  router.get('/crm/v3/pipelines/:objectType', (req, res) => {
    const type = typeOf(req, res);
    if (type) res.json({ results: pipelines.list(type).map(pipelineJson) });
  });

  // POST /crm/v3/pipelines/{objectType} — create a pipeline with its stages (201)
  router.post('/crm/v3/pipelines/:objectType', (req, res) => {
    const type = typeOf(req, res);
    const body = type && parseBody(PipelineInput, req.body);
    if (!type || !body) return;
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = pipelines.createPipeline(type, body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.status(201).json(pipelineJson(outcome.value));
  });

  // GET /crm/v3/pipelines/{objectType}/{pipelineId}
  router.get('/crm/v3/pipelines/:objectType/:pipelineId', (req, res) => {
    const type = typeOf(req, res);
    if (!type) return;
    const pipeline = pipelines.get(type, String(req.params.pipelineId));
    if (!pipeline) return missing(res, `pipeline ${String(req.params.pipelineId)}`);
    res.json(pipelineJson(pipeline));
  });

  // PATCH /crm/v3/pipelines/{objectType}/{pipelineId} — label, displayOrder, archived
  router.patch('/crm/v3/pipelines/:objectType/:pipelineId', (req, res) => {
    const type = typeOf(req, res);
    const body = type && parseBody(PatchInput.omit({ metadata: true }), req.body);
    if (!type || !body) return;
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = pipelines.updatePipeline(type, String(req.params.pipelineId), body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.json(pipelineJson(outcome.value));
  });

  // DELETE /crm/v3/pipelines/{objectType}/{pipelineId} (204)
  router.delete('/crm/v3/pipelines/:objectType/:pipelineId', (req, res) => {
    const type = typeOf(req, res);
    if (!type) return;
    const outcome = pipelines.archivePipeline(type, String(req.params.pipelineId), ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.status(204).end();
  });

  // GET /crm/v3/pipelines/{objectType}/{pipelineId}/stages
  router.get('/crm/v3/pipelines/:objectType/:pipelineId/stages', (req, res) => {
    const type = typeOf(req, res);
    if (!type) return;
    const stages = pipelines.stages(type, String(req.params.pipelineId));
    if (!stages) return missing(res, `pipeline ${String(req.params.pipelineId)}`);
    res.json({ results: stages.map(stageJson) });
  });

  // POST /crm/v3/pipelines/{objectType}/{pipelineId}/stages (201)
  router.post('/crm/v3/pipelines/:objectType/:pipelineId/stages', (req, res) => {
    const type = typeOf(req, res);
    const body = type && parseBody(StageInput, req.body);
    if (!type || !body) return;
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = pipelines.createStage(type, String(req.params.pipelineId), body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.status(201).json(stageJson(outcome.value));
  });

  // GET /crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId}
  router.get('/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId', (req, res) => {
    const type = typeOf(req, res);
    if (!type) return;
    const stage = pipelines.stages(type, String(req.params.pipelineId))?.find((s) => s.id === req.params.stageId);
    if (!stage) return missing(res, `stage ${String(req.params.stageId)} of pipeline ${String(req.params.pipelineId)}`);
    res.json(stageJson(stage));
  });

  // PATCH /crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId}
  router.patch('/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId', (req, res) => {
    const type = typeOf(req, res);
    const body = type && parseBody(PatchInput, req.body);
    if (!type || !body) return;
    if (!body.ok) return sendReply(res, body.reply);
    const outcome = pipelines.updateStage(type, String(req.params.pipelineId), String(req.params.stageId), body.value, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.json(stageJson(outcome.value));
  });

  // DELETE /crm/v3/pipelines/{objectType}/{pipelineId}/stages/{stageId} (204)
  router.delete('/crm/v3/pipelines/:objectType/:pipelineId/stages/:stageId', (req, res) => {
    const type = typeOf(req, res);
    if (!type) return;
    const outcome = pipelines.updateStage(type, String(req.params.pipelineId), String(req.params.stageId), { archived: true }, ctx.clock.now());
    if (!outcome.ok) return sendReply(res, problemReply(outcome));
    res.status(204).end();
  });

  return router;
}

// Deal (and ticket) pipelines with their stages: what dealstage values are valid, and where.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide
import { resolveObjectType } from '../object-types.ts';
import type { PipelineSeed } from './default-pipelines.ts';
import { DEFAULT_DEAL_PIPELINE, DEFAULT_TICKET_PIPELINE } from './default-pipelines.ts';
import { checkStageMetadata } from './pipeline-rules.ts';

export type PipelineObjectType = 'deals' | 'tickets';

export interface PipelineStageRecord {
  id: string;
  label: string;
  displayOrder: number;
  metadata: Record<string, string>;
  writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT' | 'READ_ONLY' | 'INTERNAL_ONLY';
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  archivedAt: number | null;
}

export interface PipelineRecord {
  id: string;
  label: string;
  displayOrder: number;
  stages: PipelineStageRecord[];
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  archivedAt: number | null;
}

export interface StageInput { label: string; displayOrder: number; metadata?: Record<string, string> }
export interface PipelineInput { label: string; displayOrder: number; stages: StageInput[] }
export interface PatchInput { label?: string; displayOrder?: number; archived?: boolean; metadata?: Record<string, string> }

export type PipelineOutcome<T> = { ok: true; value: T } | { ok: false; problem: 'invalid' | 'conflict' | 'not_found'; message: string };

/** Tickets are not a served object type, but their pipelines are: accept `tickets`, `ticket` and `0-5`. */
export function resolvePipelineObjectType(segment: string): PipelineObjectType | undefined {
  if (['tickets', 'ticket', '0-5'].includes(segment.toLowerCase())) return 'tickets';
  return resolveObjectType(segment) === 'deals' ? 'deals' : undefined;
}

const PORTAL_CREATED_AT = Date.UTC(2024, 0, 15, 9, 0, 0);

function fromSeed(seed: PipelineSeed): PipelineRecord {
  const at = PORTAL_CREATED_AT;
  return {
    id: seed.id, label: seed.label, displayOrder: 0, createdAt: at, updatedAt: at, archived: false, archivedAt: null,
    stages: seed.stages.map((s, i) => ({
      id: s.id, label: s.label, displayOrder: i, metadata: { ...s.metadata }, writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
      createdAt: at, updatedAt: at, archived: false, archivedAt: null,
    })),
  };
}

export class PipelineCatalog {
  private pipelines = new Map<PipelineObjectType, PipelineRecord[]>();
  // New pipelines and stages get numeric ids, as on HubSpot.
  private nextId = 75_000_001;

  constructor() {
    this.reset();
  }

  /** Live pipelines in display order. */
  list(objectType: string): PipelineRecord[] {
    const type = resolvePipelineObjectType(objectType);
    return type ? this.pipelines.get(type)!.filter((p) => !p.archived).sort((a, b) => a.displayOrder - b.displayOrder) : [];
  }

  get(objectType: string, pipelineId: string): PipelineRecord | undefined {
    return this.list(objectType).find((p) => p.id === pipelineId);
  }

  defaultPipeline(objectType: string): PipelineRecord | undefined {
    return this.list(objectType)[0];
  }

  stages(objectType: string, pipelineId: string): PipelineStageRecord[] | undefined {
    return this.get(objectType, pipelineId)?.stages.filter((s) => !s.archived).sort((a, b) => a.displayOrder - b.displayOrder);
  }

  /** A live stage; without a pipeline id, the first pipeline that has it. */
  findStage(objectType: string, stageId: string, pipelineId?: string): { pipeline: PipelineRecord; stage: PipelineStageRecord } | undefined {
    for (const pipeline of this.list(objectType)) {
      if (pipelineId !== undefined && pipeline.id !== pipelineId) continue;
      const stage = pipeline.stages.find((s) => s.id === stageId && !s.archived);
      if (stage) return { pipeline, stage };
    }
    return undefined;
  }

  /** Whether a deal may be in `stageId` of `pipelineId` (any deal pipeline when pipelineId is undefined). */
  isValidStage(pipelineId: string | undefined, stageId: string, objectType = 'deals'): boolean {
    return this.findStage(objectType, stageId, pipelineId) !== undefined;
  }

  createPipeline(objectType: string, input: PipelineInput, now: number): PipelineOutcome<PipelineRecord> {
    const type = resolvePipelineObjectType(objectType);
    if (!type) return { ok: false, problem: 'invalid', message: `Pipelines are not supported for object type ${objectType}` };
    if (this.list(type).some((p) => p.label === input.label)) {
      return { ok: false, problem: 'conflict', message: `A pipeline with label ${input.label} already exists.` };
    }
    if (input.stages.length === 0) return { ok: false, problem: 'invalid', message: 'A pipeline needs at least one stage.' };
    for (const stage of input.stages) {
      const problem = checkStageMetadata(type, stage.metadata ?? {});
      if (problem) return { ok: false, problem: 'invalid', message: problem };
    }
    const pipeline: PipelineRecord = {
      id: String(this.nextId++), label: input.label, displayOrder: input.displayOrder, createdAt: now, updatedAt: now, archived: false, archivedAt: null,
      stages: input.stages.map((s) => this.newStage(s, now)),
    };
    this.pipelines.get(type)!.push(pipeline);
    return { ok: true, value: pipeline };
  }

  updatePipeline(objectType: string, pipelineId: string, patch: PatchInput, now: number): PipelineOutcome<PipelineRecord> {
    const pipeline = this.pipelines.get(resolvePipelineObjectType(objectType) ?? 'deals')?.find((p) => p.id === pipelineId);
    if (!pipeline || (pipeline.archived && patch.archived !== false)) return notFound(`pipeline ${pipelineId}`);
    if (patch.label !== undefined) pipeline.label = patch.label;
    if (patch.displayOrder !== undefined) pipeline.displayOrder = patch.displayOrder;
    if (patch.archived !== undefined) {
      pipeline.archived = patch.archived;
      pipeline.archivedAt = patch.archived ? now : null;
    }
    pipeline.updatedAt = now;
    return { ok: true, value: pipeline };
  }

  archivePipeline(objectType: string, pipelineId: string, now: number): PipelineOutcome<PipelineRecord> {
    if (!this.get(objectType, pipelineId)) return notFound(`pipeline ${pipelineId}`);
    if (this.list(objectType).length === 1) return { ok: false, problem: 'invalid', message: 'The last pipeline of an object cannot be deleted.' };
    return this.updatePipeline(objectType, pipelineId, { archived: true }, now);
  }

  createStage(objectType: string, pipelineId: string, input: StageInput, now: number): PipelineOutcome<PipelineStageRecord> {
    const pipeline = this.get(objectType, pipelineId);
    if (!pipeline) return notFound(`pipeline ${pipelineId}`);
    const problem = checkStageMetadata(resolvePipelineObjectType(objectType)!, input.metadata ?? {});
    if (problem) return { ok: false, problem: 'invalid', message: problem };
    const stage = this.newStage(input, now);
    pipeline.stages.push(stage);
    pipeline.updatedAt = now;
    return { ok: true, value: stage };
  }

  updateStage(objectType: string, pipelineId: string, stageId: string, patch: PatchInput, now: number): PipelineOutcome<PipelineStageRecord> {
    const stage = this.get(objectType, pipelineId)?.stages.find((s) => s.id === stageId && (!s.archived || patch.archived === false));
    if (!stage) return notFound(`stage ${stageId} of pipeline ${pipelineId}`);
    if (patch.metadata !== undefined) {
      const metadata = { ...stage.metadata, ...patch.metadata };
      const problem = checkStageMetadata(resolvePipelineObjectType(objectType)!, metadata);
      if (problem) return { ok: false, problem: 'invalid', message: problem };
      stage.metadata = metadata;
    }
    if (patch.label !== undefined) stage.label = patch.label;
    if (patch.displayOrder !== undefined) stage.displayOrder = patch.displayOrder;
    if (patch.archived !== undefined) {
      stage.archived = patch.archived;
      stage.archivedAt = patch.archived ? now : null;
    }
    stage.updatedAt = now;
    return { ok: true, value: stage };
  }

  reset(): void {
    this.pipelines = new Map([['deals', [fromSeed(DEFAULT_DEAL_PIPELINE)]], ['tickets', [fromSeed(DEFAULT_TICKET_PIPELINE)]]]);
    this.nextId = 75_000_001;
  }

  snapshot(): Record<PipelineObjectType, PipelineRecord[]> {
    return { deals: structuredClone(this.pipelines.get('deals')!), tickets: structuredClone(this.pipelines.get('tickets')!) };
  }

  private newStage(input: StageInput, now: number): PipelineStageRecord {
    return {
      id: String(this.nextId++), label: input.label, displayOrder: input.displayOrder, metadata: { ...(input.metadata ?? {}) },
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT', createdAt: now, updatedAt: now, archived: false, archivedAt: null,
    };
  }
}

function notFound<T>(what: string): PipelineOutcome<T> {
  return { ok: false, problem: 'not_found', message: `Unable to find ${what}` };
}

import type { StageReading, StageTable } from '../../../src/connector-kit/deal-stages.ts';
import { keyOfLabel, stageTable } from '../../../src/connector-kit/deal-stages.ts';
import type { HubspotPipelineWire } from '../wire/pipelines.ts';

// HubSpot's deal pipelines (GET /crm/v3/pipelines/deals) against the product's neutral pipeline and
// stage keys (QUIRKS.md, "Deal stages are pipeline stage ids"). Pure.
// - The pipeline `default` is the `sales` pipeline; any other is its label as a key.
// - A stage is won when its metadata says isClosed "true" and probability "1.0", lost when closed
//   otherwise; an open stage is keyed by its label: HubSpot's default labels by the table below
//   (the same one-to-one order the sandbox's seed uses), any other label as itself (`Discovery` → discovery).

/** HubSpot's default open stages, by label, as the neutral keys. */
export const HUBSPOT_STAGE_ALIASES: Readonly<Record<string, string>> = {
  appointment_scheduled: 'qualification',
  qualified_to_buy: 'discovery',
  presentation_scheduled: 'demo',
  decision_maker_bought_in: 'proposal',
  contract_sent: 'negotiation',
};

export const DEFAULT_PIPELINE_ID = 'default';
export const DEFAULT_PIPELINE_KEY = 'sales';

export interface HubspotPipelineTables {
  /** The neutral key of a pipeline id (an unknown id as itself). */
  pipelineKeyOf(id: string): string;
  pipelineIdOf(key: string): string | undefined;
  stagesOf(pipelineId: string): StageTable | undefined;
  /** A stage id of any pipeline (ids are unique across pipelines), as its key and outcome. */
  readStage(stageId: string): StageReading | undefined;
}

type PipelineFacts = Pick<HubspotPipelineWire, 'id' | 'label' | 'displayOrder' | 'archived'> & { stages: ReadonlyArray<Pick<HubspotPipelineWire['stages'][number], 'id' | 'label' | 'displayOrder' | 'metadata' | 'archived'>> };

export function hubspotPipelineTables(pipelines: readonly PipelineFacts[]): HubspotPipelineTables {
  const live = pipelines.filter((p) => !p.archived).sort((a, b) => a.displayOrder - b.displayOrder);
  const keyOf = (p: PipelineFacts) => (p.id === DEFAULT_PIPELINE_ID ? DEFAULT_PIPELINE_KEY : keyOfLabel(p.label));
  const tables = new Map(live.map((p) => [p.id, stageTable(p.stages.map((s) => {
    // Metadata values are strings on the wire: isClosed "true", probability "1.0".
    const closed = s.metadata?.isClosed === 'true';
    return { id: s.id, label: s.label, order: s.displayOrder, closed, won: closed && Number(s.metadata?.probability) >= 1, active: !s.archived };
  }), HUBSPOT_STAGE_ALIASES)]));
  return {
    pipelineKeyOf: (id) => {
      const pipeline = live.find((p) => p.id === id);
      return pipeline ? keyOf(pipeline) : id;
    },
    pipelineIdOf: (key) => live.find((p) => keyOf(p) === key)?.id,
    stagesOf: (id) => tables.get(id),
    readStage: (stageId) => {
      for (const table of tables.values()) {
        const reading = table.read(stageId);
        if (reading) return reading;
      }
      return undefined;
    },
  };
}

import type { HubspotSdk } from './client.ts';
import { hubspotPipelineTables } from './map/deal-stages.ts';
import type { HubspotPipelineTables } from './map/deal-stages.ts';
import type { CountedCalls } from './sdk-records.ts';
import { sdkRecordToWire } from './sdk-records.ts';
import { HubspotPipelineListWire } from './wire/pipelines.ts';

// The deal pipelines, read through GET /crm/v3/pipelines/deals once per capability and kept: one call,
// however many deals are mapped. A stage id they do not know (a stage added since) reads them again,
// once per batch, so a new stage is picked up without restarting.

export interface DealPipelines {
  /** The tables, read on first use (the call counted in `calls`), again when one of `stageIds` is unknown. */
  tables(calls: CountedCalls, stageIds?: readonly string[]): Promise<HubspotPipelineTables>;
}

export function dealPipelines(sdk: HubspotSdk): DealPipelines {
  let kept: HubspotPipelineTables | undefined;
  const read = async (calls: CountedCalls) => {
    const answer = await calls.run(() => sdk.crm.pipelines.pipelinesApi.getAll('deals'));
    // The SDK turns createdAt/updatedAt into Dates, on pipelines and stages alike.
    const wire = { results: answer.results.map((p) => ({ ...sdkRecordToWire(p), stages: p.stages.map(sdkRecordToWire) })) };
    kept = hubspotPipelineTables(HubspotPipelineListWire.parse(wire).results);
    return kept;
  };
  return {
    async tables(calls, stageIds = []) {
      if (!kept) return read(calls);
      const known = kept;
      return stageIds.some((id) => id !== '' && known.readStage(id) === undefined) ? read(calls) : known;
    },
  };
}

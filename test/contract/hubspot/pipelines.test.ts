import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { HubspotPipelineListWire } from '../../../connectors/hubspot/wire/pipelines.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK's client.crm.pipelines against the sandbox.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide

let sandbox: StartedHubspotSandbox;
beforeAll(async () => {
  sandbox = await startHubspotSandbox();
});
afterAll(() => sandbox.close());


describe('pipelinesApi', () => {
  it('lists the default deal pipeline with its seven stages in order, metadata as strings', async () => {
    const { results } = await sandbox.client().crm.pipelines.pipelinesApi.getAll('deals');
    const sales = results.find((p) => p.id === 'default')!;
    expect(sales.label).toBe('Sales Pipeline');
    expect(sales.stages.map((s) => s.id)).toEqual([
      'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost',
    ]);
    expect(sales.stages[0]!.metadata).toEqual({ isClosed: 'false', probability: '0.2' });
    expect(sales.stages[5]!.metadata).toEqual({ isClosed: 'true', probability: '1.0' });
    expect(sales.createdAt).toBeInstanceOf(Date);
    const raw = await (await fetch(`${sandbox.baseUrl}/crm/v3/pipelines/deals`, { headers: { authorization: `Bearer ${sandbox.token}` } })).json();
    expect(HubspotPipelineListWire.safeParse(raw).success).toBe(true);
    expect(shapeDifferences(docFixture('pipelines-get-all.response.json'), raw)).toEqual([]);
  });

  it('reads one pipeline by id, and the ticket pipeline by type id', async () => {
    const api = sandbox.client().crm.pipelines.pipelinesApi;
    expect((await api.getById('deals', 'default')).stages).toHaveLength(7);
    const support = await api.getById('0-5', '0');
    expect(support.stages.map((s) => s.metadata?.ticketState)).toEqual(['OPEN', 'OPEN', 'OPEN', 'CLOSED']);
  });

  it('answers 404 for an unknown pipeline and 400 for objects without pipelines', async () => {
    const api = sandbox.client().crm.pipelines.pipelinesApi;
    expect(await sdkError(api.getById('deals', 'nope'))).toMatchObject({ code: 404, body: { category: 'OBJECT_NOT_FOUND' } });
    expect((await sdkError(api.getAll('contacts'))).code).toBe(400);
  });

  it('creates a pipeline (201) whose stages then become valid dealstage values', async () => {
    const api = sandbox.client().crm.pipelines.pipelinesApi;
    const renewals = await api.create('deals', {
      label: 'Renewals', displayOrder: 1,
      stages: [
        { label: 'Up for renewal', displayOrder: 0, metadata: { probability: '0.5' } },
        { label: 'Renewed', displayOrder: 1, metadata: { probability: '1.0', isClosed: 'true' } },
      ],
    });
    expect(renewals.stages).toHaveLength(2);
    const stageId = renewals.stages[0]!.id;
    const state = sandbox.hubspot.state;
    expect(state.pipelines.isValidStage(renewals.id, stageId)).toBe(true);
    expect(state.pipelines.isValidStage('default', stageId)).toBe(false);
    expect(state.properties.validateValues('deals', { pipeline: renewals.id, dealstage: stageId })).toEqual([]);
    const renamed = await api.update('deals', renewals.id, { label: 'Renewals FY27' });
    expect(renamed.label).toBe('Renewals FY27');
  });

  it('refuses a deal stage without a probability', async () => {
    const api = sandbox.client().crm.pipelines.pipelinesApi;
    const error = await sdkError(api.create('deals', { label: 'Broken', displayOrder: 2, stages: [{ label: 'Only', displayOrder: 0, metadata: {} }] }));
    expect(error).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
  });
});

describe('pipelineStagesApi', () => {
  it('lists and reads stages, adds one (201) and archives it (204)', async () => {
    const stages = sandbox.client().crm.pipelines.pipelineStagesApi;
    expect((await stages.getAll('deals', 'default')).results).toHaveLength(7);
    expect((await stages.getById('deals', 'default', 'contractsent')).label).toBe('Contract Sent');
    const added = await stages.create('deals', 'default', { label: 'Legal review', displayOrder: 5, metadata: { probability: '0.95' } });
    expect(sandbox.hubspot.state.pipelines.isValidStage('default', added.id)).toBe(true);
    const moved = await stages.update('deals', 'default', added.id, { metadata: { probability: '0.92' } });
    expect(moved.metadata?.probability).toBe('0.92');
    await stages.archive('deals', 'default', added.id);
    expect(sandbox.hubspot.state.pipelines.isValidStage('default', added.id)).toBe(false);
    expect((await sdkError(stages.getById('deals', 'default', added.id))).code).toBe(404);
  });
});

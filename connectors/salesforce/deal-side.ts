// Salesforce Opportunities as one side of the deal sync: the change feed (with histories) and its deletions,
// reads by Id, sObject Collections writes and deletes. One read of the org's OpportunityStage rows serves them all.
import type { DealSide } from '../../src/connector-kit/record-side.ts';
import type { SalesforceConnection } from './client.ts';
import { SALESFORCE_OPPORTUNITY_FIELD_ACCESS } from './map/opportunity-fields.ts';
import {
  salesforceOpportunityArchiver, salesforceOpportunityFeed, salesforceOpportunityReader, salesforceOpportunityWriter,
} from './opportunities.ts';
import type { SalesforceOpportunityOptions } from './opportunities.ts';
import { salesforceOpportunityStages } from './opportunity-stages.ts';
import { salesforceOwners } from './owners.ts';

export type SalesforceDealSideOptions = Omit<SalesforceOpportunityOptions, 'stages'>;

export function salesforceDealSide(conn: SalesforceConnection, options: SalesforceDealSideOptions = {}): DealSide {
  const { withHistory: _history, ...writerOptions } = options;
  const { omitFields: _omit, windowSize: _window, ...callOptions } = writerOptions;
  const stages = salesforceOpportunityStages(conn, callOptions);
  const feed = salesforceOpportunityFeed(conn, { ...options, stages });
  return {
    system: 'salesforce',
    streams: [{ name: 'salesforce:Opportunity', feed, deletions: (from) => feed.deletions(from) }],
    reader: salesforceOpportunityReader(conn, { ...options, stages }),
    writer: salesforceOpportunityWriter(conn, { ...writerOptions, stages }),
    archiver: salesforceOpportunityArchiver(conn, callOptions),
    owners: salesforceOwners(conn, callOptions),
    refOf: (id) => ({ system: 'salesforce', id, objectType: 'Opportunity' }),
    fields: () => SALESFORCE_OPPORTUNITY_FIELD_ACCESS,
    apiUsage: () => feed.apiUsage(),
  };
}

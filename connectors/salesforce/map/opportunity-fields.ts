// The canonical deal fields this connector reads and writes on Opportunities (map/opportunity.ts). Outcome,
// histories and the close time follow from StageName and are the org's; the company is a lookup written
// through the associations (AccountId); owner ids are Salesforce's own.
import type { FieldAccess } from '../../../src/connector-kit/record-side.ts';

const WRITE = ['name', 'stage', 'dealType', 'amount', 'closeDate', 'leadSource'] as const;

const READ = [...WRITE, 'pipeline', 'outcome', 'closeDateHistory', 'stageHistory', 'closedAt', 'companyId', 'ownerId', 'createdAt'] as const;

export const SALESFORCE_OPPORTUNITY_FIELD_ACCESS: FieldAccess = { readable: new Set(READ), writable: new Set(WRITE) };

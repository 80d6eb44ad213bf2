// The canonical deal fields this connector reads and writes (map/deal.ts). Outcome, histories and the
// close time follow from stages and are HubSpot's to keep; currency is read only (deal_currency_code
// exists only in multi-currency portals); owner ids are HubSpot's own.
import type { FieldAccess } from '../../../src/connector-kit/record-side.ts';

const WRITE = ['name', 'pipeline', 'stage', 'dealType', 'amount', 'closeDate', 'lostReason'] as const;

const READ = [...WRITE, 'outcome', 'currency', 'closeDateHistory', 'stageHistory', 'closedAt', 'ownerId', 'createdAt'] as const;

export const HUBSPOT_DEAL_FIELD_ACCESS: FieldAccess = { readable: new Set(READ), writable: new Set(WRITE) };

// The canonical company fields this connector reads and writes (map/company.ts), so the sync engine
// never plans a write the writer would drop. Industry is read-only here: HubSpot's is an enumeration of
// its own values, which no mapping translates yet (QUIRKS.md); owner ids are HubSpot's own.
import type { FieldAccess } from '../../../src/connector-kit/record-side.ts';

const WRITE = [
  'name', 'domain', 'website', 'employeeCount', 'annualRevenue', 'phone', 'city', 'state', 'postalCode', 'country', 'accountType', 'lifecycleStage',
] as const;

const READ = [...WRITE, 'industry', 'ownerId', 'createdAt'] as const;

export const HUBSPOT_COMPANY_FIELD_ACCESS: FieldAccess = { readable: new Set(READ), writable: new Set(WRITE) };

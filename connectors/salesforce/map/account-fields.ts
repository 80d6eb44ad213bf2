// The canonical company fields this connector reads and writes on Accounts (map/account.ts), so the sync
// engine never plans a write the writer would drop. The domain and the website are both Website.
import type { FieldAccess } from '../../../src/connector-kit/record-side.ts';

const WRITE = [
  'name', 'domain', 'website', 'industry', 'employeeCount', 'annualRevenue', 'phone', 'city', 'state', 'postalCode', 'country', 'accountType',
] as const;

const READ = [...WRITE, 'ownerId', 'parentCompanyId', 'createdAt'] as const;

export const SALESFORCE_ACCOUNT_FIELD_ACCESS: FieldAccess = { readable: new Set(READ), writable: new Set(WRITE) };

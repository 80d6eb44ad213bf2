import type { Vendor } from '../store/index.ts';

const VENDOR_NAMES: Partial<Record<Vendor, string>> = { hubspot: 'HubSpot', salesforce: 'Salesforce' };

/**
 * A connection whose credentials no longer work and cannot be renewed without the admin: thrown instead
 * of calling the vendor, so work for the connection pauses as a whole instead of failing record by record.
 */
export class ConnectionNeedsReauthError extends Error {
  readonly tenantId: string;
  readonly vendor: Vendor;
  readonly reason: string;

  constructor(tenantId: string, vendor: Vendor, reason: string) {
    const name = VENDOR_NAMES[vendor] ?? vendor;
    super(
      `The ${name} connection of tenant ${tenantId} needs to be reconnected (${reason}). ` +
        `An admin must reconnect ${name} from the app; sync work for it is paused until then.`,
    );
    this.name = 'ConnectionNeedsReauthError';
    this.tenantId = tenantId;
    this.vendor = vendor;
    this.reason = reason;
  }
}

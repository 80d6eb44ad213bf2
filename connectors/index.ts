// The registry of vendors: adding a vendor is adding its folder and one line here.
import type { ConnectorModule } from '../src/connector-kit/connector-module.ts';
import type { VendorId } from '../src/connector-kit/manifest.ts';
import { hubspot } from './hubspot/index.ts';
import { salesforce } from './salesforce/index.ts';

export const connectors = { hubspot, salesforce } as const satisfies Partial<Record<VendorId, ConnectorModule>>;

export type RegisteredVendor = keyof typeof connectors;

export const registeredVendors = Object.keys(connectors) as RegisteredVendor[];

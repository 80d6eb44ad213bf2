// The HubSpot folder's only door: other folders import HubSpot knowledge from here alone.
import type { ConnectorModule } from '../../src/connector-kit/connector-module.ts';
import { hubspotManifest } from './manifest.ts';
import { hubspotSandbox } from './sandbox/app.ts';

export { hubspotManifest } from './manifest.ts';
export { hubspotSandbox } from './sandbox/app.ts';
export type { HubspotSandboxSettingsInput } from './sandbox/settings.ts';
export { verifyHubspotSignatureV3, hubspotSignedUri } from './webhook.ts';

export const hubspot = {
  manifest: hubspotManifest,
  sandbox: () => hubspotSandbox(),
} satisfies ConnectorModule<'hubspot'>;

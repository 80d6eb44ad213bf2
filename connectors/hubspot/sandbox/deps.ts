import type { SandboxContext } from '../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxSettings } from './settings.ts';
import type { HubspotSandboxState } from './state/index.ts';

/** What every HubSpot sandbox route module is built from. */
export interface HubspotSandboxDeps {
  ctx: SandboxContext;
  settings: HubspotSandboxSettings;
  state: HubspotSandboxState;
}

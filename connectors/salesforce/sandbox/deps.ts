import type { SandboxContext } from '../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxSettings } from './settings.ts';
import type { SalesforceSandboxState } from './state/index.ts';

/** What every Salesforce sandbox route module is built from. */
export interface SalesforceSandboxDeps {
  ctx: SandboxContext;
  settings: SalesforceSandboxSettings;
  state: SalesforceSandboxState;
}

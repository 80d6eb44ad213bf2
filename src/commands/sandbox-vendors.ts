import { connectors } from '../../connectors/index.ts';
import type { SandboxVendorSpec } from '../sandbox-kit/host.ts';

/** One sandbox spec per registered vendor, so a new vendor folder joins the embedded default by registering. */
export function registeredSandboxes(latencyMs = 0): SandboxVendorSpec[] {
  return Object.values(connectors).map((module) => ({
    vendor: module.manifest.vendor,
    create: module.sandbox(),
    latencyMs,
  }));
}

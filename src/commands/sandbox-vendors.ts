import { connectors } from '../../connectors/index.ts';
import { generateDemoData } from '../demo/index.ts';
import type { Logger } from '../logging/logger.ts';
import type { SandboxApp, SandboxHostOptions, SandboxVendorSpec } from '../sandbox-kit/host.ts';

/**
 * One sandbox spec per registered vendor, so a new vendor folder joins the embedded default by registering.
 * A time scale above 1 (benchmarks) makes the vendors' rate windows run that many times faster.
 */
export function registeredSandboxes(latencyMs = 0, timeScale = 1): SandboxVendorSpec[] {
  return Object.values(connectors).map((module) => ({
    vendor: module.manifest.vendor,
    create: module.sandbox(timeScale === 1 ? {} : { timeScale }),
    latencyMs,
  }));
}

/**
 * Every registered sandbox seeded from one demo data set, with `__sandbox/seed` able to reseed:
 * what `npm start` mounts in process and `revops sandbox` serves on its own port.
 */
export function demoSandboxOptions(options: {
  seedSize: number;
  latencyMs: number;
  controlsFrom: 'loopback' | 'open';
  log: Logger;
  timeScale?: number;
}): SandboxHostOptions {
  return {
    vendors: registeredSandboxes(options.latencyMs, options.timeScale),
    seed: generateDemoData({ size: options.seedSize }),
    seedFor: (size, seed) => generateDemoData({ size, seed }),
    controlsFrom: options.controlsFrom,
    log: options.log,
  };
}

/** One log line per sandbox saying where it answers and where its controls are. */
export function logSandboxes(sandboxes: SandboxApp, log: Logger): void {
  for (const running of sandboxes.vendors.values()) {
    log.info({ vendor: running.vendor, baseUrl: running.baseUrl(), controls: `${running.baseUrl()}/__sandbox/state` }, 'sandbox ready');
  }
}

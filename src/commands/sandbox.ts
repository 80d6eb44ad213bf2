import type { Logger } from '../logging/logger.ts';
import { listenSandboxes } from '../sandbox-kit/host.ts';
import type { ListeningSandboxes } from '../sandbox-kit/host.ts';
import { demoSandboxOptions, logSandboxes } from './sandbox-vendors.ts';

export interface SandboxCommandOptions {
  port: number;
  host: string;
  seedSize: number;
  latencyMs: number;
  controlsFrom: 'loopback' | 'open';
  /** Benchmarks only: the vendors' rate windows run this many times faster (default 1). */
  timeScale?: number;
}

/** The line other programs read from stdout: each sandbox's base URL and a ready access token. */
export function sandboxAnnouncement(sandboxes: ListeningSandboxes): string {
  const entries = [...sandboxes.vendors.values()].map((running) => [
    running.vendor,
    running.sandbox.announce?.() ?? { baseUrl: running.baseUrl(), accessToken: running.sandbox.readyAccessToken() },
  ]);
  return JSON.stringify({ sandbox: Object.fromEntries(entries) });
}

/** `revops sandbox`: the vendor simulators alone, for other tools and scripts to talk to. */
export async function runSandboxCommand(options: SandboxCommandOptions, log: Logger): Promise<ListeningSandboxes> {
  log.info({ seedSize: options.seedSize, ...(options.timeScale ? { timeScale: options.timeScale } : {}) }, 'generating demo data');
  const sandboxes = await listenSandboxes({
    ...demoSandboxOptions({ seedSize: options.seedSize, latencyMs: options.latencyMs, controlsFrom: options.controlsFrom, log, timeScale: options.timeScale }),
    port: options.port,
    host: options.host,
  });
  logSandboxes(sandboxes, log);
  return sandboxes;
}

import express from 'express';
import type { Express } from 'express';
import { listenOn } from '../http/listen.ts';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.ts';
import { silentLogger } from '../logging/logger.ts';
import type { DemoDataSet } from '../demo/dataset.ts';
import { CONTROL_PREFIX } from './contract.ts';
import type { SandboxContext, VendorSandbox, VendorSandboxFactory } from './contract.ts';
import { CallLedger } from './ledger.ts';
import { FaultInjector } from './faults.ts';
import { TokenStore } from './tokens.ts';
import { systemClock } from './clock.ts';
import type { Clock } from './clock.ts';
import { controlsRouter } from './controls.ts';
import { faultMiddleware, ledgerMiddleware, notFoundMiddleware, vendorErrorHandler } from './pipeline.ts';

export interface SandboxVendorSpec {
  vendor: string;
  create: VendorSandboxFactory;
  /** Latency added to every call of this vendor, to make the loopback feel like the internet. */
  latencyMs?: number;
}

export interface RunningSandbox {
  readonly vendor: string;
  readonly sandbox: VendorSandbox;
  readonly ctx: SandboxContext;
  baseUrl(): string;
}

export interface SandboxHostOptions {
  vendors: SandboxVendorSpec[];
  seed?: DemoDataSet;
  /** Builds a data set for `POST __sandbox/seed`. */
  seedFor?: (size: number, seed?: number) => DemoDataSet;
  clock?: Clock;
  log?: Logger;
  /** Who may call `__sandbox` controls (ready tokens, state, faults): loopback callers only by default. */
  controlsFrom?: 'loopback' | 'open';
}

/**
 * All configured vendor simulators in one express app, each under `/<vendor>`. Serve it on its own
 * loopback port with `listenSandboxes`, or mount it inside another app (the embedded default) with
 * `buildSandboxApp` and `setOrigin`.
 */
export interface SandboxApp {
  readonly app: Express;
  readonly vendors: ReadonlyMap<string, RunningSandbox>;
  get(vendor: string): RunningSandbox;
  /** Where the app is reachable, e.g. `http://127.0.0.1:4020` or `http://127.0.0.1:3000/sandbox`. */
  setOrigin(origin: string): void;
  /** Stops every vendor's background work (the HTTP server, if any, is closed by its owner). */
  stopVendors(): void;
}

export function buildSandboxApp(options: SandboxHostOptions): SandboxApp {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? silentLogger();
  let origin = 'http://127.0.0.1';
  const vendors = new Map<string, RunningSandbox>();

  for (const spec of options.vendors) {
    const mountPath = `/${spec.vendor}`;
    const tokens = new TokenStore({ clock });
    const ctx: SandboxContext = {
      vendor: spec.vendor,
      ledger: new CallLedger(),
      faults: new FaultInjector({ onExpireTokens: () => tokens.expireAll() }),
      tokens,
      clock,
      log: log.child({ sandbox: spec.vendor }),
      baseUrl: () => `${origin}${mountPath}`,
    };
    if (spec.latencyMs) ctx.faults.setDefaultLatency(spec.latencyMs, { configured: true });
    const sandbox = spec.create(ctx, { seed: options.seed });
    app.use(`${mountPath}${CONTROL_PREFIX}`, controlsRouter(ctx, sandbox, { seedFor: options.seedFor, from: options.controlsFrom ?? 'loopback' }));
    app.use(mountPath, ledgerMiddleware(ctx, mountPath), faultMiddleware(ctx, sandbox.errors), sandbox.router);
    app.use(mountPath, notFoundMiddleware(sandbox.errors));
    app.use(mountPath, vendorErrorHandler(ctx, sandbox.errors));
    vendors.set(spec.vendor, { vendor: spec.vendor, sandbox, ctx, baseUrl: ctx.baseUrl });
  }

  return {
    app,
    vendors,
    get(vendor) {
      const running = vendors.get(vendor);
      if (!running) throw new Error(`no ${vendor} sandbox is running (have: ${[...vendors.keys()].join(', ') || 'none'})`);
      return running;
    },
    setOrigin(next) {
      origin = next.replace(/\/+$/, '');
    },
    stopVendors() {
      for (const running of vendors.values()) running.sandbox.close?.();
    },
  };
}

export interface ListeningSandboxes extends SandboxApp {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the sandboxes on their own port (0 = any free port) on the loopback interface. */
export async function listenSandboxes(options: SandboxHostOptions & { port?: number; host?: string }): Promise<ListeningSandboxes> {
  const built = buildSandboxApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await listenOn(built.app, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  built.setOrigin(origin);
  return {
    ...built,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        built.stopVendors();
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}


import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';

/**
 * Listens, or rejects with the listen error (EADDRINUSE…). express's own `listen` callback also
 * fires on failure, which would report a busy port as success.
 */
export function listenOn(handler: RequestListener, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** A listen failure in words an operator can act on. */
export function describeListenError(err: unknown, port: number, host: string): string | undefined {
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use: stop the other process or set PORT (or --port) to a free port`;
  if (code === 'EACCES') return `not allowed to listen on ${host}:${port}: choose a port above 1024`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine: set HOST to one that is (127.0.0.1 or 0.0.0.0)`;
  return undefined;
}

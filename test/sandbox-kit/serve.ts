import type { Express } from 'express';
import type { AddressInfo } from 'node:net';

/** Runs `body` against the app listening on 127.0.0.1 (any free port), then closes it. */
export async function withServer(app: Express, body: (baseUrl: string) => Promise<void>): Promise<void> {
  const server = await new Promise<ReturnType<Express['listen']>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

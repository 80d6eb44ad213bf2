import type { Response } from 'express';
import type { SandboxReply } from './contract.ts';

/** Sends a vendor-shaped reply. A body always goes out with a JSON content type (SDKs refuse untyped bodies). */
export function sendReply(res: Response, reply: SandboxReply): void {
  if (res.headersSent) return;
  res.status(reply.status);
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.body === undefined) {
    res.end();
    return;
  }
  res.json(reply.body);
}

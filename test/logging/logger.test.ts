import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  return { lines, log: createLogger({ stream }) };
}

describe('logger', () => {
  it('writes one JSON object per line with the message', () => {
    const { lines, log } = capture();
    log.info({ vendor: 'hubspot' }, 'sandbox ready');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'sandbox ready', vendor: 'hubspot', level: 30 });
  });

  it('censors tokens in a nested vendor response', () => {
    const { lines, log } = capture();
    log.info({ body: { access_token: 'CJ-secret', refresh_token: 'na1-secret' } }, 'token exchange');
    expect(lines.join('')).not.toMatch(/CJ-secret|na1-secret/);
  });

  it('censors the Authorization header of a logged request', () => {
    const { lines, log } = capture();
    log.warn({ req: { headers: { authorization: 'Bearer pat-na1-secret' } } }, 'call failed');
    expect(lines.join('')).not.toContain('pat-na1-secret');
  });

  it('censors a client secret at the top level', () => {
    const { lines, log } = capture();
    log.info({ clientSecret: 'shh' }, 'installing');
    expect(lines.join('')).toContain('[redacted]');
  });
});

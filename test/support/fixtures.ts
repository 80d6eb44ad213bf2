import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixturesRoot = resolve(import.meta.dirname, '../../fixtures');

/** A fixture file's text, by its path under fixtures/ (e.g. `hubspot/docs/oauth-token.response.json`). */
export function readFixtureText(path: string): string {
  return readFileSync(resolve(fixturesRoot, path), 'utf8');
}

export function readFixtureJson<T = unknown>(path: string): T {
  return JSON.parse(readFixtureText(path)) as T;
}

import { existsSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import { parseEnv } from './env.ts';
import type { Env } from './env.ts';

/**
 * The process environment over a .env file (real variables win, as dotenv does), parsed once.
 * A missing .env is fine: the embedded default needs no settings at all.
 */
export function loadEnv(options: { envFile?: string; environment?: NodeJS.ProcessEnv } = {}): Env {
  const file = options.envFile ?? '.env';
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
  return parseEnv({ ...fromFile, ...(options.environment ?? process.env) });
}

import { request } from 'node:http';
import type { BenchCheckResult } from '../../../src/sandbox-kit/bench-people.ts';
import type { EndpointCount } from '../../../src/sandbox-kit/index.ts';

// The `revops sandbox` controls the sync benchmark drives (`/<vendor>/__sandbox/...`): seed, edit
// and check the benchmark's people, and read or clear the call ledgers. Plain node:http with no
// timeout: seeding a million people takes a while, and fetch gives up after five minutes.

export const VENDORS = ['salesforce', 'hubspot'] as const;
export type BenchVendor = (typeof VENDORS)[number];

function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 0) >= 300) return reject(new Error(`${method} ${url}: ${res.statusCode} ${text.slice(0, 500)}`));
        resolve((text === '' ? undefined : JSON.parse(text)) as T);
      });
    });
    req.once('error', reject);
    req.end(payload);
  });
}

const control = (root: string, vendor: BenchVendor, path: string) => `${root}/${vendor}/__sandbox/${path}`;

/** N people as Salesforce Leads, 30% of them as HubSpot contacts (same email, unlinked): a fresh state on both sides. */
export async function seedPeople(root: string, size: number): Promise<void> {
  for (const vendor of VENDORS) await call('POST', control(root, vendor, 'bench/people'), { size });
}

/** One edit round on both sides (1% of the people each); returns how many records each side changed. */
export async function editPeople(root: string, round: number): Promise<Record<BenchVendor, number>> {
  const edited = { salesforce: 0, hubspot: 0 };
  for (const vendor of VENDORS) edited[vendor] = (await call<{ edited: number }>('POST', control(root, vendor, 'bench/edits'), { round })).edited;
  return edited;
}

/** Every record of both sandboxes against the expected state after `round` synced edit rounds. */
export async function checkPeople(root: string, size: number, round: number): Promise<Record<BenchVendor, BenchCheckResult>> {
  const check = (vendor: BenchVendor) => call<BenchCheckResult>('GET', control(root, vendor, `bench/check?size=${size}&round=${round}`));
  return { salesforce: await check('salesforce'), hubspot: await check('hubspot') };
}

export async function clearLedgers(root: string): Promise<void> {
  for (const vendor of VENDORS) await call('DELETE', control(root, vendor, 'ledger'));
}

/** The install's OAuth exchanges are no API calls of the sync (the real vendors do not meter them either). */
const isOauth = (endpoint: string) => /\/oauth/i.test(endpoint);

export interface VendorCalls {
  calls: number;
  endpoints: EndpointCount[];
}

/** API calls each sandbox answered since its ledger was cleared, OAuth left out. */
export async function apiCalls(root: string): Promise<Record<BenchVendor, VendorCalls>> {
  const of = async (vendor: BenchVendor): Promise<VendorCalls> => {
    const summary = await call<{ total: number; endpoints: EndpointCount[] }>('GET', control(root, vendor, 'ledger'));
    const endpoints = summary.endpoints.filter((e) => !isOauth(e.endpoint));
    return { calls: endpoints.reduce((sum, e) => sum + e.calls, 0), endpoints };
  };
  return { salesforce: await of('salesforce'), hubspot: await of('hubspot') };
}

/** A never-expiring access token of the sandbox's own installed app (the per-record client uses it). */
export async function readyToken(root: string, vendor: BenchVendor): Promise<string> {
  return (await call<{ accessToken: string }>('GET', control(root, vendor, 'token'))).accessToken;
}

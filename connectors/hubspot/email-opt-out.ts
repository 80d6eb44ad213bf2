import type Bottleneck from 'bottleneck';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { HubspotSdk } from './client.ts';
import { hubspotApiRequest } from './api-request.ts';
import { emailKeysOf } from './batch-keys.ts';
import { CountedCalls } from './sdk-records.ts';
import type { HubspotRetryOptions } from './sdk-records.ts';
import { HubspotV4ActionOutcomeWire } from './wire/communication-preferences.ts';

// How an opt-out reaches HubSpot. `hs_email_optout` ("Unsubscribed from all email") is read-only to the
// CRM API; HubSpot sets it when the address opts out of all email through communication preferences.
// The SDK (v14) wraps only v3, whose unsubscribe is per subscription type and never opts out of all
// email, so each address goes to v4's `POST /communication-preferences/v4/statuses/{email}/unsubscribe-all
// ?channel=EMAIL` through the SDK's apiRequest, one call per address: the batch variant needs Marketing
// Hub Enterprise's batch scopes (QUIRKS.md, "Opting out of all email"). Scope: communication_preferences.write.

export interface HubspotEmailOptOutOptions extends HubspotRetryOptions {
  /** The tenant's HubSpot burst limiter. */
  limiter?: Bottleneck;
}

export interface HubspotEmailOptOutResult {
  /** Addresses now opted out of all email (those that already were included), trimmed and lower-cased. */
  optedOut: string[];
  /** Addresses HubSpot refused (not an address, say), with its words. */
  rejected: Array<{ email: string; vendorMessage: string }>;
  /** API calls made, retries included. */
  calls: number;
}

export interface HubspotEmailOptOut {
  /** Addresses one API call takes: one (the single-address endpoint). `optOut` takes any number. */
  readonly maxBatch: number;
  optOut(emails: readonly string[]): Promise<HubspotEmailOptOutResult>;
}

/** What refuses one address rather than the whole run: anything else (scopes, auth, outages past retries) is thrown. */
const REFUSES_THE_ADDRESS = new Set<string>(['rejected_record', 'not_found']);

export function hubspotEmailOptOut(sdk: HubspotSdk, options: HubspotEmailOptOutOptions = {}): HubspotEmailOptOut {
  const { limiter, ...retry } = options;
  return {
    maxBatch: 1,
    async optOut(emails) {
      const calls = new CountedCalls(limiter, retry);
      const optedOut: string[] = [];
      const rejected: HubspotEmailOptOutResult['rejected'] = [];
      for (const email of emailKeysOf(emails)) {
        try {
          const answer = await calls.run(() => hubspotApiRequest(sdk, {
            method: 'POST',
            path: `/communication-preferences/v4/statuses/${encodeURIComponent(email)}/unsubscribe-all`,
            qs: { channel: 'EMAIL', verbose: 'true' },
          }));
          const problem = problemIn(answer);
          if (problem === undefined) optedOut.push(email);
          else rejected.push({ email, vendorMessage: problem });
        } catch (error) {
          if (!(error instanceof VendorCallError) || !REFUSES_THE_ADDRESS.has(error.kind)) throw error;
          rejected.push({ email, vendorMessage: error.vendorMessage });
        }
      }
      return { optedOut, rejected, calls: calls.take() };
    },
  };
}

/**
 * A 2xx is an opt-out (an address already opted out gets one too, NO_STATUS_CHANGE [unconfirmed]),
 * unless the envelope reports errors or a canceled action. A body that does not parse is not
 * second-guessed: the status said yes.
 */
function problemIn(answer: unknown): string | undefined {
  const parsed = HubspotV4ActionOutcomeWire.safeParse(answer);
  if (!parsed.success) return undefined;
  const first = parsed.data.errors?.[0];
  if (first) return [first.category, first.message].filter((w) => w !== undefined && w !== '').join(': ') || 'an error without a message';
  if ((parsed.data.numErrors ?? 0) > 0) return `${parsed.data.numErrors} errors`;
  return parsed.data.status === 'CANCELED' ? 'the opt-out was CANCELED' : undefined;
}

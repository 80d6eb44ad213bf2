// The one file that imports the official SDK. https://github.com/HubSpot/hubspot-api-nodejs
import { Client } from '@hubspot/api-client';

export type HubspotSdk = Client;

/**
 * An SDK client pointed at a HubSpot (the real API or a sandbox base URL). The SDK's own retry is
 * left off (it waits a fixed 10 s on a 429 and ignores Retry-After); the connector's limiter and
 * backoff own retries.
 */
export function createHubspotSdk(target: { baseUrl: string; accessToken?: string }): HubspotSdk {
  return new Client({
    basePath: target.baseUrl.replace(/\/+$/, ''),
    ...(target.accessToken ? { accessToken: target.accessToken } : {}),
    numberOfApiCallRetries: 0,
  });
}

import type { HubspotSdk } from './client.ts';

// Endpoints the SDK has no typed method for (v4 communication preferences) go through its
// `apiRequest`: the same client, base path and token. apiRequest resolves with the raw Response
// whatever the status, so a non-2xx answer is thrown here in the shape of the SDK's ApiException
// (code, body, headers), which classifyHubspotFailure reads like any typed call's failure.

/** A non-2xx answer to `apiRequest`, shaped like the SDK's ApiException. */
export class HubspotHttpError extends Error {
  readonly code: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;

  constructor(code: number, body: unknown, headers: Record<string, string>) {
    super(`HTTP-Code: ${code}`);
    this.name = 'HubspotHttpError';
    this.code = code;
    this.body = body;
    this.headers = headers;
  }
}

export interface HubspotApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  qs?: Record<string, string>;
  body?: unknown;
}

/** The answer's JSON (undefined when there is none); throws HubspotHttpError for a non-2xx status. */
export async function hubspotApiRequest(sdk: HubspotSdk, request: HubspotApiRequest): Promise<unknown> {
  const response = await sdk.apiRequest({ method: request.method, path: request.path, ...(request.qs ? { qs: request.qs } : {}), ...(request.body === undefined ? {} : { body: request.body }) });
  const text = await response.text();
  const body = text === '' ? undefined : parsed(text);
  if (response.ok) return body;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => void (headers[name.toLowerCase()] = value));
  throw new HubspotHttpError(response.status, body ?? text, headers);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

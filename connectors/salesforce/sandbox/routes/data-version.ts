// REST API versions under /services/data/vXX.X (api-versions.ts holds the range): a supported version is
// served; a retired one answers 410 GONE, as the End-of-Life Policy documents; anything else is a 404.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm
import type { Response } from 'express';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import { apiVersionStatus } from '../api-versions.ts';
import { resourceNotFound, salesforceError } from '../error-bodies.ts';

const VERSION = /^v(\d{1,2})\.0$/;

/** The major version of a `vXX.X` path segment, or undefined when Salesforce would not serve it. */
export function dataVersion(segment: string | undefined): number | undefined {
  const match = VERSION.exec(segment ?? '');
  const major = Number(match?.[1]);
  return match && apiVersionStatus(major) === 'supported' ? major : undefined;
}

/**
 * The major version of a served `vXX.X` segment; otherwise undefined after answering 410 GONE (a retired
 * version; the message is the sandbox's, the status and code are documented) or 404 NOT_FOUND.
 */
export function servedDataVersion(segment: string | undefined, res: Response): number | undefined {
  const major = dataVersion(segment);
  if (major !== undefined) return major;
  const retired = apiVersionStatus(Number(VERSION.exec(segment ?? '')?.[1])) === 'retired';
  sendReply(res, retired ? salesforceError(410, 'GONE', `API version ${(segment ?? '').slice(1)} is retired and no longer available.`) : resourceNotFound());
  return undefined;
}

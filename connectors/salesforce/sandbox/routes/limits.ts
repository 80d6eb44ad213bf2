// GET /services/data/vXX.X/limits — the org's limits, each as { Max, Remaining }.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm
// Only DailyApiRequests moves (it is the allocation apiUsageMiddleware counts); the other entries are
// an Enterprise Edition org's published allocations, reported as untouched. Mount at the sandbox root,
// behind requireBearer and apiUsageMiddleware.
import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { IssuedToken } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { resourceNotFound } from '../error-bodies.ts';
import { apiUsageOf } from '../limits.ts';
import { servedDataVersion } from './data-version.ts';

interface Allocation {
  Max: number;
  Remaining: number;
}

// Per-24-hour, hourly and concurrent allocations of an Enterprise Edition org (Salesforce Developer
// Limits and Allocations Quick Reference). Storage is the edition's 10 GB base.
const STATIC_LIMITS: ReadonlyArray<readonly [name: string, max: number]> = [
  ['ActiveScratchOrgs', 0],
  ['ConcurrentAsyncGetReportInstances', 200],
  ['ConcurrentSyncReportRuns', 20],
  ['DailyAsyncApexExecutions', 250_000],
  ['DailyAsyncApexTests', 500],
  ['DailyBulkApiBatches', 15_000],
  ['DailyBulkV2QueryFileStorageMB', 976_562],
  ['DailyBulkV2QueryJobs', 10_000],
  ['DailyDeliveredPlatformEvents', 50_000],
  ['DailyDurableGenericStreamingApiEvents', 1_000_000],
  ['DailyDurableStreamingApiEvents', 1_000_000],
  ['DailyGenericStreamingApiEvents', 10_000],
  ['DailyScratchOrgs', 0],
  ['DailyStandardVolumePlatformEvents', 50_000],
  ['DailyStreamingApiEvents', 1_000_000],
  ['DailyWorkflowEmails', 1_000],
  ['DataStorageMB', 10_240],
  ['DurableStreamingApiConcurrentClients', 1_000],
  ['FileStorageMB', 10_240],
  ['HourlyAsyncReportRuns', 1_200],
  ['HourlyDashboardRefreshes', 200],
  ['HourlyDashboardResults', 5_000],
  ['HourlyDashboardStatuses', 999_999_999],
  ['HourlyODataCallout', 20_000],
  ['HourlyPublishedPlatformEvents', 250_000],
  ['HourlyPublishedStandardVolumePlatformEvents', 100_000],
  ['HourlySyncReportRuns', 500],
  ['HourlyTimeBasedWorkflow', 1_000],
  ['MassEmail', 5_000],
  ['PermissionSets', 1_500],
  ['SingleEmail', 5_000],
  ['StreamingApiConcurrentClients', 1_000],
];

// The resource takes no parameters; anything else in the query string is ignored, as Salesforce does.
const LimitsQuery = z.record(z.string(), z.unknown());

export function limitsRoutes(deps: SalesforceSandboxDeps): Router {
  const router = express.Router();

  // GET /services/data/vXX.X/limits — https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_limits.htm
  router.get('/services/data/:version/limits', (req, res) => {
    if (servedDataVersion(req.params.version, res) === undefined) return;
    if (!LimitsQuery.safeParse(req.query).success) return sendReply(res, resourceNotFound());
    const token = res.locals.sandboxToken as IssuedToken | undefined;
    const usage = apiUsageOf(deps).peek(token?.subject || deps.settings.orgId);
    const body: Record<string, Allocation> = {};
    for (const [name, max] of STATIC_LIMITS) body[name] = { Max: max, Remaining: max };
    body.DailyApiRequests = { Max: usage.max, Remaining: Math.max(0, usage.max - usage.used) };
    const ordered = Object.fromEntries(Object.entries(body).sort(([a], [b]) => a.localeCompare(b)));
    res.json(ordered);
  });

  return router;
}

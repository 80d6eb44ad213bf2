// The replication resources: which records of one object changed or were deleted in a time window.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getupdated.htm
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm
// Rules (SOAP getUpdated()/getDeleted(), which these mirror): seconds are dropped from start and end;
// start must precede end; updated looks back at most 30 days and deleted at most 15 (the recycle bin);
// a record counts when its SystemModstamp (or delete time) is in [start, end). latestDateCovered is
// end, or the current minute when end is later. Mount at the sandbox root, behind apiUsageMiddleware.
import express from 'express';
import type { Response, Router } from 'express';
import { z } from 'zod';
import { sendReply, singleText } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { resourceNotFound, salesforceError } from '../error-bodies.ts';
import { parseSfDateTime, sfDateTime } from '../datetimes.ts';
import type { SObjectDef, SObjectRecord } from '../state/index.ts';
import { servedDataVersion } from './data-version.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const UPDATED_LOOKBACK_DAYS = 30;
const DELETED_LOOKBACK_DAYS = 15;

const WindowQuery = z.object({ start: singleText, end: singleText });

type Window = { start: number; end: number; latestCovered: number };

const replicationError = (message: string) => salesforceError(400, 'INVALID_REPLICATION_DATE', message);
const floorToMinute = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

/** The window, or undefined after answering Salesforce's error. */
function windowOf(deps: SalesforceSandboxDeps, query: unknown, lookbackDays: number, res: Response): Window | undefined {
  const parsed = WindowQuery.safeParse(query);
  const { start: rawStart, end: rawEnd } = parsed.success ? parsed.data : { start: undefined, end: undefined };
  // ISO 8601 with an explicit offset, as jsforce sends it (`2024-01-01T00:00:00+00:00`); Z and ms accepted.
  const instants: number[] = [];
  for (const [name, raw] of [['start', rawStart], ['end', rawEnd]] as const) {
    if (raw === undefined) return void sendReply(res, salesforceError(400, 'MISSING_ARGUMENT', `${name} not specified`));
    const ms = parseSfDateTime(raw);
    if (ms === undefined) return void sendReply(res, replicationError(`${name} is not a valid dateTime: ${raw}`));
    instants.push(floorToMinute(ms));
  }
  const [start = 0, end = 0] = instants;
  if (start >= end) return void sendReply(res, replicationError('startDate must chronologically precede endDate'));
  const now = deps.ctx.clock.now();
  const earliest = floorToMinute(now - lookbackDays * DAY_MS);
  if (start < earliest) {
    return void sendReply(res, replicationError(`startDate cannot be more than ${lookbackDays} days ago: the earliest date available is ${sfDateTime(earliest)}`));
  }
  return { start, end, latestCovered: Math.min(end, floorToMinute(now)) };
}

function within(at: string | undefined, window: Window): boolean {
  if (at === undefined) return false;
  const ms = parseSfDateTime(at) ?? Number.NaN;
  return ms >= window.start && ms < window.latestCovered;
}

function changedAt(record: SObjectRecord): string | undefined {
  const stamp = record.fields.SystemModstamp ?? record.fields.LastModifiedDate;
  return typeof stamp === 'string' ? stamp : undefined;
}

export function changeRoutes(deps: SalesforceSandboxDeps): Router {
  const router = express.Router();

  /** The object named in the path, or undefined after answering 404. */
  const sobjectOf = (version: string, type: string, res: Response): SObjectDef | undefined => {
    if (servedDataVersion(version, res) === undefined) return undefined;
    const def = deps.state.schema.resolve(type);
    if (!def) sendReply(res, resourceNotFound());
    return def;
  };

  // GET /services/data/vXX.X/sobjects/{Type}/updated?start=&end= — https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getupdated.htm
  router.get('/services/data/:version/sobjects/:type/updated', (req, res) => {
    const def = sobjectOf(req.params.version, req.params.type, res);
    const window = def && windowOf(deps, req.query, UPDATED_LOOKBACK_DAYS, res);
    if (!def || !window) return;
    const ids: string[] = [];
    for (const record of deps.state.records.all(def.name)) if (within(changedAt(record), window)) ids.push(record.Id);
    res.json({ ids, latestDateCovered: sfDateTime(window.latestCovered) });
  });

  // GET /services/data/vXX.X/sobjects/{Type}/deleted?start=&end= — https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm
  router.get('/services/data/:version/sobjects/:type/deleted', (req, res) => {
    const def = sobjectOf(req.params.version, req.params.type, res);
    const window = def && windowOf(deps, req.query, DELETED_LOOKBACK_DAYS, res);
    if (!def || !window) return;
    const deletedRecords: Array<{ id: string; deletedDate: string }> = [];
    for (const record of deps.state.records.all(def.name, { includeDeleted: true })) {
      if (record.deletedDate !== undefined && within(record.deletedDate, window)) deletedRecords.push({ id: record.Id, deletedDate: record.deletedDate });
    }
    deletedRecords.sort((a, b) => a.deletedDate.localeCompare(b.deletedDate) || a.id.localeCompare(b.id));
    // The recycle bin keeps 15 days: anything deleted earlier is gone, so that is the earliest date answered.
    const earliestDateAvailable = sfDateTime(floorToMinute(deps.ctx.clock.now() - DELETED_LOOKBACK_DAYS * DAY_MS));
    res.json({ deletedRecords, earliestDateAvailable, latestDateCovered: sfDateTime(window.latestCovered) });
  });

  return router;
}

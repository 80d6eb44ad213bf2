import type { ChangeFeed, FeedCursor, FeedPage } from '../../src/connector-kit/capabilities.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotFeedOptions, HubspotObjectSpec } from './crm-objects.ts';
import { HubspotSearchResponseWire } from './wire/object-search.ts';
import type { HubspotObjectWire } from './wire/object-record.ts';
import { CountedCalls, sdkRecordToWire } from './sdk-records.ts';
import { hubspotManifest } from './manifest.ts';

// Records of one object changed since a cursor, through POST /crm/v3/objects/{objectType}/search
// (QUIRKS.md, "The change feed"). Two modes, one state machine, for every object:
// - range: `modified GT/GTE t` sorted by it, paged by offset; a page's last timestamp is held back
//   (more records may share it on the next page), so every handed-out (time, id) run is whole and
//   sorted, and a cursor means "everything before (t, id) in (time, id) order"; before `after` would
//   reach 10,000 a new window starts at the held timestamp;
// - tie: `modified EQ t AND hs_object_id GT last` sorted by id, keyset-paged (no offsets, so no
//   10,000 cap), for a run of equal timestamps that fills a page, and to resume a cursor.

const SEARCH_CAP = 10_000;
const MAX_PAGE = 200;

type SearchRequest = Parameters<HubspotSdk['crm']['objects']['searchApi']['doSearch']>[1];
interface Filter { propertyName: string; operator: 'GT' | 'GTE' | 'EQ'; value: string }
interface Row { wire: HubspotObjectWire; at: number }

interface RangeState { mode: 'range'; since?: { at: number; inclusive: boolean }; offset: number; held: Row[] }
interface TieState { mode: 'tie'; at: number; afterId?: string }
type State = RangeState | TieState | { mode: 'done' };
interface Step { ready: Row[]; next: State }

const byTimeThenId = (a: Row, b: Row) => a.at - b.at || Number(a.wire.id) - Number(b.wire.id);
const cursorOf = (row: Row): FeedCursor => ({ modifiedAt: new Date(row.at).toISOString(), id: row.wire.id });

export function hubspotObjectFeed<T>(sdk: HubspotSdk, spec: HubspotObjectSpec<T>, options: HubspotFeedOptions = {}): ChangeFeed<T> {
  const { limiter, searchLimiter, ...retry } = options;
  return {
    // Searches wait on the search limiter; what a spec reads besides (histories, pipelines) on the burst one.
    pages: (from) => readPages(sdk, spec, { search: new CountedCalls(searchLimiter ?? limiter, retry), other: new CountedCalls(limiter, retry) }, from),
  };
}

async function* readPages<T>(
  sdk: HubspotSdk, spec: HubspotObjectSpec<T>, calls: { search: CountedCalls; other: CountedCalls }, from: { after?: FeedCursor; pageSize?: number },
): AsyncGenerator<FeedPage<T>> {
  const modified = spec.modifiedProperty;
  const limit = Math.min(MAX_PAGE, Math.max(1, from.pageSize ?? hubspotManifest.limits.pageSize));
  let cursor = from.after;
  let state: State = cursor
    ? { mode: 'tie', at: Date.parse(cursor.modifiedAt), afterId: cursor.id }
    : { mode: 'range', offset: 0, held: [] };

  const rowOf = (wire: HubspotObjectWire): Row => {
    const text = wire.properties[modified] ?? wire.updatedAt;
    const at = Date.parse(text);
    if (Number.isNaN(at)) throw new Error(`HubSpot ${spec.objectType} ${wire.id}: ${modified}: not a date: ${text}`);
    return { wire, at };
  };

  const search = async (filters: Filter[], sort: string, after: number) => {
    const request = {
      filterGroups: filters.length > 0 ? [{ filters }] : [],
      sorts: [{ propertyName: sort, direction: 'ASCENDING' }],
      properties: [...spec.properties],
      limit,
      ...(after > 0 ? { after: String(after) } : {}),
    } as unknown as SearchRequest;
    const answer = await calls.search.run(() => sdk.crm.objects.searchApi.doSearch(spec.objectType, request));
    const page = HubspotSearchResponseWire.parse({ ...answer, results: answer.results.map(sdkRecordToWire) });
    return { rows: page.results.map(rowOf), total: page.total, hasNext: page.paging?.next !== undefined };
  };

  const tieStep = async (tie: TieState): Promise<Step> => {
    const filters: Filter[] = [{ propertyName: modified, operator: 'EQ', value: String(tie.at) }];
    if (tie.afterId !== undefined) filters.push({ propertyName: 'hs_object_id', operator: 'GT', value: tie.afterId });
    const { rows, total } = await search(filters, 'hs_object_id', 0);
    const ready = rows.sort(byTimeThenId);
    const last = ready.at(-1);
    const next: State = rows.length < total && last ? { mode: 'tie', at: tie.at, afterId: last.wire.id }
      : { mode: 'range', since: { at: tie.at, inclusive: false }, offset: 0, held: [] };
    return { ready, next };
  };

  const rangeStep = async ({ since, offset, held }: RangeState): Promise<Step> => {
    const filters: Filter[] = since ? [{ propertyName: modified, operator: since.inclusive ? 'GTE' : 'GT', value: String(since.at) }] : [];
    const { rows, total, hasNext } = await search(filters, modified, offset);
    const heldIds = new Set(held.map((r) => r.wire.id));
    const candidates = [...held, ...rows.filter((r) => !heldIds.has(r.wire.id))];
    const nextOffset = offset + rows.length;
    // An empty page ends the read even if `total` says otherwise (it never loops on a refused offset).
    const more = rows.length > 0 && (hasNext || nextOffset < total);
    const lastAt = candidates.at(-1)?.at;
    if (!more || lastAt === undefined) return { ready: candidates.sort(byTimeThenId), next: { mode: 'done' } };
    const ready = candidates.filter((r) => r.at < lastAt).sort(byTimeThenId);
    // The whole page shares one timestamp: read that run by id instead (held copies are dropped).
    if (rows.every((r) => r.at === lastAt)) return { ready, next: { mode: 'tie', at: lastAt } };
    const keep = candidates.filter((r) => r.at === lastAt);
    const next: State = !hasNext || nextOffset >= SEARCH_CAP
      ? { mode: 'range', since: { at: lastAt, inclusive: true }, offset: 0, held: keep }
      : { mode: 'range', ...(since ? { since } : {}), offset: nextOffset, held: keep };
    return { ready, next };
  };

  while (state.mode !== 'done') {
    const { ready, next }: Step = state.mode === 'tie' ? await tieStep(state) : await rangeStep(state);
    state = next;
    const last = ready.at(-1);
    if (last) cursor = cursorOf(last);
    if (ready.length > 0 || state.mode === 'done') {
      const records = ready.length > 0 ? await spec.toRecords(ready.map((r) => r.wire), calls.other) : [];
      yield { records, cursor, calls: calls.search.take() + calls.other.take() };
    }
  }
}

// A people side whose records carry owners as people (`owner:` + email) instead of this system's ids,
// so two systems' owner fields compare as the same person and a write sends the target's own id.
// Wraps a side with its owner directory; a side without one is returned as it is.
import type { FeedPage, ReadResult } from '../../connector-kit/capabilities.ts';
import type { FieldAccess, PeopleSide } from '../../connector-kit/people-side.ts';
import type { CanonicalContact } from '../../core/canonical/contact.ts';
import { ownerKeys } from '../owner-map.ts';
import type { OwnerKeys } from '../owner-map.ts';

const PREFIX = 'owner:';

function keyed(record: CanonicalContact, keys: OwnerKeys): CanonicalContact {
  if (record.ownerId === undefined) return record;
  const email = keys.keyOf(record.ownerId);
  // An id no owner has (a queue, a deleted user) stays this system's own id: it never matches the other side's.
  return { ...record, ownerId: email === undefined ? record.ownerId : `${PREFIX}${email}` };
}

/** The patch with its owner as this system's id, marked as this system's so the writer sends it. */
function unkeyed(patch: CanonicalContact, keys: OwnerKeys, system: CanonicalContact['source']['system']): CanonicalContact {
  if (patch.ownerId === undefined || !patch.ownerId.startsWith(PREFIX)) return patch;
  const id = keys.idOf(patch.ownerId.slice(PREFIX.length));
  if (id === undefined) {
    const { ownerId: _dropped, ...rest } = patch;
    return rest as CanonicalContact;
  }
  return { ...patch, ownerId: id, fieldSources: { ...patch.fieldSources, ownerId: { system, at: patch.updatedAt ?? new Date().toISOString() } } };
}

async function* keyedPages<P extends FeedPage<CanonicalContact>>(pages: AsyncIterable<P>, keys: OwnerKeys): AsyncGenerator<P> {
  for await (const page of pages) yield { ...page, records: page.records.map((r) => keyed(r, keys)) };
}

/** The side with owners keyed by person; `calls` is what listing the owners took. */
export async function ownerKeyedSide(side: PeopleSide): Promise<{ side: PeopleSide; calls: number }> {
  if (!side.owners) return { side, calls: 0 };
  const { owners, calls } = await side.owners.list();
  const keys = ownerKeys(owners);
  const keyedRead = async (read: Promise<ReadResult<CanonicalContact>>) => {
    const result = await read;
    return { ...result, records: result.records.map((r) => keyed(r, keys)) };
  };
  const fields = (record: CanonicalContact | undefined): FieldAccess => {
    const access = side.fields(record);
    return {
      readable: access.readable,
      writable: new Set([...access.writable, 'ownerId']),
      // An owner is written only when the person is an active owner here; other fields as the side says.
      accepts: (field, value) => (field === 'ownerId'
        ? typeof value === 'string' && value.startsWith(PREFIX) && keys.idOf(value.slice(PREFIX.length)) !== undefined
        : access.accepts?.(field, value) ?? true),
    };
  };
  const wrapped: PeopleSide = {
    ...side,
    streams: side.streams.map((stream) => ({ ...stream, feed: { pages: (from) => keyedPages(stream.feed.pages(from), keys) } })),
    reader: {
      maxBatch: side.reader.maxBatch,
      readByIds: (ids) => keyedRead(side.reader.readByIds(ids)),
      readByEmails: (emails) => keyedRead(side.reader.readByEmails(emails)),
    },
    writer: { maxBatch: side.writer.maxBatch, write: async (batch) => {
      const patches = batch.map((p) => unkeyed(p, keys, side.system));
      const outcome = await side.writer.write(patches);
      // Outcomes name the records the writer was given: hand back the caller's own.
      const original = new Map(patches.map((p, i) => [p, batch[i]!]));
      return {
        ...outcome,
        written: outcome.written.map((w) => ({ ...w, record: original.get(w.record) ?? w.record })),
        rejected: outcome.rejected.map((r) => ({ ...r, record: original.get(r.record) ?? r.record })),
      };
    } },
    fields,
  };
  return { side: wrapped, calls };
}

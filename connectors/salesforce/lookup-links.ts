// Links kept as a lookup field on the first record: Contact.AccountId (contact–company) and
// Opportunity.AccountId (deal–company). A record holds one such link, so linking replaces the previous
// one, and unlinking clears the field only where it still names that record (QUIRKS.md, "Associations are
// lookups and contact roles"). Reads are SOQL IN lists of 200; writes are sObject Collections updates.
import { z } from 'zod';
import type { AssociationOutcome, AssociationPair, AssociationRead } from '../../src/connector-kit/associations.ts';
import type { SalesforceCaller } from './calls.ts';
import { salesforceCollectionsWriter } from './collections-writer.ts';
import { MAX_ENCODED_QUERY, SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { inQueries } from './read-soql.ts';
import { caseSafeId } from './record-ids.ts';
import { selectRows } from './select-rows.ts';
import { readRow } from './wire/query-page.ts';

export interface LookupLink {
  sobject: 'Contact' | 'Opportunity';
  /** Key prefixes of the record holding the lookup and of the record it names (Account). */
  fromPrefix: string;
  toPrefix: string;
}

const LookupRow = z.object({ Id: z.string(), AccountId: z.string().nullable().optional() });

/** 18-character ids of one object, each once; anything else names no such record and is never sent. */
export const idsOf = (ids: readonly string[], prefix: string) =>
  [...new Set(ids.map(caseSafeId).filter((id): id is string => id?.startsWith(prefix) ?? false))];

export function lookupLinks(caller: SalesforceCaller, apiVersion: string, link: LookupLink) {
  const { sobject } = link;

  async function current(column: 'Id' | 'AccountId', values: string[]): Promise<{ rows: Array<z.infer<typeof LookupRow>>; calls: number }> {
    const queries = inQueries({ sobject, fields: ['Id', 'AccountId'], column, values, maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY });
    const { rows, calls } = await selectRows(caller, apiVersion, queries);
    return { rows: rows.map((row) => readRow(LookupRow, row, sobject)), calls };
  }

  /** Sets (or clears, with null) the lookup of each record; per-record outcomes. */
  const writer = salesforceCollectionsWriter<{ pair: AssociationPair; id: string; accountId: string | null }>(caller, {
    sobject, bodyOf: (w) => ({ body: { AccountId: w.accountId } }), ours: () => true, idOf: (w) => w.id,
  });

  async function write(changes: Array<{ pair: AssociationPair; id: string; accountId: string | null }>, outcome: AssociationOutcome): Promise<void> {
    if (changes.length === 0) return;
    const written = await writer.write(changes);
    outcome.calls += written.calls;
    outcome.done.push(...written.written.map((w) => w.record.pair));
    outcome.rejected.push(...written.rejected.map((r) => ({ pair: r.record.pair, kind: r.kind, vendorMessage: r.vendorMessage })));
  }

  /** Each pair once, by 18-character ids, when they name the two objects; the others are rejected unsent. */
  function usable(pairs: readonly AssociationPair[], outcome: AssociationOutcome): Array<{ pair: AssociationPair; id: string; accountId: string }> {
    const unique = new Map<string, { pair: AssociationPair; id: string; accountId: string }>();
    for (const pair of pairs) {
      const [id, accountId] = [caseSafeId(pair.fromId), caseSafeId(pair.toId)];
      if (id?.startsWith(link.fromPrefix) && accountId?.startsWith(link.toPrefix)) unique.set(`${id}>${accountId}`, unique.get(`${id}>${accountId}`) ?? { pair, id, accountId });
      else outcome.rejected.push({ pair, kind: 'rejected_record', vendorMessage: `not a ${sobject} id and an Account id` });
    }
    return [...unique.values()];
  }

  return {
    async read(ids: readonly string[], side: 'from' | 'to'): Promise<AssociationRead> {
      const values = idsOf(ids, side === 'from' ? link.fromPrefix : link.toPrefix);
      const { rows, calls } = await current(side === 'from' ? 'Id' : 'AccountId', values);
      const pairs = rows.flatMap((row) => (row.AccountId ? [{ fromId: row.Id, toId: row.AccountId }] : []));
      return { pairs, calls };
    },

    async link(pairs: readonly AssociationPair[]): Promise<AssociationOutcome> {
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const wanted = usable(pairs, outcome);
      // One lookup per record: a record named with two different accounts cannot hold both.
      const accountsOf = new Map<string, Set<string>>();
      for (const w of wanted) accountsOf.set(w.id, (accountsOf.get(w.id) ?? new Set()).add(w.accountId));
      const single = wanted.filter((w) => {
        if (accountsOf.get(w.id)!.size === 1) return true;
        outcome.rejected.push({ pair: w.pair, kind: 'rejected_record', vendorMessage: `a ${sobject} has one AccountId; this batch names several for ${w.id}` });
        return false;
      });
      const { rows, calls } = await current('Id', [...new Set(single.map((w) => w.id))]);
      outcome.calls += calls;
      const linked = new Map(rows.map((row) => [row.Id, row.AccountId ? caseSafeId(row.AccountId) : undefined]));
      // Already linked: nothing to write (and no change for the feeds to echo).
      const changes = single.filter((w) => linked.get(w.id) !== w.accountId);
      outcome.done.push(...single.filter((w) => linked.get(w.id) === w.accountId).map((w) => w.pair));
      await write(changes, outcome);
      return outcome;
    },

    async unlink(pairs: readonly AssociationPair[]): Promise<AssociationOutcome> {
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const wanted = usable(pairs, outcome);
      const { rows, calls } = await current('Id', [...new Set(wanted.map((w) => w.id))]);
      outcome.calls += calls;
      const linked = new Map(rows.map((row) => [row.Id, row.AccountId ? caseSafeId(row.AccountId) : undefined]));
      // Only a lookup that still names this account is cleared; another account's link is never touched.
      const clears = wanted.filter((w) => linked.get(w.id) === w.accountId);
      outcome.done.push(...wanted.filter((w) => linked.get(w.id) !== w.accountId).map((w) => w.pair));
      await write(clears.map((w) => ({ ...w, accountId: null })), outcome);
      return outcome;
    },
  };
}

// Deal–contact links as OpportunityContactRole rows (one per contact on an opportunity). Reads are SOQL IN
// lists of 200; a link creates the rows not there yet (sObject Collections create), an unlink deletes the
// rows of the pair (sObject Collections delete), so either is idempotent.
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitycontactrole.htm
import type { AssociationOutcome, AssociationPair, AssociationRead } from '../../src/connector-kit/associations.ts';
import type { SalesforceCaller } from './calls.ts';
import { salesforceCollectionsArchiver } from './collections-archiver.ts';
import { salesforceCollectionsWriter } from './collections-writer.ts';
import { idsOf } from './lookup-links.ts';
import { MAX_ENCODED_QUERY, SALESFORCE_READ_CHUNK } from './people-reader.ts';
import { inQueries } from './read-soql.ts';
import { RECORD_KEY_PREFIXES, caseSafeId } from './record-ids.ts';
import { selectRows } from './select-rows.ts';
import { ContactRoleWire } from './wire/opportunity.ts';
import { readRow } from './wire/query-page.ts';

const { Opportunity: OPPORTUNITY, Contact: CONTACT, OpportunityContactRole: ROLE } = RECORD_KEY_PREFIXES;

interface Wanted { pair: AssociationPair; opportunityId: string; contactId: string }
const keyOf = (opportunityId: string, contactId: string) => `${opportunityId}>${contactId}`;

export function contactRoles(caller: SalesforceCaller, apiVersion: string) {
  async function roles(column: 'OpportunityId' | 'ContactId', values: string[]): Promise<{ rows: ContactRoleWire[]; calls: number }> {
    const queries = inQueries({
      sobject: 'OpportunityContactRole', fields: ['Id', 'OpportunityId', 'ContactId'], column, values, maxValues: SALESFORCE_READ_CHUNK, maxEncodedLength: MAX_ENCODED_QUERY,
    });
    const { rows, calls } = await selectRows(caller, apiVersion, queries);
    return { rows: rows.map((row) => readRow(ContactRoleWire, row, 'OpportunityContactRole')), calls };
  }

  /** The roles already on the pairs' opportunities, by pair key. */
  async function existing(wanted: readonly Wanted[]): Promise<{ byPair: Map<string, string[]>; calls: number }> {
    const { rows, calls } = await roles('OpportunityId', [...new Set(wanted.map((w) => w.opportunityId))]);
    const byPair = new Map<string, string[]>();
    for (const row of rows) byPair.set(keyOf(row.OpportunityId, row.ContactId), [...(byPair.get(keyOf(row.OpportunityId, row.ContactId)) ?? []), row.Id]);
    return { byPair, calls };
  }

  function usable(pairs: readonly AssociationPair[], outcome: AssociationOutcome): Wanted[] {
    const unique = new Map<string, Wanted>();
    for (const pair of pairs) {
      const [opportunityId, contactId] = [caseSafeId(pair.fromId), caseSafeId(pair.toId)];
      if (opportunityId?.startsWith(OPPORTUNITY) && contactId?.startsWith(CONTACT)) unique.set(keyOf(opportunityId, contactId), unique.get(keyOf(opportunityId, contactId)) ?? { pair, opportunityId, contactId });
      else outcome.rejected.push({ pair, kind: 'rejected_record', vendorMessage: 'not an Opportunity id and a Contact id' });
    }
    return [...unique.values()];
  }

  const creator = salesforceCollectionsWriter<Wanted>(caller, {
    sobject: 'OpportunityContactRole', bodyOf: (w) => ({ body: { OpportunityId: w.opportunityId, ContactId: w.contactId } }), ours: () => false, idOf: () => '',
  });
  const deleter = salesforceCollectionsArchiver(caller, { sobject: 'OpportunityContactRole', prefix: ROLE, apiVersion });

  return {
    async read(ids: readonly string[], side: 'from' | 'to'): Promise<AssociationRead> {
      const { rows, calls } = await roles(side === 'from' ? 'OpportunityId' : 'ContactId', idsOf(ids, side === 'from' ? OPPORTUNITY : CONTACT));
      const pairs = new Map(rows.map((row) => [keyOf(row.OpportunityId, row.ContactId), { fromId: row.OpportunityId, toId: row.ContactId }]));
      return { pairs: [...pairs.values()], calls };
    },

    async link(pairs: readonly AssociationPair[]): Promise<AssociationOutcome> {
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const wanted = usable(pairs, outcome);
      if (wanted.length === 0) return outcome;
      const { byPair, calls } = await existing(wanted);
      outcome.calls += calls;
      const missing = wanted.filter((w) => !byPair.has(keyOf(w.opportunityId, w.contactId)));
      outcome.done.push(...wanted.filter((w) => byPair.has(keyOf(w.opportunityId, w.contactId))).map((w) => w.pair));
      if (missing.length === 0) return outcome;
      const created = await creator.write(missing);
      outcome.calls += created.calls;
      outcome.done.push(...created.written.map((w) => w.record.pair));
      outcome.rejected.push(...created.rejected.map((r) => ({ pair: r.record.pair, kind: r.kind, vendorMessage: r.vendorMessage })));
      return outcome;
    },

    async unlink(pairs: readonly AssociationPair[]): Promise<AssociationOutcome> {
      const outcome: AssociationOutcome = { done: [], rejected: [], calls: 0 };
      const wanted = usable(pairs, outcome);
      if (wanted.length === 0) return outcome;
      const { byPair, calls } = await existing(wanted);
      outcome.calls += calls;
      const roleIds = wanted.flatMap((w) => byPair.get(keyOf(w.opportunityId, w.contactId)) ?? []);
      const deleted = roleIds.length > 0 ? await deleter.archive(roleIds) : { archived: [], rejected: [], calls: 0 };
      outcome.calls += deleted.calls;
      const failed = new Map(deleted.rejected.map((r) => [r.id, r.vendorMessage]));
      for (const w of wanted) {
        const problem = (byPair.get(keyOf(w.opportunityId, w.contactId)) ?? []).map((id) => failed.get(id)).find((m) => m !== undefined);
        if (problem === undefined) outcome.done.push(w.pair);
        else outcome.rejected.push({ pair: w.pair, kind: 'rejected_record', vendorMessage: problem });
      }
      return outcome;
    },
  };
}

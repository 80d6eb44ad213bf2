// How sObject Collections run a list of saves: in input order, each result in place; with allOrNone
// one failure rolls every save back (the failed entries keep their errors, the others say
// ALL_OR_NONE_OPERATION_ROLLED_BACK); without it the good saves stay. A value Salesforce cannot
// deserialize fails the whole request (400) before anything is saved.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_header_allornoneheader.htm
import type { SObjectErrorItem, SObjectStore } from './state/index.ts';
import { SObjectWriteError } from './state/index.ts';
import { collectionErrorItem } from './rest-replies.ts';

/** What one save in a collection produced. */
export interface SaveOutcome {
  id?: string;
  /** True for a record this save created (creates and upserts that inserted). */
  created?: boolean;
}

/** One entry of the answer array. */
export type CollectionResult = { id?: string; success: boolean; errors: Array<Record<string, unknown>>; created?: boolean };

export type CollectionAnswer = { status: 200; results: CollectionResult[] } | { status: 400; errors: SObjectErrorItem[] };

const ROLLED_BACK: SObjectErrorItem = {
  errorCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

/** A save that fails before it reaches the store (no type, no id…), with the id to report if any. */
export class ItemRefused extends Error {
  readonly item: SObjectErrorItem;
  readonly id?: string;
  constructor(item: SObjectErrorItem, id?: string) {
    super(item.message);
    this.item = item;
    this.id = id;
  }
}

/** Runs `saves` in order as one collection call. `withCreated` adds `created` to every entry (upsert). */
export function runCollection(
  store: SObjectStore, allOrNone: boolean, saves: Array<{ id?: string; run: () => SaveOutcome }>, options: { withCreated?: boolean } = {},
): CollectionAnswer {
  const outcomes: Array<{ ok: true; outcome: SaveOutcome } | { ok: false; id?: string; errors: SObjectErrorItem[] }> = [];
  store.begin();
  try {
    for (const save of saves) {
      try {
        outcomes.push({ ok: true, outcome: save.run() });
      } catch (err) {
        if (err instanceof ItemRefused) outcomes.push({ ok: false, id: err.id ?? save.id, errors: [err.item] });
        else if (err instanceof SObjectWriteError) outcomes.push({ ok: false, id: save.id, errors: err.errors });
        else throw err;
      }
    }
  } catch (err) {
    store.rollback();
    throw err;
  }
  const unreadable = outcomes.find((o) => !o.ok && o.errors[0]?.errorCode === 'JSON_PARSER_ERROR');
  if (unreadable && !unreadable.ok) {
    store.rollback();
    return { status: 400, errors: unreadable.errors };
  }
  const failed = outcomes.some((o) => !o.ok);
  if (allOrNone && failed) store.rollback();
  else store.commit();
  const rolledBack = allOrNone && failed;
  const results = outcomes.map((o): CollectionResult => {
    const created = options.withCreated ? { created: o.ok && !rolledBack ? o.outcome.created ?? false : false } : {};
    if (!o.ok) return { ...(o.id ? { id: o.id } : {}), success: false, errors: o.errors.map(collectionErrorItem), ...created };
    if (rolledBack) {
      // A rolled-back update or delete still names its record; a rolled-back create has no id to give.
      const id = o.outcome.created === true ? undefined : o.outcome.id;
      return { ...(id ? { id } : {}), success: false, errors: [collectionErrorItem(ROLLED_BACK)], ...created };
    }
    return { id: o.outcome.id, success: true, errors: [], ...created };
  });
  return { status: 200, results };
}


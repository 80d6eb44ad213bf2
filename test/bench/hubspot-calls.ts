import type { Client } from '@hubspot/api-client';
import { streamDemoContacts } from '../../src/demo/index.ts';
import { contactBatches } from './contact-batches.ts';
import type { Pace } from './pacer.ts';

// What a sync does with the official SDK: push N demo contacts in batches of 100, then page through
// every contact 100 at a time. Calls are sequential, as one portal's sync would make them.

export interface PushOutcome {
  contacts: number;
  /** Upserts that matched a record already there (the demo's email repeats in another letter case). */
  updated: number;
  batches: number;
}

export async function pushContacts(client: Client, size: number, pace: Pace, progress: (done: number) => void): Promise<PushOutcome> {
  const outcome: PushOutcome = { contacts: 0, updated: 0, batches: 0 };
  for (const batch of contactBatches(streamDemoContacts({ size }))) {
    if (batch.kind === 'upsert') {
      const answer = await pace(() => client.crm.contacts.batchApi.upsert({ inputs: batch.inputs }));
      if (answer.results.length !== batch.inputs.length) throw new Error(`upsert answered ${answer.results.length} of ${batch.inputs.length}`);
      outcome.updated += answer.results.filter((result) => !result._new).length;
    } else {
      const answer = await pace(() => client.crm.contacts.batchApi.create({ inputs: batch.inputs }));
      if (answer.results.length !== batch.inputs.length) throw new Error(`create answered ${answer.results.length} of ${batch.inputs.length}`);
    }
    outcome.contacts += batch.inputs.length;
    outcome.batches += 1;
    progress(outcome.contacts);
  }
  return outcome;
}

/** Reads every live contact back with basicApi.getPage(100, after); returns how many came back. */
export async function readAllContacts(client: Client, pace: Pace, progress: (done: number) => void): Promise<number> {
  let read = 0;
  let after: string | undefined;
  do {
    const cursor = after;
    const page = await pace(() => client.crm.contacts.basicApi.getPage(100, cursor));
    read += page.results.length;
    after = page.paging?.next?.after;
    progress(read);
  } while (after !== undefined);
  return read;
}

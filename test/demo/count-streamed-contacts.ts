/**
 * Run as a child process by stream-memory.test.ts, with --expose-gc and a small heap: streams
 * `size` people, counting them without keeping them, and reports the heap after a full collection
 * every 20,000 people.
 */
import { streamDemoContacts } from '../../src/demo/index.ts';

const size = Number(process.argv[2]);
const collect = globalThis.gc;
if (!collect) throw new Error('run with --expose-gc');
let people = 0;
let duplicates = 0;
const heapAfterCollection: number[] = [];
for (const page of streamDemoContacts({ size, pageSize: 1000 })) {
  people += page.contacts.length;
  duplicates += page.duplicates.length;
  if (people % 20_000 === 0) {
    collect();
    heapAfterCollection.push(process.memoryUsage().heapUsed);
  }
}
process.stdout.write(JSON.stringify({ people, duplicates, heapAfterCollection }));

import type { Clock } from '../../../../src/sandbox-kit/index.ts';
import { to18 } from '../ids.ts';
import type { SchemaCatalog } from './schema-catalog.ts';
import type { FieldValue, ReferenceLookup } from './field-values.ts';
import { RecordTable } from './record-table.ts';
import type { SObjectRecord } from './record-table.ts';
import { ChangeFeed } from './change-feed.ts';
import type { ChangeListener } from './change-feed.ts';

/** The read side of the org's records: lookups by id, by object in Id order, and by field value. */
export class SObjectReads {
  readonly changes = new ChangeFeed();
  protected readonly table = new RecordTable();
  protected readonly schema: SchemaCatalog;
  protected readonly clock: Clock;

  constructor(options: { schema: SchemaCatalog; clock: Clock }) {
    this.schema = options.schema;
    this.clock = options.clock;
  }

  /** A record by its 15- or 18-character id; recycle-bin rows only with includeDeleted. */
  get(id: string, options: { includeDeleted?: boolean } = {}): SObjectRecord | undefined {
    const id18 = to18(id);
    const record = id18 ? this.table.get(id18) : undefined;
    if (!record || (record.deletedDate !== undefined && !options.includeDeleted)) return undefined;
    return record;
  }

  /** An object's records in Id order (any spelling of its name). */
  *all(sobject: string, options: { includeDeleted?: boolean } = {}): Iterable<SObjectRecord> {
    const name = this.schema.resolve(sobject)?.name ?? sobject;
    for (const record of this.table.list(name)) if (options.includeDeleted || record.deletedDate === undefined) yield record;
  }

  /** The `n` newest live records of an object, newest first, without copying the table. */
  latest(sobject: string, n: number): SObjectRecord[] {
    const ring: SObjectRecord[] = [];
    let next = 0;
    for (const record of this.all(sobject)) {
      if (n <= 0) break;
      ring[next] = record;
      next = (next + 1) % n;
    }
    return [...ring.slice(next), ...ring.slice(0, next)].reverse();
  }

  count(sobject: string, options: { includeDeleted?: boolean } = {}): number {
    let n = 0;
    for (const _ of this.all(sobject, options)) n++;
    return n;
  }

  /** Records whose field equals the value (text case-insensitively), in Id order; the field is indexed on first use. */
  findByField(sobject: string, field: string, value: FieldValue, options: { includeDeleted?: boolean } = {}): SObjectRecord[] {
    const def = this.schema.resolve(sobject);
    const f = def && this.schema.field(def.name, field);
    if (!def || !f) return [];
    const normalised = (f.type === 'reference' || f.type === 'id') && typeof value === 'string' ? to18(value) ?? value : value;
    return this.table.lookup(def.name, f.name, normalised).sort()
      .map((id) => this.table.get(id))
      .filter((r): r is SObjectRecord => r !== undefined && (options.includeDeleted === true || r.deletedDate === undefined));
  }

  /** Subscribes to every committed change (seeding makes none); returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    return this.changes.listen(listener);
  }

  /** Every record by object, recycle bin included, as plain data. */
  snapshot(): Record<string, SObjectRecord[]> {
    const out: Record<string, SObjectRecord[]> = {};
    for (const name of this.schema.names()) out[name] = [...this.all(name, { includeDeleted: true })];
    return out;
  }

  /** What a reference value points at (for the save checks). */
  protected readonly lookup: ReferenceLookup = (id18) => {
    const found = this.table.get(id18);
    return !found ? 'missing' : found.deletedDate !== undefined ? 'deleted' : 'live';
  };
}

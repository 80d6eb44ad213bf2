import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { openDatabase } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';

/** A migrated database with tenant 't1' whose statements count how often they run, to see queries per call. */
export function countingDatabase() {
  const db = openDatabase({ file: ':memory:' });
  migrate(db);
  db.exec("INSERT INTO tenants VALUES ('t1', 'hubspot', '1', 'Acme', 'active', '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z')");
  const executions = { count: 0 };
  const countCalls = (statement: StatementSync) => new Proxy(statement, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'all' || property === 'get' || property === 'run' || property === 'iterate') executions.count += 1;
        return Reflect.apply(value, target, args);
      };
    },
  });
  const counted = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return (sql: string) => countCalls(target.prepare(sql));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) satisfies DatabaseSync;
  return { db: counted, executions };
}

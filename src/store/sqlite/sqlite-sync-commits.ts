import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../clock.ts';
import { transaction } from '../database.ts';
import type { SyncCommitRepository } from '../repositories/sync-commits.ts';
import { createChangeLogWriter } from './sqlite-change-log.ts';
import { createDeadLetterWriter } from './sqlite-dead-letters.ts';
import { createIdLinkWriter } from './sqlite-id-map.ts';
import { createRecordCopyWriter } from './sqlite-record-copies.ts';
import { createSyncCursorWriter } from './sqlite-sync-cursors.ts';
import { createTombstoneWriter } from './sqlite-tombstones.ts';

/**
 * One transaction over the same writers the single repositories use, so a batch's commit and a
 * repository call can never disagree about what a write means.
 */
export function createSqliteSyncCommitRepository(db: DatabaseSync, clock: Clock): SyncCommitRepository {
  const changeLog = createChangeLogWriter(db);
  const recordCopies = createRecordCopyWriter(db);
  const idLinks = createIdLinkWriter(db);
  const tombstones = createTombstoneWriter(db);
  const deadLetters = createDeadLetterWriter(db);
  const cursors = createSyncCursorWriter(db);

  return {
    async commit(tenantId, commit) {
      // One "now" for the whole unit: everything in it happened at the same moment.
      const now = clock().toISOString();
      return transaction(db, () => {
        const changes = changeLog.append(tenantId, commit.changes ?? [], now);
        recordCopies.upsertMany(tenantId, commit.copies ?? [], now);
        for (const { objectType, record } of commit.forgetCopies ?? []) {
          recordCopies.forget(tenantId, objectType, record.system, record.id);
        }
        for (const { objectType, a, b } of commit.links ?? []) idLinks.link(tenantId, objectType, a, b, now);
        for (const { objectType, system, fromId, toId } of commit.relinks ?? []) {
          idLinks.relink(tenantId, objectType, system, fromId, toId, now);
        }
        for (const { objectType, record, otherSystem } of commit.unlinks ?? []) {
          idLinks.unlink(tenantId, objectType, record, otherSystem);
        }
        tombstones.add(tenantId, commit.tombstones ?? [], now);
        const letters = deadLetters.add(tenantId, commit.deadLetters ?? [], now);
        for (const { stream, value } of commit.cursors ?? []) cursors.save(tenantId, stream, value, now);
        return { changes, deadLetters: letters };
      });
    },
  };
}

// Records deleted in the CRM since the last run: the marketing twin is archived (never deleted for
// good: HubSpot keeps archived contacts restorable for 90 days), both ids and the email are
// tombstoned so no later sync, full or not, recreates the person, and the local copy is dropped.
import type { NewChangeLogEntry, NewTombstone } from '../../store/index.ts';
import { CONTACT } from './apply-contact-plan.ts';
import type { PlanContext } from './plan-and-apply.ts';

export async function followDeletions(ctx: PlanContext, runStartedAt: string): Promise<void> {
  const { store, tenantId, crm, marketing, dryRun, jobRunId } = ctx.options;
  for (const stream of crm.streams) {
    if (!stream.deletions) continue;
    const name = `${stream.name}:deleted`;
    const saved = await store.cursors.get<{ modifiedAt: string; id: string }>(tenantId, name);
    if (!saved) {
      // Deletions from before the first run concern records never synced; the zero id sorts before every id.
      if (!dryRun) await store.syncCommits.commit(tenantId, { cursors: [{ stream: name, value: { modifiedAt: runStartedAt, id: '000000000000000' } }] });
      continue;
    }
    for await (const page of stream.deletions({ after: saved.value })) {
      ctx.result.readCalls.crm += page.calls;
      const twins = await store.idMap.lookupMany(tenantId, CONTACT, crm.system, page.records.map((d) => d.id), marketing.system);
      const copies = await store.recordCopies.getMany(tenantId, CONTACT, marketing.system, [...twins.values()]);
      const toArchive = page.records.filter((d) => twins.has(d.id));
      if (dryRun) { ctx.result.archived += toArchive.length; continue; }
      const archived = toArchive.length > 0 && marketing.archiver ? await archiveAll(ctx, toArchive.map((d) => twins.get(d.id)!)) : new Set<string>();
      const changes: NewChangeLogEntry[] = [];
      const tombstones: NewTombstone[] = [];
      for (const deletion of page.records) {
        const twin = twins.get(deletion.id);
        const email = twin ? copies.get(twin)?.fields.email?.[crm.system]?.value : undefined;
        const reason = deletion.mergedInto ? 'merged' as const : 'deleted' as const;
        tombstones.push({ objectType: CONTACT, record: { system: crm.system, id: deletion.id }, email: typeof email === 'string' ? email : null, reason, mergedInto: deletion.mergedInto ?? null, deletedAt: deletion.deletedAt });
        if (twin === undefined || !archived.has(twin)) continue;
        tombstones.push({ objectType: CONTACT, record: { system: marketing.system, id: twin }, email: typeof email === 'string' ? email : null, reason, mergedInto: null, deletedAt: deletion.deletedAt });
        changes.push({
          jobRunId, system: marketing.system, objectType: CONTACT, objectId: twin, field: null, operation: 'archive', before: null, after: null,
          reason: { rule: 'crm_deletion', why: `${deletion.mergedInto ? `merged into ${deletion.mergedInto}` : 'deleted'} in the CRM (${deletion.id}), so archived here` },
        });
      }
      ctx.result.archived += archived.size;
      await store.syncCommits.commit(tenantId, {
        changes, tombstones,
        forgetCopies: [...archived].map((id) => ({ objectType: CONTACT, record: { system: marketing.system, id } })),
        ...(page.cursor ? { cursors: [{ stream: name, value: { ...page.cursor } }] } : {}),
      });
    }
  }
}

async function archiveAll(ctx: PlanContext, ids: readonly string[]): Promise<Set<string>> {
  const archiver = ctx.options.marketing.archiver!;
  const archived = new Set<string>();
  for (let i = 0; i < ids.length; i += archiver.maxBatch) {
    const outcome = await archiver.archive(ids.slice(i, i + archiver.maxBatch));
    ctx.result.applied.calls.marketing += outcome.calls;
    for (const id of outcome.archived) archived.add(id);
    ctx.result.applied.failed.marketing += outcome.rejected.length;
  }
  return archived;
}

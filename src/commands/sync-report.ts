// What `revops sync` shows: a progress line on stderr while it runs (a terminal only), and a summary
// a person can read at a glance (or one JSON line with --json).
import type { ContactSyncResult } from '../sync/engine/sync-result.ts';
import { totalCalls } from '../sync/engine/sync-result.ts';

const n = (value: number) => value.toLocaleString('en-US');

export function progressLine(result: ContactSyncResult, seconds: number): string {
  const a = result.applied;
  const written = a.updated.crm + a.updated.marketing + a.created.crm + a.created.marketing;
  return `syncing: read CRM ${n(result.read.crm)} · marketing ${n(result.read.marketing)} · written ${n(written)} · failed ${n(a.failed.crm + a.failed.marketing)} · ${n(totalCalls(result))} API calls · ${seconds.toFixed(1)} s`;
}

export function summaryLines(result: ContactSyncResult, context: { tenant: string; seconds: number; runId: string }): string[] {
  const { planned: p, applied: a } = result;
  const lines = [
    `Contact sync (${result.mode}${result.dryRun ? ', dry run: nothing written' : ''}) for ${context.tenant}`,
    `  read      CRM ${n(result.read.crm)}, marketing ${n(result.read.marketing)} (unchanged since the last sync: CRM ${n(result.unchanged.crm)}, marketing ${n(result.unchanged.marketing)})`,
    `  planned   ${n(p.pairs)} pairs (${n(p.linkedByEmail)} newly linked by email); updates CRM ${n(p.updates.crm)} / marketing ${n(p.updates.marketing)}; creates CRM ${n(p.creates.crm)} / marketing ${n(p.creates.marketing)}; ${n(p.fields)} fields; ${n(p.skipped)} skipped`,
  ];
  if (!result.dryRun) {
    lines.push(
      `  written   updates CRM ${n(a.updated.crm)} / marketing ${n(a.updated.marketing)}; creates CRM ${n(a.created.crm)} / marketing ${n(a.created.marketing)}; archived ${n(result.archived)}; conversions followed ${n(result.conversionsFollowed)}`,
      `  failed    CRM ${n(a.failed.crm)} / marketing ${n(a.failed.marketing)}${a.failed.crm + a.failed.marketing > 0 ? ' (in the dead-letter list with the vendor\'s message)' : ''}`,
    );
  }
  const dropped = Object.entries(result.droppedWrites).sort(([, a], [, b]) => b - a);
  if (dropped.length > 0) {
    lines.push(`  not sent  ${dropped.map(([field, count]) => `${field} ×${n(count)}`).join(', ')}: the other system cannot take these through its API (see each connector's QUIRKS.md)`);
  }
  lines.push(
    `  API calls ${n(totalCalls(result))} (CRM ${n(result.readCalls.crm)} reads + ${n(a.calls.crm)} writes; marketing ${n(result.readCalls.marketing)} reads + ${n(a.calls.marketing)} writes)`,
    `  time      ${context.seconds.toFixed(1)} s · job run ${context.runId}`,
  );
  if (result.stoppedEarly) lines.push(`  stopped   ${result.stoppedEarly}`);
  return lines;
}

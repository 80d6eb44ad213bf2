// The field mappings checked against what the tenant's portal and org really have (HubSpot properties,
// Salesforce describe): a mapped field that is missing, read-only on a side it is written to, or whose
// picklist values the live list lacks is named with the mapping's file and line.
import type { PeopleSide } from '../connector-kit/people-side.ts';
import type { LoadedMapping } from '../config/mappings/loader.ts';
import type { MappedObject } from '../config/mappings/schema.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import type { LiveSchema } from '../core/transforms/index.ts';
import { checkMappingsAgainstSchema } from '../sync/mapping-check/index.ts';
import type { MappingSchemaProblem } from '../sync/mapping-check/index.ts';

export interface LiveMappingCheck {
  problems: MappingSchemaProblem[];
  /** API calls the check took (one per object described). */
  calls: number;
}

/** Checks the mappings of the objects both sides describe; objects a side does not describe are skipped. */
export async function checkMappingsLive(
  sides: { crm: PeopleSide; marketing: PeopleSide },
  mappings: Partial<Record<MappedObject, LoadedMapping>>,
  roles: SyncSettings['roles'],
): Promise<LiveMappingCheck> {
  const schema: LiveSchema = {};
  let calls = 0;
  for (const side of [sides.crm, sides.marketing]) {
    if (!side.liveSchema || (side.system !== 'hubspot' && side.system !== 'salesforce')) continue;
    const live = await side.liveSchema();
    calls += live.calls;
    schema[side.system] = { ...schema[side.system], ...live.objects };
  }
  // A property the vendor keeps read-only but the connector writes another way (HubSpot's opt-out goes
  // through its subscription statuses) is no problem: the connector lists the field as writable.
  const writesAnotherWay = (problem: MappingSchemaProblem) => {
    const side = [sides.crm, sides.marketing].find((s) => s.system === problem.side);
    return problem.kind === 'not_writable' && side !== undefined && side.fields(undefined).writable.has(problem.canonical);
  };
  return { problems: checkMappingsAgainstSchema(mappings, schema, { crm: roles.crm }).filter((p) => !writesAnotherWay(p)), calls };
}

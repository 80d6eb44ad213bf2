import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { hubspotError } from '../error-bodies.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import type { StoredRecord } from '../state/stored-record.ts';
import type { WriteSource } from '../state/record-changes.ts';
import { recordNotFoundReply } from './validation.ts';

export type Lookup = { ok: true; record: StoredRecord } | { ok: false; reply: SandboxReply };

/**
 * Whether `idProperty` can identify records: the record id, or a unique-value property (contacts'
 * email, or a custom property created with `hasUniqueValue`). The answer for anything else is a 400.
 */
export function checkIdProperty(deps: HubspotSandboxDeps, type: HubspotObjectType, idProperty: string | undefined): SandboxReply | undefined {
  if (idProperty === undefined || idProperty === 'hs_object_id') return undefined;
  if (!deps.state.properties.has(type, idProperty)) {
    return hubspotError(400, 'VALIDATION_ERROR', `Property "${idProperty}" does not exist`, {
      errors: [{ message: `Property "${idProperty}" does not exist`, code: 'PROPERTY_DOESNT_EXIST', context: { propertyName: [idProperty] } }],
    });
  }
  if (!deps.state.records.isUnique(type, idProperty)) {
    return hubspotError(400, 'VALIDATION_ERROR', `Property "${idProperty}" is not a unique identifier property for ${type}; use a property with hasUniqueValue.`);
  }
  return undefined;
}

/**
 * Finds the record a path or batch input names. With `followMerges`, an id merged into another
 * record resolves to that record (HubSpot keeps old ids pointing at the merge result; the basic
 * get and update endpoints honour them, batch update does not).
 */
export function findRecord(
  deps: HubspotSandboxDeps, type: HubspotObjectType, key: string,
  options: { idProperty?: string; archived?: boolean; followMerges?: boolean } = {},
): StoredRecord | undefined {
  const { records } = deps.state;
  let record: StoredRecord | undefined;
  if (options.idProperty === undefined || options.idProperty === 'hs_object_id') {
    record = records.get(type, key);
    if (!record && options.followMerges) {
      const survivor = records.survivorOf(type, key);
      record = survivor === undefined ? undefined : records.get(type, survivor);
    }
  } else {
    record = records.findByUnique(type, options.idProperty, key);
  }
  if (!record || (record.archivedAt !== null) !== (options.archived ?? false)) return undefined;
  return record;
}

export function lookupRecord(
  deps: HubspotSandboxDeps, type: HubspotObjectType, key: string,
  options: { idProperty?: string; archived?: boolean; followMerges?: boolean } = {},
): Lookup {
  const bad = checkIdProperty(deps, type, options.idProperty);
  if (bad) return { ok: false, reply: bad };
  const record = findRecord(deps, type, key, options);
  return record ? { ok: true, record } : { ok: false, reply: recordNotFoundReply(key) };
}

/**
 * Who a write through the API came from. An OAuth app's writes show in property history and
 * webhooks as INTEGRATION with the app id, which is how an app tells its own echoes apart.
 */
export function apiWriteSource(deps: HubspotSandboxDeps): WriteSource {
  return { sourceType: 'INTEGRATION', sourceId: String(deps.settings.appId) };
}

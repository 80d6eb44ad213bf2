import type { HubspotErrorDetail } from '../error-bodies.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { OBJECT_TYPES } from '../object-types.ts';
import { associationType } from '../association-types.ts';
import type { HubspotAssociationForObjectInput } from '../../wire/object-record.ts';

export interface PlannedAssociation {
  toType: HubspotObjectType;
  toId: string;
  typeIds: number[];
}

export type AssociationPlan = { ok: true; planned: PlannedAssociation[] } | { ok: false; message: string; errors: HubspotErrorDetail[] };

/**
 * Checks the `associations` of a create before anything is written: each type id must be a
 * HubSpot-defined type from this object, and each target must be a live record of the type's
 * target object. https://developers.hubspot.com/docs/api-reference/legacy/crm/using-object-apis#associations
 */
export function planAssociations(deps: HubspotSandboxDeps, fromType: HubspotObjectType, inputs: HubspotAssociationForObjectInput[] = []): AssociationPlan {
  const planned = new Map<string, PlannedAssociation>();
  const errors: HubspotErrorDetail[] = [];
  for (const input of inputs) {
    for (const spec of input.types) {
      const info = associationType(spec.associationTypeId);
      if (!info || info.from !== fromType) {
        errors.push({
          message: `${spec.associationCategory} association type ${spec.associationTypeId} does not exist from ${OBJECT_TYPES[fromType].singular}`,
          code: 'INVALID_ASSOCIATION_TYPE', context: { associationTypeId: [String(spec.associationTypeId)] },
        });
        continue;
      }
      const target = deps.state.records.get(info.to, input.to.id);
      if (!target || target.archivedAt !== null) {
        errors.push({ message: `No ${OBJECT_TYPES[info.to].singular} with id ${input.to.id} exists to associate with`, code: 'OBJECT_NOT_FOUND', context: { id: [input.to.id] } });
        continue;
      }
      const key = `${info.to}:${input.to.id}`;
      const entry = planned.get(key) ?? { toType: info.to, toId: input.to.id, typeIds: [] };
      entry.typeIds.push(info.typeId);
      planned.set(key, entry);
    }
  }
  if (errors.length > 0) return { ok: false, message: `Invalid associations: ${errors.map((e) => e.message).join('; ')}`, errors };
  return { ok: true, planned: [...planned.values()] };
}

export function applyAssociations(deps: HubspotSandboxDeps, fromType: HubspotObjectType, fromId: string, planned: PlannedAssociation[]): void {
  for (const { toType, toId, typeIds } of planned) deps.state.associations.add(fromType, fromId, toType, toId, typeIds);
}

import type { Request, Response } from 'express';
import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import { sendReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import type { HubspotObjectType } from '../object-types.ts';
import { OBJECT_TYPES, resolveObjectType } from '../object-types.ts';
import { associationType, defaultAssociationType } from '../association-types.ts';
import type { AssociationTypeInfo } from '../association-types.ts';
import { hubspotError } from '../error-bodies.ts';
import type { HubspotAssociationSpecWire } from '../../wire/object-record.ts';
import { unknownObjectTypeReply } from './validation.ts';

// Shapes shared by the v4 association routes. Record ids in these answers are JSON numbers
// (https://developers.hubspot.com/docs/api-reference/crm-associations-v4/guide shows `"toObjectId": 5790939450`).

/** Resolves two path segments naming object types (`contact`, `contacts`, `0-1`), answering 400 for unknown ones. */
export function objectTypesOf(req: Request, res: Response, fromParam: string, toParam: string): [HubspotObjectType, HubspotObjectType] | undefined {
  for (const param of [fromParam, toParam]) {
    if (!resolveObjectType(String(req.params[param]))) {
      sendReply(res, unknownObjectTypeReply(String(req.params[param])));
      return undefined;
    }
  }
  return [resolveObjectType(String(req.params[fromParam]))!, resolveObjectType(String(req.params[toParam]))!];
}

export const numericId = (id: string): number | string => (/^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id);

/** `{category, typeId, label}` as reads return each type of an association. */
export function typeWire(typeId: number) {
  const info = associationType(typeId);
  return { category: 'HUBSPOT_DEFINED' as const, typeId, label: info?.label ?? null };
}

/** `LabelsBetweenObjectPair`: what a labeled create answers. */
export function labelsBetween(from: HubspotObjectType, fromId: string, to: HubspotObjectType, toId: string, typeIds: number[]) {
  return {
    fromObjectTypeId: OBJECT_TYPES[from].typeId, fromObjectId: numericId(fromId),
    toObjectTypeId: OBJECT_TYPES[to].typeId, toObjectId: numericId(toId),
    labels: typeIds.map((t) => associationType(t)?.label).filter((l): l is string => typeof l === 'string'),
  };
}

/** Both directions of a default association, as `createDefault` and "associate default" answer. */
export function defaultResults(info: AssociationTypeInfo, fromId: string, toId: string) {
  return [
    { from: { id: fromId }, to: { id: toId }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: info.typeId } },
    { from: { id: toId }, to: { id: fromId }, associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: info.inverse } },
  ];
}

export type SpecCheck = { ok: true; typeIds: number[] } | { ok: false; reply: SandboxReply };

/** Type ids from association specs, each of which must be a HubSpot-defined type between the two objects. */
export function checkSpecs(from: HubspotObjectType, to: HubspotObjectType, specs: HubspotAssociationSpecWire[]): SpecCheck {
  const typeIds: number[] = [];
  for (const spec of specs) {
    const info = associationType(spec.associationTypeId);
    if (!info || info.from !== from || info.to !== to) {
      return {
        ok: false,
        reply: hubspotError(400, 'VALIDATION_ERROR', `${spec.associationCategory} ${spec.associationTypeId} is not a valid association type between ${OBJECT_TYPES[from].singular} and ${OBJECT_TYPES[to].singular}.`),
      };
    }
    typeIds.push(info.typeId);
  }
  return { ok: true, typeIds };
}

/** The default type between two objects, or HubSpot's 400 when none exists. */
export function defaultTypeOr400(from: HubspotObjectType, to: HubspotObjectType): AssociationTypeInfo | SandboxReply {
  return defaultAssociationType(from, to)
    ?? hubspotError(400, 'VALIDATION_ERROR', `There is no default association type between ${OBJECT_TYPES[from].singular} and ${OBJECT_TYPES[to].singular}.`);
}

export function liveRecordExists(deps: HubspotSandboxDeps, type: HubspotObjectType, id: string): boolean {
  const record = deps.state.records.get(type, id);
  return record !== undefined && record.archivedAt === null;
}

export function missingRecordReply(type: HubspotObjectType, id: string): SandboxReply {
  return hubspotError(404, 'OBJECT_NOT_FOUND', `No ${OBJECT_TYPES[type].singular} with id ${id} exists.`, { context: { id: [id] } });
}

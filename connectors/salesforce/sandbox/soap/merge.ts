// merge(): up to 200 MergeRequests, each a master sObject (type, Id, field values that win) and up to two
// recordToMergeIds; one MergeResult each. https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_merge.htm
// jsforce: conn.soap.merge({ masterRecord: { type: 'Lead', Id, ...overrides }, recordToMergeIds: [id2, id3] }).
import { MAX_MERGE_REQUESTS, mergeableObject, mergeRecords } from '../state/merge.ts';
import { apiFault, SoapFaultError } from './faults.ts';
import { argumentsOf, checkCallSize, readSObject, wireErrors } from './arguments.ts';
import type { SoapCallHandler } from './arguments.ts';
import { isElement, listOf, textOf } from './xml.ts';

export const mergeCall: SoapCallHandler = (deps, payload, context) => {
  const requests = argumentsOf(payload);
  checkCallSize(requests.length, MAX_MERGE_REQUESTS);
  // The SOAP layer reads (and faults on) every request before any of them runs.
  const parsed = requests.map((request) => {
    if (!isElement(request)) throw new SoapFaultError(apiFault('INVALID_ARGUMENT', 'A merge request must hold masterRecord and recordToMergeIds.'));
    const master = readSObject(deps, request.masterRecord);
    const target = mergeableObject(deps.state, master.def.name);
    if (typeof target === 'string') throw new SoapFaultError(apiFault('INVALID_TYPE_FOR_OPERATION', 'entity type does not support merge'));
    const recordToMergeIds = listOf(request.recordToMergeIds).map((id) => textOf(id) ?? '');
    return { def: target, input: { masterId: master.id ?? '', overrides: master.values, recordToMergeIds } };
  });
  return parsed.map(({ def, input }) => {
    const outcome = mergeRecords(deps.state, def, input, context.userId);
    return {
      errors: wireErrors(outcome.errors),
      id: outcome.id,
      mergedRecordIds: outcome.mergedRecordIds,
      success: outcome.success,
      updatedRelatedIds: outcome.updatedRelatedIds,
    };
  });
};

// undelete(): up to 200 ids out of the recycle bin; one UndeleteResult each, in order.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm
// jsforce 3 has no REST undelete: conn.soap.undelete(ids) sends <undelete><ns1:ids>…</ns1:ids></undelete>.
import { MAX_UNDELETE_IDS, undeleteRecord } from '../state/undelete.ts';
import { argumentsOf, checkCallSize, wireErrors } from './arguments.ts';
import type { SoapCallHandler } from './arguments.ts';
import { textOf } from './xml.ts';

export const undeleteCall: SoapCallHandler = (deps, payload, context) => {
  const ids = argumentsOf(payload).map((id) => textOf(id) ?? '');
  checkCallSize(ids.length, MAX_UNDELETE_IDS);
  const now = deps.ctx.clock.now();
  return ids.map((id) => {
    const outcome = undeleteRecord(deps.state, id, context.userId, now);
    return { errors: wireErrors(outcome.errors), id: outcome.id, success: outcome.success };
  });
};

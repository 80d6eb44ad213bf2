// convertLead(): up to 100 LeadConverts; one LeadConvertResult each, in order.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_convertlead.htm
// jsforce: conn.soap.convertLead({ leadId, convertedStatus, accountId?, contactId?, doNotCreateOpportunity?, … }).
import { convertLead, MAX_LEAD_CONVERTS } from '../state/convert-lead.ts';
import type { LeadConvertInput } from '../state/convert-lead.ts';
import { apiFault, SoapFaultError } from './faults.ts';
import { argumentsOf, checkCallSize, wireErrors } from './arguments.ts';
import type { SoapCallHandler } from './arguments.ts';
import { booleanOf, isElement, textOf } from './xml.ts';
import type { SoapValue } from './xml.ts';

export const convertLeadCall: SoapCallHandler = (deps, payload, context) => {
  const converts = argumentsOf(payload);
  checkCallSize(converts.length, MAX_LEAD_CONVERTS);
  const inputs = converts.map(readLeadConvert);
  const now = deps.ctx.clock.now();
  return inputs.map((input) => {
    const outcome = convertLead(deps.state, input, context.userId, now);
    return {
      accountId: outcome.accountId,
      contactId: outcome.contactId,
      errors: wireErrors(outcome.errors),
      leadId: outcome.leadId,
      opportunityId: outcome.opportunityId,
      success: outcome.success,
    };
  });
};

function readLeadConvert(value: SoapValue): LeadConvertInput {
  if (!isElement(value)) throw new SoapFaultError(apiFault('INVALID_ARGUMENT', 'A LeadConvert must hold leadId and convertedStatus.'));
  const optional = (name: string) => textOf(value[name]) || undefined;
  return {
    leadId: textOf(value.leadId) ?? '',
    convertedStatus: optional('convertedStatus'),
    accountId: optional('accountId'),
    contactId: optional('contactId'),
    opportunityId: optional('opportunityId'),
    doNotCreateOpportunity: booleanOf(value.doNotCreateOpportunity, false),
    opportunityName: optional('opportunityName'),
    overwriteLeadSource: booleanOf(value.overwriteLeadSource, false),
    ownerId: optional('ownerId'),
    sendNotificationEmail: booleanOf(value.sendNotificationEmail, false),
  };
}

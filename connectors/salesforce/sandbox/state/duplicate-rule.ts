// The optional duplicate rule: Salesforce's standard Lead and Contact rules block a save that matches
// an existing Lead or Contact. The sandbox matches on email (case-insensitive), the standard rules'
// strongest key. https://help.salesforce.com/s/articleView?id=sf.duplicate_rules_standard_rules.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_duplicateresult.htm
import type { RecordTable } from './record-table.ts';
import type { DuplicateResult, SObjectErrorItem } from './write-errors.ts';

const RULES: Record<string, { duplicateRule: string }> = {
  Lead: { duplicateRule: 'Standard_Lead_Duplicate_Rule' },
  Contact: { duplicateRule: 'Standard_Contact_Duplicate_Rule' },
};
const MATCH_RULES: Record<string, string> = { Lead: 'Standard_Lead_Match_Rule_v1_0', Contact: 'Standard_Contact_Match_Rule_v1_1' };
const MESSAGE = 'Use one of these records?';

/** Whether the rule applies to this object. */
export function hasDuplicateRule(sobject: string): boolean {
  return sobject in RULES;
}

/**
 * The DUPLICATES_DETECTED error for a Lead or Contact whose email matches live Leads or Contacts
 * (other than `ignoredIds`: the record itself, and the lead a conversion is turning into it), or
 * undefined when there is no match.
 */
export function checkDuplicates(
  table: RecordTable, sobject: string, email: string | null, ignoredIds: readonly string[], apiVersion: string,
): SObjectErrorItem | undefined {
  const rule = RULES[sobject];
  if (!rule || !email) return undefined;
  const matchResults: DuplicateResult['matchResults'] = [];
  for (const entityType of ['Lead', 'Contact']) {
    const ids = table.lookup(entityType, 'Email', email)
      .filter((id) => !ignoredIds.includes(id) && table.get(id)?.deletedDate === undefined)
      .filter((id) => entityType !== 'Lead' || table.get(id)?.fields.IsConverted !== true)
      .sort();
    if (ids.length === 0) continue;
    matchResults.push({
      entityType, errors: [], matchEngine: 'FuzzyMatchEngine', rule: MATCH_RULES[entityType] ?? '', size: ids.length, success: true,
      matchRecords: ids.map((Id) => ({
        additionalInformation: [], fieldDiffs: [], matchConfidence: 100,
        record: { attributes: { type: entityType, url: `/services/data/v${apiVersion}/sobjects/${entityType}/${Id}` }, Id },
      })),
    });
  }
  if (matchResults.length === 0) return undefined;
  const duplicateResult: DuplicateResult = {
    allowSave: false, duplicateRule: rule.duplicateRule, duplicateRuleEntityType: sobject, errorMessage: MESSAGE, matchResults,
  };
  return { errorCode: 'DUPLICATES_DETECTED', message: MESSAGE, fields: [], duplicateResult };
}

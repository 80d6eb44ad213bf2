// The property groups each object starts with; a custom property must name one of them.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide (property groups)
import type { HubspotObjectType } from '../object-types.ts';

export interface PropertyGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

const groups = (...entries: Array<[string, string]>): PropertyGroup[] =>
  entries.map(([name, label], i) => ({ name, label, displayOrder: i, archived: false }));

export function defaultPropertyGroups(): Record<HubspotObjectType, PropertyGroup[]> {
  return {
    contacts: groups(
      ['contactinformation', 'Contact information'], ['sales_properties', 'Sales properties'],
      ['analyticsinformation', 'Web analytics history'], ['conversioninformation', 'Conversion information'],
      ['emailinformation', 'Email information'], ['deal_information', 'Deal information'],
    ),
    companies: groups(
      ['companyinformation', 'Company information'], ['analyticsinformation', 'Web analytics history'],
      ['company_activity', 'Company activity'],
    ),
    deals: groups(['dealinformation', 'Deal information'], ['deal_activity', 'Deal activity'], ['analyticsinformation', 'Web analytics history']),
    tasks: groups(['task', 'Task information']),
    notes: groups(['note', 'Note information']),
    meetings: groups(['meeting', 'Meeting information']),
  };
}

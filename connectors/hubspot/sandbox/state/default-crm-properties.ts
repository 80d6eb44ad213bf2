// The HubSpot-defined properties of contacts, companies and deals that a RevOps sync touches.
// Names, types and option values: https://knowledge.hubspot.com/properties/hubspots-default-contact-properties
// https://knowledge.hubspot.com/properties/hubspot-crm-default-company-properties
// https://knowledge.hubspot.com/properties/hubspots-default-deal-properties
import type { DefaultPropertySpec } from './property-definition.ts';
import { bool, datetime, num, optionsOf, ownerProperty, select, systemSpecs, text, textarea } from './property-definition.ts';

export const LIFECYCLE_STAGES = [
  ['subscriber', 'Subscriber'], ['lead', 'Lead'], ['marketingqualifiedlead', 'Marketing Qualified Lead'],
  ['salesqualifiedlead', 'Sales Qualified Lead'], ['opportunity', 'Opportunity'], ['customer', 'Customer'],
  ['evangelist', 'Evangelist'], ['other', 'Other'],
] as Array<[string, string]>;

export const LEAD_STATUSES = [
  'NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'BAD_TIMING',
] as const;

/** A working subset of HubSpot's industry list (the full list has ~150 values); seeds must use these. */
export const INDUSTRIES = [
  'ACCOUNTING', 'AIRLINES_AVIATION', 'APPAREL_FASHION', 'AUTOMOTIVE', 'BANKING', 'BIOTECHNOLOGY', 'BROADCAST_MEDIA',
  'CHEMICALS', 'COMPUTER_HARDWARE', 'COMPUTER_NETWORKING', 'COMPUTER_SOFTWARE', 'CONSTRUCTION', 'CONSUMER_ELECTRONICS',
  'CONSUMER_GOODS', 'CONSUMER_SERVICES', 'E_LEARNING', 'EDUCATION_MANAGEMENT', 'ENTERTAINMENT', 'FINANCIAL_SERVICES',
  'FOOD_BEVERAGES', 'HEALTH_WELLNESS_AND_FITNESS', 'HOSPITAL_HEALTH_CARE', 'HOSPITALITY', 'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'INSURANCE', 'INTERNET', 'LEGAL_SERVICES', 'LOGISTICS_AND_SUPPLY_CHAIN', 'MANAGEMENT_CONSULTING', 'MARKETING_AND_ADVERTISING',
  'MEDICAL_DEVICES', 'NON_PROFIT_ORGANIZATION_MANAGEMENT', 'PHARMACEUTICALS', 'REAL_ESTATE', 'RETAIL',
  'STAFFING_AND_RECRUITING', 'TELECOMMUNICATIONS', 'TRANSPORTATION_TRUCKING_RAILROAD', 'UTILITIES',
  'VENTURE_CAPITAL_PRIVATE_EQUITY', 'WHOLESALE',
] as const;

const contact = 'contactinformation';
export const CONTACT_PROPERTIES: DefaultPropertySpec[] = [
  text('email', 'Email', contact),
  text('firstname', 'First Name', contact),
  text('lastname', 'Last Name', contact),
  text('phone', 'Phone Number', contact, { fieldType: 'phonenumber' }),
  text('mobilephone', 'Mobile Phone Number', contact, { fieldType: 'phonenumber' }),
  text('company', 'Company Name', contact),
  text('jobtitle', 'Job Title', contact),
  // Set by HubSpot when the person unsubscribes from all email (communication preferences); read-only to the API.
  bool('hs_email_optout', 'Unsubscribed from all email', contact, { readOnly: true }),
  text('website', 'Website URL', contact),
  text('address', 'Street Address', contact),
  text('city', 'City', contact),
  text('state', 'State/Region', contact),
  text('zip', 'Postal Code', contact),
  text('country', 'Country/Region', contact),
  text('industry', 'Industry', contact),
  text('annualrevenue', 'Annual Revenue', contact),
  textarea('message', 'Message', contact),
  text('hs_additional_emails', 'Additional email addresses', contact, { readOnly: true }),
  text('hs_email_domain', 'Email Domain', contact, { readOnly: true }),
  select('lifecyclestage', 'Lifecycle Stage', contact, LIFECYCLE_STAGES, { fieldType: 'radio' }),
  select('hs_lead_status', 'Lead Status', 'sales_properties', optionsOf(LEAD_STATUSES), { fieldType: 'radio' }),
  ownerProperty('sales_properties'),
  num('associatedcompanyid', 'Primary Associated Company ID', contact),
  num('hubspotscore', 'HubSpot Score', contact, { readOnly: true, calculated: true }),
  num('num_associated_deals', 'Number of Associated Deals', 'deal_information', { readOnly: true, calculated: true }),
  datetime('notes_last_updated', 'Last Activity Date', 'sales_properties', { readOnly: true }),
  select('hs_analytics_source', 'Original Source', 'analyticsinformation',
    optionsOf(['ORGANIC_SEARCH', 'PAID_SEARCH', 'EMAIL_MARKETING', 'SOCIAL_MEDIA', 'REFERRALS', 'OTHER_CAMPAIGNS', 'DIRECT_TRAFFIC', 'OFFLINE', 'PAID_SOCIAL']),
    { readOnly: true }),
  text('hs_merged_object_ids', 'Merged Contact IDs', contact, { readOnly: true }),
  ...systemSpecs(contact, 'createdate', 'lastmodifieddate'),
];

const company = 'companyinformation';
export const COMPANY_PROPERTIES: DefaultPropertySpec[] = [
  text('name', 'Company name', company),
  text('domain', 'Company Domain Name', company),
  text('website', 'Website URL', company),
  text('phone', 'Phone Number', company, { fieldType: 'phonenumber' }),
  text('address', 'Street Address', company),
  text('city', 'City', company),
  text('state', 'State/Region', company),
  text('zip', 'Postal Code', company),
  text('country', 'Country/Region', company),
  textarea('description', 'Description', company),
  select('industry', 'Industry', company, optionsOf(INDUSTRIES)),
  num('numberofemployees', 'Number of Employees', company),
  num('annualrevenue', 'Annual Revenue', company, { showCurrencySymbol: true }),
  select('type', 'Type', company, optionsOf(['PROSPECT', 'PARTNER', 'RESELLER', 'VENDOR', 'OTHER'])),
  select('lifecyclestage', 'Lifecycle Stage', company, LIFECYCLE_STAGES, { fieldType: 'radio' }),
  ownerProperty(company),
  num('num_associated_contacts', 'Number of Associated Contacts', company, { readOnly: true, calculated: true }),
  num('num_associated_deals', 'Number of Associated Deals', company, { readOnly: true, calculated: true }),
  text('hs_merged_object_ids', 'Merged Company IDs', company, { readOnly: true }),
  ...systemSpecs(company, 'createdate', 'hs_lastmodifieddate'),
];

const deal = 'dealinformation';
export const DEAL_PROPERTIES: DefaultPropertySpec[] = [
  text('dealname', 'Deal Name', deal),
  num('amount', 'Amount', deal, { showCurrencySymbol: true }),
  // Options come from the deal pipelines (PipelineCatalog); the catalog checks values against them.
  select('pipeline', 'Pipeline', deal, [], { externalOptions: true }),
  select('dealstage', 'Deal Stage', deal, [], { fieldType: 'radio', externalOptions: true }),
  datetime('closedate', 'Close Date', deal),
  select('dealtype', 'Deal Type', deal, [['newbusiness', 'New Business'], ['existingbusiness', 'Existing Business']], { fieldType: 'radio' }),
  select('hs_priority', 'Priority', deal, [['low', 'Low'], ['medium', 'Medium'], ['high', 'High']]),
  textarea('description', 'Deal Description', deal),
  textarea('closed_lost_reason', 'Closed Lost Reason', deal),
  textarea('closed_won_reason', 'Closed Won Reason', deal),
  ownerProperty(deal),
  bool('hs_is_closed', 'Is Deal Closed?', deal, { readOnly: true, calculated: true }),
  bool('hs_is_closed_won', 'Is Closed Won', deal, { readOnly: true, calculated: true }),
  num('hs_deal_stage_probability', 'Deal probability', deal, { readOnly: true, calculated: true }),
  num('num_associated_contacts', 'Number of Contacts', deal, { readOnly: true, calculated: true }),
  text('hs_merged_object_ids', 'Merged Deal IDs', deal, { readOnly: true }),
  ...systemSpecs(deal, 'createdate', 'hs_lastmodifieddate'),
];

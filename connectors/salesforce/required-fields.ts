// The custom fields the product needs in a Salesforce org, and the field-level security its integration
// user needs on each: the one source of truth for the metadata package (metadata/generate.ts writes it),
// the describe check (schema-check.ts) and the README's table. The sandbox seeds the same fields from its
// own list (sandbox/state/custom-fields.ts); a test keeps the two in agreement.

/** The objects that carry the product's fields (each is described once by the schema check). */
export type RequiredObject = 'Lead' | 'Contact' | 'Account' | 'Opportunity';
export const REQUIRED_OBJECTS: readonly RequiredObject[] = ['Lead', 'Contact', 'Account', 'Opportunity'];

/** Field-level security the integration user needs: Read, or Read and Edit. */
export type FieldAccess = 'read' | 'edit';

/** The field's type as Setup and the Metadata API name it, with its size. */
export type RequiredFieldType =
  | { type: 'Text'; length: number; externalId: boolean; unique: boolean }
  | { type: 'Number'; precision: number; scale: number }
  | { type: 'Checkbox'; defaultValue: boolean };

export type RequiredField = {
  object: RequiredObject;
  /** API name, `__c` included. */
  field: string;
  label: string;
  description: string;
  access: FieldAccess;
} & RequiredFieldType;

/** Where the product's metadata package lives, and the permission set in it that grants the access above. */
export const METADATA_PACKAGE_DIR = 'connectors/salesforce/metadata';
export const INTEGRATION_PERMISSION_SET = 'RevOps_Connector_Integration';

const revopsId = (object: RequiredObject): RequiredField => ({
  object, field: 'RevOps_Id__c', label: 'RevOps ID', access: 'edit',
  description: 'The revops-connector id of this record. The connector upserts on it; do not edit it by hand.',
  type: 'Text', length: 64, externalId: true, unique: true,
});

const hubspotId = (object: RequiredObject, field: string, label: string, hubspotObject: string): RequiredField => ({
  object, field, label, access: 'edit',
  description: `The id of the HubSpot ${hubspotObject} this record is linked to (hs_object_id), written by revops-connector.`,
  type: 'Text', length: 32, externalId: true, unique: false,
});

const score = (object: RequiredObject, field: string, label: string, what: string): RequiredField => ({
  object, field, label, access: 'edit',
  description: `${what} from 0 to 100, computed by revops-connector from mappings/scoring.yaml and written back on every run.`,
  type: 'Number', precision: 3, scale: 0,
});

function personFields(object: 'Lead' | 'Contact'): RequiredField[] {
  return [
    revopsId(object),
    hubspotId(object, 'HubSpot_Contact_Id__c', 'HubSpot Contact ID', 'contact'),
    score(object, 'Fit_Score__c', 'Fit Score', 'How well the person and company fit the ideal customer profile'),
    score(object, 'Engagement_Score__c', 'Engagement Score', 'How much the person engaged recently'),
    score(object, 'Lead_Score__c', 'Lead Score', 'Fit and engagement combined, less negative signals'),
    {
      object, field: 'MQL__c', label: 'MQL', access: 'edit',
      description: 'Checked by revops-connector when the lead score reaches the MQL threshold of mappings/scoring.yaml.',
      type: 'Checkbox', defaultValue: false,
    },
  ];
}

/** Every custom field the product needs, by object in REQUIRED_OBJECTS order. */
export const requiredSalesforceFields: readonly RequiredField[] = [
  ...personFields('Lead'),
  ...personFields('Contact'),
  revopsId('Account'),
  hubspotId('Account', 'HubSpot_Company_Id__c', 'HubSpot Company ID', 'company'),
  revopsId('Opportunity'),
  hubspotId('Opportunity', 'HubSpot_Deal_Id__c', 'HubSpot Deal ID', 'deal'),
];

/** "Text(64)", "Number(3,0)", "Checkbox": the type as Setup shows it. */
export function fieldTypeLabel(field: RequiredFieldType): string {
  switch (field.type) {
    case 'Text': return `Text(${field.length})`;
    case 'Number': return `Number(${field.precision},${field.scale})`;
    case 'Checkbox': return 'Checkbox';
  }
}

/** "Read" or "Read/Edit": the access as the permission set grants it. */
export function accessLabel(access: FieldAccess): string {
  return access === 'edit' ? 'Read/Edit' : 'Read';
}

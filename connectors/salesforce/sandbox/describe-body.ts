// Describe JSON as Salesforce answers it, built from the state's metadata; properties the sandbox does
// not model carry the values a standard field has.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm
import type { ChildRelationship, FieldDef, SObjectDef } from './state/index.ts';
import { SOAP_TYPES } from './state/index.ts';

/** The Master record type every object has (id 012000000000000AAA). */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

function byteLength(f: FieldDef): number {
  return f.type === 'id' || f.type === 'reference' ? 18 : f.length * 3;
}

export function fieldDescribe(f: FieldDef) {
  const isName = f.name === 'Name' || f.name === 'FirstName' || f.name === 'LastName' || f.name === 'Salutation';
  return {
    aggregatable: f.type !== 'textarea' || f.length <= 255,
    aiPredictionField: false,
    autoNumber: false,
    byteLength: byteLength(f),
    calculated: f.calculated,
    calculatedFormula: null,
    cascadeDelete: false,
    caseSensitive: false,
    compoundFieldName: isName && f.name !== 'Name' ? 'Name' : null,
    controllerName: null,
    createable: f.createable,
    custom: f.custom,
    defaultValue: f.type === 'boolean' ? f.defaultValue ?? false : null,
    defaultValueFormula: null,
    defaultedOnCreate: f.defaultedOnCreate,
    dependentPicklist: false,
    deprecatedAndHidden: false,
    digits: f.digits,
    displayLocationInDecimal: false,
    encrypted: false,
    externalId: f.externalId,
    extraTypeInfo: f.type === 'textarea' && f.length > 255 ? 'plaintextarea' : null,
    filterable: f.filterable,
    filteredLookupInfo: null,
    formulaTreatNullNumberAsZero: false,
    groupable: f.groupable,
    highScaleNumber: false,
    htmlFormatted: false,
    idLookup: f.idLookup,
    inlineHelpText: null,
    label: f.label,
    length: f.length,
    mask: null,
    maskType: null,
    name: f.name,
    nameField: f.nameField,
    namePointing: f.polymorphicForeignKey,
    nillable: f.nillable,
    permissionable: f.nillable && !f.calculated && f.createable,
    picklistValues: f.picklistValues,
    polymorphicForeignKey: f.polymorphicForeignKey,
    precision: f.precision,
    queryByDistance: false,
    referenceTargetField: null,
    referenceTo: f.referenceTo,
    relationshipName: f.relationshipName,
    relationshipOrder: null,
    restrictedDelete: false,
    restrictedPicklist: f.restrictedPicklist,
    scale: f.scale,
    searchPrefilterable: false,
    soapType: SOAP_TYPES[f.type],
    sortable: f.sortable,
    type: f.type,
    unique: f.unique,
    updateable: f.updateable,
    writeRequiresMasterRead: false,
  };
}

export function sobjectUrls(def: SObjectDef, version: string) {
  const base = `/services/data/v${version}/sobjects/${def.name}`;
  return {
    compactLayouts: `${base}/describe/compactLayouts`,
    rowTemplate: `${base}/{ID}`,
    approvalLayouts: `${base}/describe/approvalLayouts`,
    defaultValues: `${base}/defaultValues?recordTypeId&fields`,
    listviews: `${base}/listviews`,
    describe: `${base}/describe`,
    quickActions: `${base}/quickActions`,
    layouts: `${base}/describe/layouts`,
    sobject: base,
  };
}

/** An object's entry in describe global (and `objectDescribe` of the basic-information resource). */
export function globalEntry(def: SObjectDef, version: string) {
  return {
    activateable: false,
    associateEntityType: null,
    associateParentEntity: null,
    createable: def.createable,
    custom: false,
    customSetting: false,
    deepCloneable: false,
    deletable: def.deletable,
    deprecatedAndHidden: false,
    feedEnabled: def.name !== 'OpportunityHistory',
    hasSubtypes: false,
    isInterface: false,
    isSubtype: false,
    keyPrefix: def.keyPrefix,
    label: def.label,
    labelPlural: def.labelPlural,
    layoutable: def.name !== 'OpportunityHistory',
    mergeable: def.mergeable,
    mruEnabled: def.name !== 'OpportunityHistory',
    name: def.name,
    queryable: def.queryable,
    replicateable: true,
    retrieveable: true,
    searchable: def.name !== 'OpportunityHistory',
    triggerable: def.name !== 'OpportunityHistory',
    undeletable: def.undeletable,
    updateable: def.updateable,
    urls: sobjectUrls(def, version),
  };
}

function childRelationshipDescribe(r: ChildRelationship) {
  return {
    cascadeDelete: r.cascadeDelete, childSObject: r.childSObject, deprecatedAndHidden: false, field: r.field,
    junctionIdListNames: [], junctionReferenceTo: [], relationshipName: r.relationshipName, restrictedDelete: false,
  };
}

/** The full describe of one object. */
export function sobjectDescribe(def: SObjectDef, children: ChildRelationship[], version: string) {
  const { urls, ...entry } = globalEntry(def, version);
  return {
    actionOverrides: [],
    ...entry,
    childRelationships: children.map(childRelationshipDescribe),
    compactLayoutable: entry.layoutable,
    defaultImplementation: null,
    extendedBy: null,
    extendsInterfaces: null,
    fields: def.fields.map(fieldDescribe),
    implementedBy: null,
    implementsInterfaces: null,
    listviewable: null,
    lookupLayoutable: null,
    namedLayoutInfos: [],
    networkScopeFieldName: null,
    recordTypeInfos: [{
      active: true, available: true, defaultRecordTypeMapping: true, developerName: 'Master', master: true, name: 'Master',
      recordTypeId: MASTER_RECORD_TYPE_ID, urls: { layout: `/services/data/v${version}/sobjects/${def.name}/describe/layouts/${MASTER_RECORD_TYPE_ID}` },
    }],
    searchLayoutable: entry.searchable,
    sobjectDescribeOption: 'FULL',
    supportedScopes: [{ label: 'All ' + def.labelPlural.toLowerCase(), name: 'everything' }],
    urls,
  };
}

import type { FieldDef } from './field-def.ts';
import type { SObjectDef } from './sobject-def.ts';
import type { KeyPrefixObject } from '../ids.ts';
import { contactDef, leadDef } from './schema-people.ts';
import { accountDef, opportunityContactRoleDef, opportunityDef, opportunityHistoryDef, opportunityStageDef } from './schema-deals.ts';
import { eventDef, taskDef, userDef } from './schema-users-activities.ts';
import { productCustomFields } from './custom-fields.ts';
import { cascadesDelete } from './related-records.ts';

/** A parent's view of a reference field pointing at it (describe's `childRelationships`). */
export interface ChildRelationship {
  childSObject: string;
  field: string;
  relationshipName: string | null;
  cascadeDelete: boolean;
}

/** The names SOQL sub-queries use for the standard child relationships the sandbox models. */
const CHILD_RELATIONSHIP_NAMES: Record<string, string> = {
  'Contact.AccountId': 'Contacts',
  'Opportunity.AccountId': 'Opportunities',
  'Account.ParentId': 'ChildAccounts',
  'Task.WhoId': 'Tasks',
  'Task.WhatId': 'Tasks',
  'Event.WhoId': 'Events',
  'Event.WhatId': 'Events',
  'OpportunityHistory.OpportunityId': 'OpportunityHistories',
  'OpportunityContactRole.OpportunityId': 'OpportunityContactRoles',
  'OpportunityContactRole.ContactId': 'OpportunityContactRoles',
};

function standardObjects(): SObjectDef[] {
  return [
    accountDef(), contactDef(), leadDef(), opportunityDef(), opportunityHistoryDef(), opportunityContactRoleDef(), opportunityStageDef(), userDef(), taskDef(), eventDef(),
  ];
}

/**
 * The org's describe metadata: which objects exist and their fields. Names are matched
 * case-insensitively, as Salesforce does; everything returned carries the canonical spelling.
 */
export class SchemaCatalog {
  private objects = new Map<string, SObjectDef>();
  private readonly withCustomFields: boolean;

  constructor(options: { customFields?: boolean } = {}) {
    this.withCustomFields = options.customFields ?? true;
    this.reset();
  }

  /** Object names in describe-global order (alphabetical). */
  names(): KeyPrefixObject[] {
    return [...this.objects.values()].map((o) => o.name).sort();
  }

  /** An object by any spelling of its name; undefined when the org has no such object. */
  resolve(sobject: string): SObjectDef | undefined {
    return this.objects.get(sobject.toLowerCase());
  }

  get(sobject: string): SObjectDef {
    const def = this.resolve(sobject);
    if (!def) throw new Error(`unknown sObject ${sobject}`);
    return def;
  }

  /** A field by any spelling of its name. */
  field(sobject: string, name: string): FieldDef | undefined {
    const lower = name.toLowerCase();
    return this.resolve(sobject)?.fields.find((f) => f.name.toLowerCase() === lower);
  }

  fields(sobject: string): FieldDef[] {
    return this.get(sobject).fields;
  }

  /** The reference field behind a relationship name (Owner → OwnerId, Account → AccountId, Custom__r → Custom__c). */
  relationship(sobject: string, relationshipName: string): FieldDef | undefined {
    const lower = relationshipName.toLowerCase();
    return this.resolve(sobject)?.fields.find((f) => f.relationshipName?.toLowerCase() === lower);
  }

  /** Reference fields on other objects that point at this one. */
  childRelationships(sobject: string): ChildRelationship[] {
    const parent = this.get(sobject).name;
    const out: ChildRelationship[] = [];
    for (const child of this.objects.values()) {
      for (const f of child.fields) {
        if (f.type !== 'reference' || !f.referenceTo.includes(parent)) continue;
        out.push({
          childSObject: child.name, field: f.name,
          relationshipName: CHILD_RELATIONSHIP_NAMES[`${child.name}.${f.name}`] ?? null,
          cascadeDelete: cascadesDelete(parent, child.name, f.name),
        });
      }
    }
    return out.sort((a, b) => a.childSObject.localeCompare(b.childSObject) || a.field.localeCompare(b.field));
  }

  /** The child relationship a SOQL sub-query names (`SELECT (SELECT Id FROM Contacts) FROM Account`). */
  childRelationship(sobject: string, relationshipName: string): ChildRelationship | undefined {
    const lower = relationshipName.toLowerCase();
    return this.childRelationships(sobject).find((r) => r.relationshipName?.toLowerCase() === lower);
  }

  /** Adds (or replaces) a field, as deploying a custom field would. */
  addField(sobject: string, def: FieldDef): void {
    const target = this.get(sobject);
    target.fields = [...target.fields.filter((f) => f.name.toLowerCase() !== def.name.toLowerCase()), def];
  }

  /** Removes a field (tests: an org where the product's metadata package is not deployed). */
  removeField(sobject: string, name: string): boolean {
    const target = this.get(sobject);
    const before = target.fields.length;
    target.fields = target.fields.filter((f) => f.name.toLowerCase() !== name.toLowerCase());
    return target.fields.length !== before;
  }

  /** Back to the standard objects, plus the product's custom fields unless built without them. */
  reset(): void {
    this.objects = new Map(standardObjects().map((o) => [o.name.toLowerCase(), o]));
    if (!this.withCustomFields) return;
    for (const [sobject, fields] of Object.entries(productCustomFields())) {
      for (const f of fields ?? []) this.addField(sobject, f);
    }
  }

  snapshot(): Record<string, string[]> {
    return Object.fromEntries(this.names().map((n) => [n, this.get(n).fields.map((f) => f.name)]));
  }
}

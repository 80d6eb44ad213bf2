import type { Clock } from '../../../../src/sandbox-kit/index.ts';
import type { SalesforceSandboxSettings } from '../settings.ts';
import { SchemaCatalog } from './schema-catalog.ts';
import { SObjectStore } from './sobject-store.ts';
import { OPPORTUNITY_STAGES } from './picklists.ts';

export { SchemaCatalog } from './schema-catalog.ts';
export type { ChildRelationship } from './schema-catalog.ts';
export { SObjectStore } from './sobject-store.ts';
export type { WriteOptions } from './sobject-store.ts';
export type { SObjectRecord } from './record-table.ts';
export type { SObjectChange, ChangeListener } from './change-feed.ts';
export type { FieldDef, FieldType, PicklistValue } from './field-def.ts';
export { SOAP_TYPES } from './field-def.ts';
export type { SObjectDef } from './sobject-def.ts';
export type { FieldValue } from './field-values.ts';
export { sfDate, sfDateTime } from './field-values.ts';
export { SObjectWriteError, httpStatusOf, writeError, NOT_FOUND_MESSAGE } from './write-errors.ts';
export type { SObjectErrorItem, DuplicateResult } from './write-errors.ts';
export { OPPORTUNITY_STAGES, LEAD_STATUSES } from './picklists.ts';

/** The standard System Administrator profile's id (profiles are not modelled; users only point at it). */
export const SYSTEM_ADMINISTRATOR_PROFILE_ID = '00e5e000000SysAAAS';
/** The standard Standard User profile's id. */
export const STANDARD_USER_PROFILE_ID = '00e5e000000StdUAAS';

/**
 * Everything one simulated Salesforce org holds: describe metadata (`schema`) and records
 * (`records`). Routes read and write it; tests inspect it. Other state (API usage, SOQL cursors)
 * lives with the helper that owns it and registers a reset with `onReset`.
 */
export class SalesforceSandboxState {
  readonly schema: SchemaCatalog;
  readonly records: SObjectStore;
  private readonly resetHooks: Array<() => void> = [];
  private readonly snapshotParts = new Map<string, () => unknown>();

  constructor(options: {
    clock: Clock;
    settings: Pick<SalesforceSandboxSettings, 'podId' | 'duplicateRule' | 'adminUser'>;
    /** False: an org without the product's metadata package (describe then lacks the custom fields). */
    customFields?: boolean;
    onListenerError?: (err: unknown) => void;
  }) {
    this.schema = new SchemaCatalog({ customFields: options.customFields });
    this.records = new SObjectStore({
      schema: this.schema, clock: options.clock, podId: options.settings.podId,
      duplicateRule: options.settings.duplicateRule.enabled, onListenerError: options.onListenerError,
    });
    this.defaultDuplicateRule = options.settings.duplicateRule.enabled;
    this.adminUser = options.settings.adminUser;
    this.createAdminUser();
    this.createOpportunityStages();
  }

  private readonly defaultDuplicateRule: boolean;
  private readonly adminUser: SalesforceSandboxSettings['adminUser'];

  /** The org's system administrator (every org has one; sessions act as it unless told otherwise). */
  get adminUserId(): string {
    return this.adminUser.id;
  }

  /** Other state kept beside the records (API usage, query cursors) is cleared with the org. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  /** Adds a named part to snapshot() (e.g. `apiUsage`). */
  addSnapshotPart(name: string, part: () => unknown): void {
    this.snapshotParts.set(name, part);
  }

  /** The whole org as plain data (JSON-serialisable), for tests and `GET __sandbox/state`. */
  snapshot() {
    const extra: Record<string, unknown> = {};
    for (const [name, part] of this.snapshotParts) extra[name] = part();
    return { schema: this.schema.snapshot(), records: this.records.snapshot(), ...extra };
  }

  /** An empty org: standard objects and the product's custom fields, no records. */
  reset(): void {
    this.schema.reset();
    this.records.reset();
    this.records.duplicateRuleEnabled = this.defaultDuplicateRule;
    this.createAdminUser();
    this.createOpportunityStages();
    for (const hook of this.resetHooks) hook();
  }

  private createAdminUser(): void {
    const { id, username, email, firstName, lastName } = this.adminUser;
    this.records.seeding(() => this.records.insert('User', {
      Username: username, Email: email, FirstName: firstName, LastName: lastName, Alias: lastName.slice(0, 8).toLowerCase(),
      TimeZoneSidKey: 'America/Los_Angeles', LocaleSidKey: 'en_US', EmailEncodingKey: 'UTF-8', LanguageLocaleKey: 'en_US',
      ProfileId: SYSTEM_ADMINISTRATOR_PROFILE_ID, Title: 'System Administrator',
    }, id, { system: true, id }));
  }

  /** One OpportunityStage row per StageName value, as Setup keeps them (the stage table connectors read). */
  private createOpportunityStages(): void {
    this.records.seeding(() => OPPORTUNITY_STAGES.forEach((stage, i) => this.records.insert('OpportunityStage', {
      ApiName: stage.value, MasterLabel: stage.value, IsActive: true, IsClosed: stage.isClosed, IsWon: stage.isWon,
      DefaultProbability: stage.probability, ForecastCategory: stage.forecastCategory, ForecastCategoryName: stage.forecastCategoryName, SortOrder: i + 1,
    }, this.adminUser.id, { system: true })));
  }
}

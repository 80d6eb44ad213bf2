// Every object's properties: the HubSpot-defined defaults plus the portal's custom properties.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide
import type { HubspotObjectType } from '../object-types.ts';
import { HUBSPOT_OBJECT_TYPES, resolveObjectType } from '../object-types.ts';
import { COMPANY_PROPERTIES, CONTACT_PROPERTIES, DEAL_PROPERTIES } from './default-crm-properties.ts';
import { MEETING_PROPERTIES, NOTE_PROPERTIES, TASK_PROPERTIES } from './default-activity-properties.ts';
import { DEFAULT_DEAL_PIPELINE, DEFAULT_DEAL_STAGE_IDS } from './default-pipelines.ts';
import type { DefaultPropertySpec, PropertyDefinition } from './property-definition.ts';
import { hubspotDefined } from './property-definition.ts';
import type { PropertyGroup } from './property-groups.ts';
import { defaultPropertyGroups } from './property-groups.ts';
import type { OptionSources, PropertyValueIssue } from './property-values.ts';
import { checkPropertyValue } from './property-values.ts';
import type { NewProperty, PropertyChange, PropertyOutcome } from './property-rules.ts';
import { applyPropertyChange, checkNewProperty, newCustomProperty } from './property-rules.ts';
import type { OwnerDirectory } from './owners.ts';
import type { PipelineCatalog } from './pipelines.ts';
import { ownValue } from './stored-record.ts';

export type { PropertyValueIssue } from './property-values.ts';
export type { NewProperty, PropertyChange, PropertyOutcome } from './property-rules.ts';

const DEFAULT_SPECS: Record<HubspotObjectType, DefaultPropertySpec[]> = {
  contacts: CONTACT_PROPERTIES, companies: COMPANY_PROPERTIES, deals: DEAL_PROPERTIES,
  tasks: TASK_PROPERTIES, notes: NOTE_PROPERTIES, meetings: MEETING_PROPERTIES,
};

// Until state/index.ts links the portal's owners and pipelines, options are checked against the defaults.
const unlinkedSources: OptionSources = {
  ownerExists: (id) => /^\d+$/.test(id),
  pipelineExists: (type, id) => type === 'deals' && id === DEFAULT_DEAL_PIPELINE.id,
  stageExists: (type, stage, pipeline) =>
    type === 'deals' && (pipeline === undefined || pipeline === DEFAULT_DEAL_PIPELINE.id) && DEFAULT_DEAL_STAGE_IDS.includes(stage),
};

/**
 * The Properties API's state. Object types may be named by plural name, singular or type id
 * (`contacts`, `contact`, `0-1`); an unknown type behaves as an object with no properties.
 */
export class PropertyCatalog {
  private byType = new Map<HubspotObjectType, Map<string, PropertyDefinition>>();
  private groupsByType = defaultPropertyGroups();
  private sources: OptionSources = unlinkedSources;
  private readonly archiveListeners: Array<(objectType: HubspotObjectType, property: PropertyDefinition) => void> = [];

  constructor() {
    this.reset();
  }

  /** Called after a property is archived (the record store frees a unique property's values). */
  onArchive(listener: (objectType: HubspotObjectType, property: PropertyDefinition) => void): void {
    this.archiveListeners.push(listener);
  }

  /** Checks owner ids and deal pipelines/stages against the portal's own directories. */
  linkOwnersAndPipelines(owners: OwnerDirectory, pipelines: PipelineCatalog): void {
    this.sources = {
      ownerExists: (id) => owners.get(id) !== undefined,
      pipelineExists: (type, id) => pipelines.get(type, id) !== undefined,
      stageExists: (type, stage, pipeline) => pipelines.isValidStage(pipeline, stage, type),
    };
  }

  has(objectType: string, name: string): boolean {
    return this.get(objectType, name) !== undefined;
  }

  /** A live (not archived) property, or with `archived: true` an archived one. */
  get(objectType: string, name: string, options: { archived?: boolean } = {}): PropertyDefinition | undefined {
    const property = this.table(objectType)?.get(name);
    if (!property || property.archived !== (options.archived ?? false)) return undefined;
    return property;
  }

  list(objectType: string, options: { archived?: boolean } = {}): PropertyDefinition[] {
    const archived = options.archived ?? false;
    return [...(this.table(objectType)?.values() ?? [])].filter((p) => p.archived === archived);
  }

  groups(objectType: string): PropertyGroup[] {
    const type = resolveObjectType(objectType);
    return type ? this.groupsByType[type] : [];
  }

  /** Names of the properties whose values must be unique across records (`hasUniqueValue`). */
  uniqueProperties(objectType: string): string[] {
    return this.list(objectType).filter((p) => p.hasUniqueValue).map((p) => p.name);
  }

  create(objectType: string, input: NewProperty, now: number): PropertyOutcome {
    const table = this.table(objectType);
    if (!table) return { ok: false, problem: 'invalid', message: `Unable to infer object type from: ${objectType}` };
    const problem = checkNewProperty(input, {
      existing: table.get(input.name),
      groupExists: this.groups(objectType).some((g) => g.name === input.groupName),
      uniqueCount: [...table.values()].filter((p) => p.hasUniqueValue && !p.archived).length,
    });
    if (problem) return problem;
    const property = newCustomProperty(input, now, table.size);
    table.set(property.name, property);
    return { ok: true, property };
  }

  update(objectType: string, name: string, change: PropertyChange, now: number): PropertyOutcome {
    const property = this.get(objectType, name);
    if (!property) return notFound(objectType, name);
    const outcome = applyPropertyChange(property, change, now, (group) => this.groups(objectType).some((g) => g.name === group));
    if (outcome.ok) this.table(objectType)!.set(name, outcome.property);
    return outcome;
  }

  archive(objectType: string, name: string, now: number): PropertyOutcome {
    const property = this.get(objectType, name);
    if (!property) return notFound(objectType, name);
    if (!property.modificationMetadata.archivable) {
      return { ok: false, problem: 'read_only', message: `Property ${name} is HubSpot-defined and cannot be archived.` };
    }
    const archived = { ...property, archived: true, archivedAt: now, updatedAt: now };
    this.table(objectType)!.set(name, archived);
    for (const listener of this.archiveListeners) listener(resolveObjectType(objectType)!, archived);
    return { ok: true, property: archived };
  }

  /**
   * The problems with writing these values to a record of `objectType`, one per bad property:
   * PROPERTY_DOESNT_EXIST, READ_ONLY_VALUE, INVALID_OPTION, INVALID_INTEGER / INVALID_DECIMAL,
   * INVALID_DATE, INVALID_BOOLEAN, INVALID_OWNER_ID. null clears a value and is always allowed
   * on writable properties. `current` holds the record's values before an update: a dealstage sent
   * alone is checked against the deal's current pipeline.
   */
  validateValues(objectType: string, props: Record<string, string | null>, current: Record<string, string> = {}): PropertyValueIssue[] {
    const type = resolveObjectType(objectType);
    const issues: PropertyValueIssue[] = [];
    for (const [name, value] of Object.entries(props)) {
      const property = type ? this.get(type, name) : undefined;
      if (!property) {
        issues.push({ name, code: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` });
        continue;
      }
      const sibling = (other: string) => (Object.hasOwn(props, other) ? props[other] : ownValue(current, other));
      const issue = checkPropertyValue(type!, property, value ?? '', this.sources, sibling);
      if (issue) issues.push(issue);
    }
    return issues;
  }

  reset(): void {
    this.byType = new Map();
    this.groupsByType = defaultPropertyGroups();
    for (const type of HUBSPOT_OBJECT_TYPES) {
      this.byType.set(type, new Map(DEFAULT_SPECS[type].map((spec, i) => [spec.name, hubspotDefined(spec, i)])));
    }
  }

  /** The portal's custom properties (live and archived) per object type: defaults are the same everywhere. */
  snapshot(): Record<string, PropertyDefinition[]> {
    return Object.fromEntries(
      HUBSPOT_OBJECT_TYPES.map((type) => [type, [...this.byType.get(type)!.values()].filter((p) => !p.hubspotDefined).map((p) => ({ ...p }))]),
    );
  }

  private table(objectType: string): Map<string, PropertyDefinition> | undefined {
    const type = resolveObjectType(objectType);
    return type ? this.byType.get(type) : undefined;
  }
}

function notFound(objectType: string, name: string): PropertyOutcome {
  return { ok: false, problem: 'not_found', message: `Unable to find property with name ${name} on object type ${objectType}` };
}

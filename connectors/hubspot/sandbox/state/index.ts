import type { Clock } from '../../../../src/sandbox-kit/index.ts';
import { RecordStore } from './records.ts';
import { AssociationStore } from './associations.ts';
import { PropertyCatalog } from './property-catalog.ts';
import { OwnerDirectory } from './owners.ts';
import { PipelineCatalog } from './pipelines.ts';
import { WebhookSubscriptions } from './webhook-subscriptions.ts';
import { CommunicationPreferences } from './communication-preferences.ts';
import type { PropertyRules } from './record-rules.ts';

/** Everything one simulated HubSpot portal holds. Routes read and write it; tests inspect it. */
export class HubspotSandboxState {
  readonly records: RecordStore;
  readonly associations = new AssociationStore();
  readonly properties = new PropertyCatalog();
  readonly owners = new OwnerDirectory();
  readonly pipelines = new PipelineCatalog();
  readonly webhooks = new WebhookSubscriptions();
  /** Email subscription types and each address's statuses (opt-outs of all email included). */
  readonly communicationPreferences = new CommunicationPreferences();

  constructor(options: { clock: Clock; mergeKeepsPrimaryId?: boolean; onListenerError?: (err: unknown) => void }) {
    this.properties.linkOwnersAndPipelines(this.owners, this.pipelines);
    const properties = this.properties;
    const rules: PropertyRules = {
      has: (type, name) => properties.has(type, name),
      validateValues: (type, values, current) => properties.validateValues(type, values, current),
      isUnique: (type, name) => properties.get(type, name)?.hasUniqueValue ?? false,
      typeOf: (type, name) => properties.get(type, name)?.type,
    };
    this.records = new RecordStore({
      clock: options.clock, rules, mergeKeepsPrimaryId: options.mergeKeepsPrimaryId, onListenerError: options.onListenerError,
    });
    // An archived property stops being unique: free its values now, while the index still knows them as unique.
    this.properties.onArchive((type, property) => {
      if (property.hasUniqueValue) this.records.releaseUniqueProperty(type, property.name);
    });
  }

  /** The whole portal as plain data (JSON-serialisable), for tests and `GET __sandbox/state`. */
  snapshot() {
    return {
      records: this.records.snapshot(),
      associations: this.associations.snapshot(),
      properties: this.properties.snapshot(),
      owners: this.owners.snapshot(),
      pipelines: this.pipelines.snapshot(),
      webhooks: this.webhooks.snapshot(),
      communicationPreferences: this.communicationPreferences.snapshot(),
    };
  }

  /** An empty portal: no records or associations, default properties and pipelines, no owners, webhook subscriptions or opt-outs. */
  reset(): void {
    this.records.reset();
    this.associations.reset();
    this.properties.reset();
    this.owners.reset();
    this.pipelines.reset();
    this.webhooks.reset();
    this.communicationPreferences.reset();
  }
}

/** The demo data generator: a deterministic B2B CRM and marketing database, in memory or streamed. */
export type {
  CompanyVariation, ContactVariation, DemoCompany, DemoContact, DemoContactPage, DemoDataSet, DemoDuplicate, DemoPresence, DemoSpec, DemoSystem,
} from './dataset.ts';
export { COMPANY_VARIATIONS, CONTACT_VARIATIONS } from './dataset.ts';
export { DEFAULT_DEMO_NOW, DEFAULT_DEMO_SEED, type DemoOptions } from './demo-spec.ts';
export { generateDemoData } from './generate-demo-data.ts';
export { streamDemoContacts, type DemoStreamOptions } from './contact-stream.ts';
export { createOwnerRoster, ownerCount, type OwnerRoster } from './owners.ts';
export { CLOSED_LOST_STAGE, CLOSED_WON_STAGE, DEMO_DEAL_STAGES, DEMO_PIPELINE, OPEN_DEAL_STAGES, type DemoDealStage } from './vocabulary/sales.ts';

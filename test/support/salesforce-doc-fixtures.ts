import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Payload examples from Salesforce's docs (fixtures/salesforce/docs, each with a .source.md naming its page).
// Shapes are compared with the same helper the HubSpot contract tests use.
export { shapeDifferences, withIds } from './hubspot-doc-fixtures.ts';

const docsDir = resolve(import.meta.dirname, '../../fixtures/salesforce/docs');

export function salesforceDocFixture(file: string): unknown {
  return JSON.parse(readFileSync(join(docsDir, file), 'utf8'));
}

/** A doc payload as an object (request bodies), failing clearly when it is not one. */
export function salesforceDocObject(file: string): Record<string, unknown> {
  const value = salesforceDocFixture(file);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file} is not a JSON object`);
  return value as Record<string, unknown>;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { INTEGRATION_PERMISSION_SET, requiredSalesforceFields, salesforceManifest } from '../../../connectors/salesforce/index.ts';
import { GENERATED_DIRS, metadataPackageFiles } from '../../../connectors/salesforce/metadata/generate.ts';

// The metadata package admins deploy (connectors/salesforce/metadata) is generated from the required-field
// list; these tests fail when the committed files drift from it (fix: npm run salesforce:metadata).

const packageDir = resolve(import.meta.dirname, '../../../connectors/salesforce/metadata');
const generated = metadataPackageFiles();
const committed = (path: string) => readFileSync(join(packageDir, path), 'utf8');
const xml = new XMLParser({ parseTagValue: true, isArray: (name) => ['fieldPermissions', 'types', 'members'].includes(name) });

function filesUnder(dir: string): string[] {
  const abs = join(packageDir, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(packageDir.length + 1).split(sep).join('/'));
}

describe('the committed metadata package', () => {
  it.each([...generated.keys()])('%s is what the generator writes from the required-field list', (path) => {
    expect(existsSync(join(packageDir, path)), `${path} is missing: run npm run salesforce:metadata`).toBe(true);
    expect(committed(path)).toBe(generated.get(path));
  });

  it('holds no file the generator no longer writes', () => {
    const stale = GENERATED_DIRS.flatMap(filesUnder).filter((path) => !generated.has(path));
    expect(stale).toEqual([]);
  });
});

describe('what the package deploys', () => {
  it('defines every required field with its type, size, external id and uniqueness', () => {
    for (const f of requiredSalesforceFields) {
      const { CustomField: field } = xml.parse(committed(`force-app/main/default/objects/${f.object}/fields/${f.field}.field-meta.xml`));
      expect(field).toMatchObject({ fullName: f.field, label: f.label, type: f.type });
      if (f.type === 'Text') expect(field).toMatchObject({ length: f.length, externalId: f.externalId, unique: f.unique });
      if (f.type === 'Number') expect(field).toMatchObject({ precision: f.precision, scale: f.scale });
      if (f.type === 'Checkbox') expect(field).toMatchObject({ defaultValue: f.defaultValue });
    }
  });

  it('grants through the permission set exactly the field-level security the list asks for', () => {
    const { PermissionSet: set } = xml.parse(committed(`force-app/main/default/permissionsets/${INTEGRATION_PERMISSION_SET}.permissionset-meta.xml`));
    const granted = (set.fieldPermissions as Array<{ field: string; readable: boolean; editable: boolean }>)
      .map((p) => `${p.field} ${p.readable ? 'read' : ''}${p.editable ? '+edit' : ''}`).sort();
    const asked = requiredSalesforceFields.map((f) => `${f.object}.${f.field} read${f.access === 'edit' ? '+edit' : ''}`).sort();
    expect(granted).toEqual(asked);
  });

  it('lists every field and the permission set in manifest/package.xml, on the API version the product uses', () => {
    const { Package: manifest } = xml.parse(committed('manifest/package.xml'));
    const members = Object.fromEntries((manifest.types as Array<{ name: string; members: string[] }>).map((t) => [t.name, t.members]));
    expect(members).toEqual({
      CustomField: requiredSalesforceFields.map((f) => `${f.object}.${f.field}`).sort(),
      PermissionSet: [INTEGRATION_PERMISSION_SET],
    });
    expect(committed('manifest/package.xml')).toContain(`<version>${salesforceManifest.apiVersion}</version>`);
    expect(JSON.parse(committed('sfdx-project.json'))).toMatchObject({ sourceApiVersion: salesforceManifest.apiVersion });
  });
});

// Writes the product's Salesforce metadata package (SFDX source format) from ../required-fields.ts:
// one CustomField file per required field, the integration permission set, manifest/package.xml and
// sfdx-project.json. Run `npm run salesforce:metadata` after changing the list; a test fails when the
// committed files and the list disagree.
// CustomField: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/customfield.htm
// PermissionSet: https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm
// Source format: https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_source_file_format.htm
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { salesforceManifest } from '../manifest.ts';
import { INTEGRATION_PERMISSION_SET, requiredSalesforceFields } from '../required-fields.ts';
import type { RequiredField } from '../required-fields.ts';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const SOURCE_ROOT = 'force-app/main/default';

type Element = [name: string, value: string | number | boolean];

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function elements(items: readonly Element[], indent: string): string[] {
  return items.map(([name, value]) => `${indent}<${name}>${escapeXml(String(value))}</${name}>`);
}

function document(root: string, body: readonly string[]): string {
  return [XML_HEADER, `<${root} xmlns="${METADATA_NS}">`, ...body, `</${root}>`, ''].join('\n');
}

/** A CustomField's elements: fullName first, the rest in the alphabetical order a retrieve writes them. */
function customFieldElements(f: RequiredField): Element[] {
  switch (f.type) {
    case 'Text':
      return [
        ['fullName', f.field], ...(f.unique ? [['caseSensitive', false] as Element] : []), ['description', f.description],
        ['externalId', f.externalId], ['label', f.label], ['length', f.length], ['required', false],
        ['trackTrending', false], ['type', 'Text'], ['unique', f.unique],
      ];
    case 'Number':
      return [
        ['fullName', f.field], ['description', f.description], ['externalId', false], ['label', f.label],
        ['precision', f.precision], ['required', false], ['scale', f.scale], ['trackTrending', false],
        ['type', 'Number'], ['unique', false],
      ];
    case 'Checkbox':
      return [
        ['fullName', f.field], ['defaultValue', f.defaultValue], ['description', f.description],
        ['externalId', false], ['label', f.label], ['trackTrending', false], ['type', 'Checkbox'],
      ];
  }
}

function customFieldXml(f: RequiredField): string {
  return document('CustomField', elements(customFieldElements(f), '    '));
}

// Code-unit order, so the files do not depend on the machine's locale.
const qualifiedName = (f: RequiredField) => `${f.object}.${f.field}`;
const byQualifiedName = (a: RequiredField, b: RequiredField) =>
  qualifiedName(a) < qualifiedName(b) ? -1 : qualifiedName(a) > qualifiedName(b) ? 1 : 0;

/** Exactly the field-level security the list asks for: readable always, editable for 'edit'. */
function permissionSetXml(required: readonly RequiredField[]): string {
  const grants = [...required].sort(byQualifiedName).flatMap((f) => [
    '    <fieldPermissions>',
    ...elements([['editable', f.access === 'edit'], ['field', qualifiedName(f)], ['readable', true]], '        '),
    '    </fieldPermissions>',
  ]);
  return document('PermissionSet', [
    ...elements([['description', 'Field-level security the revops-connector integration user needs on the product\'s custom fields.']], '    '),
    ...grants,
    ...elements([['hasActivationRequired', false], ['label', 'RevOps Connector Integration']], '    '),
  ]);
}

function packageXml(required: readonly RequiredField[]): string {
  const members = (names: readonly string[], type: string) => [
    '    <types>', ...names.map((n) => `        <members>${escapeXml(n)}</members>`), `        <name>${type}</name>`, '    </types>',
  ];
  return document('Package', [
    ...members([...required].sort(byQualifiedName).map(qualifiedName), 'CustomField'),
    ...members([INTEGRATION_PERMISSION_SET], 'PermissionSet'),
    ...elements([['version', salesforceManifest.apiVersion]], '    '),
  ]);
}

function sfdxProjectJson(): string {
  const project = {
    packageDirectories: [{ path: 'force-app', default: true }],
    name: 'revops-connector-salesforce',
    namespace: '',
    sfdcLoginUrl: salesforceManifest.apiBaseUrl,
    sourceApiVersion: salesforceManifest.apiVersion,
  };
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** Every generated file of the package: path relative to this folder → contents. */
export function metadataPackageFiles(required: readonly RequiredField[] = requiredSalesforceFields): Map<string, string> {
  const files = new Map<string, string>();
  files.set('sfdx-project.json', sfdxProjectJson());
  files.set('manifest/package.xml', packageXml(required));
  for (const f of required) files.set(`${SOURCE_ROOT}/objects/${f.object}/fields/${f.field}.field-meta.xml`, customFieldXml(f));
  files.set(`${SOURCE_ROOT}/permissionsets/${INTEGRATION_PERMISSION_SET}.permissionset-meta.xml`, permissionSetXml(required));
  return files;
}

/** The folders whose every file the generator owns (a file there that it does not write is stale). */
export const GENERATED_DIRS = ['force-app', 'manifest'] as const;

if (import.meta.main) {
  for (const dir of GENERATED_DIRS) rmSync(join(import.meta.dirname, dir), { recursive: true, force: true });
  for (const [path, text] of metadataPackageFiles()) {
    const target = join(import.meta.dirname, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  console.error(`wrote the Salesforce metadata package to ${import.meta.dirname}`);
}

// Reads mappings/fields/*.yaml at start-up. Every problem is collected (not just the first) and named by
// file, line and field: `mappings/fields/contact.yaml:14: fields[3].rule "crm_win" is not one of …`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { Locator, pathText } from '../yaml-locator.ts';
import type { YamlPath } from '../yaml-locator.ts';
import type { z } from 'zod';
import { RESTRICTIVE_CONSENT_FIELDS } from '../../core/merge/field-priority.ts';
import { ConfigError } from '../env.ts';
import { suggest } from './closest-name.ts';
import { compileFieldMapping } from './compile.ts';
import type { LoadedMapping } from './compile.ts';
import { FieldMappingFileSchema, KNOWN_KEYS, MAPPED_OBJECTS, canonicalFieldsOf } from './schema.ts';
import type { MappedObject } from './schema.ts';
import { checkTransform } from './transform-checks.ts';
import type { TransformEntryView } from './transform-checks.ts';

/** Where field mappings live, relative to the project root. */
export const FIELD_MAPPINGS_DIR = 'mappings/fields';

type Path = YamlPath;

export interface MappingProblem {
  file: string;
  line: number;
  /** `fields[3].rule`: the field the problem is about. */
  field: string;
  message: string;
}

export { closestName } from './closest-name.ts';
export type { FieldLocation, LoadedField, LoadedMapping } from './compile.ts';

export const formatProblem = (p: MappingProblem): string => `${p.file}:${p.line}: ${p.message}`;

export interface ParsedFieldMapping {
  /** The fields with their compiled transforms and lines; undefined when the file has any problem. */
  mapping: LoadedMapping | undefined;
  problems: MappingProblem[];
}

export { pathText };

/** The raw value at `path`, shown in messages when it is a scalar. */
function rawAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

const shown = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? ` "${String(value)}"` : '');

function zodMessages(issue: z.core.$ZodIssue, data: unknown): Array<{ path: Path; message: string }> {
  const path = issue.path as Path;
  const value = rawAt(data, path);
  if (value === undefined && issue.code !== 'unrecognized_keys') return [{ path, message: 'is required' }];
  switch (issue.code) {
    case 'invalid_value':
      return [{ path, message: `is not one of ${issue.values.map(String).join(', ')}` }];
    case 'invalid_type':
      return [{ path, message: `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: `is not a known key${suggest(key, KNOWN_KEYS)}` }));
    default:
      return [{ path, message: issue.message }];
  }
}

interface EntryView {
  index: number;
  canonical?: string;
  hubspot?: string;
  salesforce?: unknown;
  rule?: string;
  transform?: TransformEntryView['transform'];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Checks across fields that zod's per-field shapes cannot see. Reads the raw entries, skipping values of the wrong type (zod names those). */
function crossChecks(object: MappedObject, entries: EntryView[], add: (path: Path, message: string) => void, lineOf: (path: Path) => number): void {
  const known = canonicalFieldsOf(object);
  const firstCanonical = new Map<string, number>();
  const firstVendor = new Map<string, Path>();
  const claimVendor = (key: string, path: Path, name: string) => {
    const earlier = firstVendor.get(key);
    if (earlier) add(path, `is already mapped by ${pathText(earlier.slice(0, 2))} (line ${lineOf(earlier)}); a ${name} field maps to one canonical field`);
    else firstVendor.set(key, path);
  };
  for (const entry of entries) {
    const at = (...rest: Array<string | number>): Path => ['fields', entry.index, ...rest];
    const canonical = entry.canonical;
    if (canonical !== undefined) {
      const earlier = firstCanonical.get(canonical);
      if (!known.includes(canonical)) add(at('canonical'), `is not a ${object} field${suggest(canonical, known)}`);
      else if (earlier !== undefined) add(at('canonical'), `is mapped twice: fields[${earlier}] (line ${lineOf(['fields', earlier, 'canonical'])}) maps it already`);
      else firstCanonical.set(canonical, entry.index);
    }
    if (entry.hubspot !== undefined) claimVendor(`hubspot:${entry.hubspot.toLowerCase()}`, at('hubspot'), 'HubSpot');
    if (typeof entry.salesforce === 'string') {
      if (object === 'contact') for (const sfObject of ['Lead', 'Contact']) claimVendor(`${sfObject}:${entry.salesforce.toLowerCase()}`, at('salesforce'), `Salesforce ${sfObject}`);
      else claimVendor(`${object}:${entry.salesforce.toLowerCase()}`, at('salesforce'), 'Salesforce');
    } else if (typeof entry.salesforce === 'object' && entry.salesforce !== null) {
      if (object !== 'contact') add(at('salesforce'), `names Lead and Contact fields, which only a contact mapping has; give one field name`);
      for (const [sfObject, name] of Object.entries(entry.salesforce)) {
        if (typeof name === 'string') claimVendor(`${sfObject}:${name.toLowerCase()}`, at('salesforce', sfObject), `Salesforce ${sfObject}`);
      }
    }
    if (entry.hubspot === undefined && entry.salesforce === undefined) add(at(), 'names neither a hubspot nor a salesforce field');
    const consent = canonical !== undefined && (RESTRICTIVE_CONSENT_FIELDS as readonly string[]).includes(canonical);
    if (consent && entry.rule !== undefined && entry.rule !== 'most_restrictive') {
      add(at('rule'), `must be most_restrictive for the consent field ${canonical}: an opt-out on either side wins over any rule`);
    }
    if (!consent && entry.rule === 'most_restrictive' && canonical !== undefined && known.includes(canonical)) {
      add(at('rule'), `is only for the consent fields (${RESTRICTIVE_CONSENT_FIELDS.join(', ')}), not ${canonical}`);
    }
    checkTransform(object, entry, at, add);
  }
}

function entriesOf(data: unknown): EntryView[] {
  const fields = rawAt(data, ['fields']);
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const r = raw as Record<string, unknown>;
    const transform = typeof r.transform === 'object' && r.transform !== null ? (r.transform as EntryView['transform']) : undefined;
    const view: EntryView = { index, salesforce: r.salesforce };
    const canonical = text(r.canonical)?.trim();
    if (canonical) view.canonical = canonical;
    if (text(r.hubspot) !== undefined) view.hubspot = text(r.hubspot);
    if (text(r.rule) !== undefined) view.rule = text(r.rule);
    if (transform) view.transform = transform;
    return [view];
  });
}

/** Parses one mapping file's text; `file` is the path shown in problems. */
export function parseFieldMapping(file: string, source: string): ParsedFieldMapping {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: MappingProblem[] = doc.errors.map((error) => ({
    file, line: lines.linePos(error.pos[0]).line, field: '(yaml)', message: `YAML: ${error.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { mapping: undefined, problems };
  const data: unknown = doc.toJS();
  const locator = new Locator(doc, lines);
  const lineOf = (path: Path) => locator.lineOf(path);
  const add = (path: Path, message: string) => {
    const field = pathText(path);
    problems.push({ file, line: lineOf(path), field, message: `${field}${shown(rawAt(data, path))} ${message}` });
  };
  const parsed = FieldMappingFileSchema.safeParse(data);
  if (!parsed.success) for (const issue of parsed.error.issues) for (const { path, message } of zodMessages(issue, data)) add(path, message);
  const object = rawAt(data, ['object']);
  if (typeof object === 'string' && (MAPPED_OBJECTS as readonly string[]).includes(object)) {
    crossChecks(object as MappedObject, entriesOf(data), add, lineOf);
    const expected = `${object}.yaml`;
    if (basename(file) !== expected && basename(file) !== `${object}.yml`) add(['object'], `does not match the file name: ${basename(file)} should be ${expected}`);
  }
  problems.sort((a, b) => a.line - b.line);
  return { mapping: parsed.success && problems.length === 0 ? compileFieldMapping(file, parsed.data, lineOf) : undefined, problems };
}

export interface LoadedFieldMappings {
  mappings: Partial<Record<MappedObject, LoadedMapping>>;
  problems: MappingProblem[];
}

/** Reads every mappings/fields/*.yaml under `root`; problems name files relative to `root`. */
export function loadFieldMappings(root: string): LoadedFieldMappings {
  const dir = join(root, FIELD_MAPPINGS_DIR);
  const names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const result: LoadedFieldMappings = { mappings: {}, problems: [] };
  for (const name of names) {
    const file = `${FIELD_MAPPINGS_DIR}/${name}`;
    const { mapping, problems } = parseFieldMapping(file, readFileSync(join(dir, name), 'utf8'));
    result.problems.push(...problems);
    if (mapping) result.mappings[mapping.object] = mapping;
  }
  return result;
}

/** The field mappings, or a ConfigError listing every problem in every file. */
export function loadFieldMappingsOrThrow(root: string): Partial<Record<MappedObject, LoadedMapping>> {
  const { mappings, problems } = loadFieldMappings(root);
  if (problems.length > 0) throw new ConfigError('field mappings', problems.map(formatProblem));
  return mappings;
}

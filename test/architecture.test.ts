import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectors } from '../connectors/index.ts';
import { ConnectorManifest } from '../src/connector-kit/manifest.ts';

// The import rules of ../shared/DESIGN.md, checked over the source text so they hold without review.
const root = resolve(import.meta.dirname, '..');
const toPosix = (p: string) => p.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => toPosix(join(dir, f)))
    .filter((f) => statSync(join(root, f)).isFile());
}

interface ImportEdge { from: string; spec: string; target: string | undefined }

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(importPattern)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    const target = spec.startsWith('.') ? toPosix(relative(root, resolve(root, dirname(file), spec))) : undefined;
    return { from: file, spec, target };
  });
}

const productFiles = [...sourceFiles('src'), ...sourceFiles('connectors')];
const edges = productFiles.flatMap(importsOf);
const vendorOf = (path: string) => /^connectors\/([^/]+)\//.exec(path)?.[1];
const describeEdge = (e: ImportEdge) => `${e.from} imports ${e.spec}`;

describe('import rules', () => {
  it('finds the product sources it checks', () => {
    expect(productFiles.length).toBeGreaterThan(20);
    expect(edges.length).toBeGreaterThan(50);
  });

  it('keeps src/core pure: no connectors, sync, jobs, server, store or I/O modules', () => {
    const forbidden = /^(connectors\/|src\/(sync|jobs|server|store|sandbox-kit|commands)\/)/;
    const io = /^(node:(fs|net|http|https|child_process|sqlite|dns)|express|@hubspot\/api-client|jsforce|pino)/;
    const bad = edges.filter((e) => e.from.startsWith('src/core/') && ((e.target && forbidden.test(e.target)) || io.test(e.spec)));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('reaches a vendor from outside its folder only through connectors/<vendor>/index.ts', () => {
    const bad = edges.filter((e) => {
      const vendor = e.target && vendorOf(e.target);
      if (!vendor || vendorOf(e.from) === vendor) return false;
      return e.target !== `connectors/${vendor}/index.ts`;
    });
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('keeps each sandbox off its own vendor client and mapping code, and off the official SDKs', () => {
    const bad = edges.filter((e) => {
      const vendor = vendorOf(e.from);
      if (!vendor || !e.from.startsWith(`connectors/${vendor}/sandbox/`)) return false;
      if (/^(@hubspot\/api-client|jsforce)/.test(e.spec)) return true;
      return e.target === `connectors/${vendor}/client.ts` || (e.target?.startsWith(`connectors/${vendor}/map/`) ?? false);
    });
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('lets only a vendor client.ts import the official SDK', () => {
    const bad = edges.filter((e) => /^(@hubspot\/api-client|jsforce)/.test(e.spec) && !/^connectors\/[^/]+\/client\.ts$/.test(e.from));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('keeps the connector and sandbox kits vendor-neutral', () => {
    const bad = edges.filter((e) => /^src\/(connector-kit|sandbox-kit)\//.test(e.from) && e.target?.startsWith('connectors/'));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('keeps product files under 400 lines', () => {
    const long = productFiles
      .map((f) => ({ f, lines: readFileSync(join(root, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});

describe('vendor registry', () => {
  const folders = readdirSync(join(root, 'connectors'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('registers every vendor folder', () => {
    expect(Object.keys(connectors).sort()).toEqual([...folders].sort());
  });

  it.each(Object.entries(connectors))('%s has a valid manifest named after its folder', (vendor, module) => {
    const manifest = ConnectorManifest.parse(module.manifest);
    expect(manifest.vendor).toBe(vendor);
  });

  it.each(Object.keys(connectors))('%s has README.md, QUIRKS.md, a sandbox and documented payload fixtures', (vendor) => {
    expect(existsSync(join(root, 'connectors', vendor, 'README.md'))).toBe(true);
    expect(existsSync(join(root, 'connectors', vendor, 'QUIRKS.md'))).toBe(true);
    expect(existsSync(join(root, 'connectors', vendor, 'sandbox'))).toBe(true);
    const docs = join(root, 'fixtures', vendor, 'docs');
    expect(existsSync(docs) && readdirSync(docs).some((f) => f.endsWith('.json'))).toBe(true);
  });
});

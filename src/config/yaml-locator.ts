// Lines of YAML paths, so a config error names the file and line an admin has to fix.
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';

export type YamlPath = ReadonlyArray<string | number>;

/** `fields[3].rule`, `fields[0].salesforce.Lead`. */
export function pathText(path: YamlPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') || '(file)';
}

/** Finds lines for paths in one parsed YAML document. */
export class Locator {
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(doc: Document, lines: LineCounter) {
    this.doc = doc;
    this.lines = lines;
  }

  /** The line of the key (for a map entry) or item at `path`, or of its nearest existing parent. */
  lineOf(path: YamlPath): number {
    for (let n = path.length; n > 0; n--) {
      const last = path[n - 1];
      const parent = n === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, n - 1), true);
      if (typeof last === 'string' && isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return this.lines.linePos(range[0]).line;
      }
      const node: unknown = this.doc.getIn(path.slice(0, n), true);
      if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) return this.lines.linePos(node.range[0] as number).line;
    }
    const range = this.doc.contents?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }
}

/** A YAML source parsed with line tracking; `errors` are YAML syntax errors with their lines. */
export function parseYamlWithLines(source: string): { doc: Document; locator: Locator; errors: Array<{ line: number; message: string }> } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const errors = doc.errors.map((error) => ({ line: error.linePos?.[0]?.line ?? 1, message: error.message.split('\n')[0] ?? error.message }));
  return { doc, locator: new Locator(doc, lines), errors };
}

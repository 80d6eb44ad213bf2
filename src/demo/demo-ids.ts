import type { SourceRef } from '../core/canonical/index.ts';

export type DemoRecordType = 'owner' | 'company' | 'contact' | 'deal' | 'meeting' | 'task' | 'activity';

/** `contact-0000042`: zero-padded so ids sort the way they were generated, up to ten million. */
export function demoId(type: DemoRecordType, ordinal: number): string {
  return `${type}-${String(ordinal).padStart(7, '0')}`;
}

export function demoSource(id: string, objectType: string): SourceRef {
  return { system: 'demo', id, objectType };
}

// The keys of batch reads and archives, made ready before any call: trimmed, blanks dropped, each key
// once (HubSpot refuses a batch that names one record twice), in slices of the batch limit.

/** HubSpot record ids are numeric strings; anything else names no record and is never sent. */
export function recordIdsOf(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => /^\d+$/.test(id)))];
}

/** Emails trimmed and lower-cased (HubSpot matches them case-insensitively), each once. */
export function emailKeysOf(emails: readonly string[]): string[] {
  return [...new Set(emails.map((email) => email.trim().toLowerCase()).filter((email) => email !== ''))];
}

export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

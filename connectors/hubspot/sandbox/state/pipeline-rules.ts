// What a pipeline stage's metadata must hold.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide
// "Deal stages require metadata.probability (0.0 to 1.0); ticket stages require metadata.ticketState (OPEN or CLOSED)."

/** The problem with a stage's metadata, or undefined when it is acceptable. */
export function checkStageMetadata(objectType: 'deals' | 'tickets', metadata: Record<string, string>): string | undefined {
  if (objectType === 'deals') {
    const raw = metadata.probability;
    if (raw === undefined) return 'Deal stages require metadata.probability, a number from 0.0 to 1.0.';
    const probability = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(probability) || probability < 0 || probability > 1) {
      return `metadata.probability ${raw} is not a number from 0.0 to 1.0.`;
    }
    return undefined;
  }
  const state = metadata.ticketState;
  if (state !== 'OPEN' && state !== 'CLOSED') return 'Ticket stages require metadata.ticketState, OPEN or CLOSED.';
  return undefined;
}

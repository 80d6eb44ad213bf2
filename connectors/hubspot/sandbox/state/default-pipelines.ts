// The pipelines every HubSpot portal starts with.
// https://knowledge.hubspot.com/object-settings/set-up-and-customize-pipelines (default deal stages and probabilities)
// https://developers.hubspot.com/docs/api-reference/legacy/crm/pipelines/guide (stage metadata: probability, isClosed, ticketState)

export interface StageSeed {
  id: string;
  label: string;
  /** Stage metadata is a map of strings on the wire: probability "0.2", isClosed "false". */
  metadata: Record<string, string>;
}

export interface PipelineSeed {
  id: string;
  label: string;
  stages: StageSeed[];
}

const dealStage = (id: string, label: string, probability: number, isClosed = false): StageSeed => ({
  id, label, metadata: { isClosed: String(isClosed), probability: probability.toFixed(1) },
});

/** The deal pipeline `default` ("Sales Pipeline") and its seven stages, in display order. */
export const DEFAULT_DEAL_PIPELINE: PipelineSeed = {
  id: 'default',
  label: 'Sales Pipeline',
  stages: [
    dealStage('appointmentscheduled', 'Appointment Scheduled', 0.2),
    dealStage('qualifiedtobuy', 'Qualified To Buy', 0.4),
    dealStage('presentationscheduled', 'Presentation Scheduled', 0.6),
    dealStage('decisionmakerboughtin', 'Decision Maker Bought-In', 0.8),
    dealStage('contractsent', 'Contract Sent', 0.9),
    dealStage('closedwon', 'Closed Won', 1, true),
    dealStage('closedlost', 'Closed Lost', 0, true),
  ],
};

const ticketStage = (id: string, label: string, ticketState: 'OPEN' | 'CLOSED'): StageSeed => ({
  id, label, metadata: { ticketState, isClosed: String(ticketState === 'CLOSED') },
});

/** The ticket pipeline `0` ("Support Pipeline"); tickets themselves are not served by this sandbox. */
export const DEFAULT_TICKET_PIPELINE: PipelineSeed = {
  id: '0',
  label: 'Support Pipeline',
  stages: [
    ticketStage('1', 'New', 'OPEN'),
    ticketStage('2', 'Waiting on contact', 'OPEN'),
    ticketStage('3', 'Waiting on us', 'OPEN'),
    ticketStage('4', 'Closed', 'CLOSED'),
  ],
};

export const DEFAULT_DEAL_STAGE_IDS: readonly string[] = DEFAULT_DEAL_PIPELINE.stages.map((s) => s.id);

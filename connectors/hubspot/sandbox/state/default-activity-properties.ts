// The HubSpot-defined properties of tasks, notes and meetings (engagement objects).
// https://developers.hubspot.com/docs/api-reference/legacy/crm/engagements/tasks
// https://developers.hubspot.com/docs/api-reference/legacy/crm/engagements/notes
// https://developers.hubspot.com/docs/api-reference/legacy/crm/engagements/meetings
import type { DefaultPropertySpec } from './property-definition.ts';
import { datetime, optionsOf, ownerProperty, select, systemSpecs, text, textarea } from './property-definition.ts';

const task = 'task';
export const TASK_PROPERTIES: DefaultPropertySpec[] = [
  text('hs_task_subject', 'Task Title', task),
  textarea('hs_task_body', 'Notes', task, { fieldType: 'html' }),
  select('hs_task_status', 'Task Status', task, optionsOf(['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'])),
  select('hs_task_priority', 'Priority', task, optionsOf(['NONE', 'LOW', 'MEDIUM', 'HIGH'])),
  select('hs_task_type', 'Task Type', task, optionsOf(['TODO', 'CALL', 'EMAIL', 'LINKED_IN', 'MEETING'])),
  // hs_timestamp is the due date of a task and the time of every other activity.
  datetime('hs_timestamp', 'Due date', task),
  datetime('hs_task_completion_date', 'Completed at', task, { readOnly: true }),
  ownerProperty(task),
  ...systemSpecs(task, 'hs_createdate', 'hs_lastmodifieddate'),
];

const note = 'note';
export const NOTE_PROPERTIES: DefaultPropertySpec[] = [
  textarea('hs_note_body', 'Note body', note, { fieldType: 'html' }),
  datetime('hs_timestamp', 'Activity date', note),
  text('hs_attachment_ids', 'Attached file IDs', note),
  ownerProperty(note),
  ...systemSpecs(note, 'hs_createdate', 'hs_lastmodifieddate'),
];

const meeting = 'meeting';
export const MEETING_PROPERTIES: DefaultPropertySpec[] = [
  text('hs_meeting_title', 'Meeting name', meeting),
  textarea('hs_meeting_body', 'Meeting description', meeting, { fieldType: 'html' }),
  textarea('hs_internal_meeting_notes', 'Internal notes', meeting, { fieldType: 'html' }),
  text('hs_meeting_location', 'Location', meeting),
  text('hs_meeting_external_url', 'External URL', meeting),
  datetime('hs_meeting_start_time', 'Start Time', meeting),
  datetime('hs_meeting_end_time', 'End Time', meeting),
  select('hs_meeting_outcome', 'Meeting outcome', meeting, optionsOf(['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'])),
  text('hs_activity_type', 'Call and meeting type', meeting),
  datetime('hs_timestamp', 'Activity date', meeting),
  ownerProperty(meeting),
  ...systemSpecs(meeting, 'hs_createdate', 'hs_lastmodifieddate'),
];

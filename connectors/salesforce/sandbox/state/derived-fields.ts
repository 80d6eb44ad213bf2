// Fields the org computes on save: names, opportunity stage consequences, activity flags and dates.
import type { FieldValue } from './field-values.ts';
import { parseSfDateTime, sfDate, sfDateTime } from '../datetimes.ts';
import { OPPORTUNITY_STAGES } from './picklists.ts';
import type { SObjectErrorItem } from './write-errors.ts';
import { sobjectOfId } from '../ids.ts';

type Values = Record<string, FieldValue>;

export interface DeriveContext {
  /** Live field values of another record (for AccountId on activities). */
  fieldsOf(id: string): Readonly<Values> | undefined;
  now: number;
}

function text(v: FieldValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * Fills computed fields on `next` (the record after the save) given `changed` (what the caller
 * wrote). Returns an error when the save is impossible (an event with no start).
 */
export function deriveFields(sobject: string, next: Values, changed: Values, ctx: DeriveContext): SObjectErrorItem | undefined {
  switch (sobject) {
    case 'Lead':
    case 'Contact':
    case 'User':
      next.Name = [text(next.FirstName), text(next.LastName)].filter(Boolean).join(' ') || null;
      return undefined;
    case 'Opportunity':
      deriveOpportunity(next, changed);
      return undefined;
    case 'Task':
      next.IsClosed = next.Status === 'Completed';
      next.IsHighPriority = next.Priority === 'High';
      if (next.IsClosed && !next.CompletedDateTime) next.CompletedDateTime = sfDateTime(ctx.now);
      if (!next.IsClosed) next.CompletedDateTime = null;
      next.TaskSubtype ??= 'Task';
      next.AccountId = accountOfActivity(next, ctx);
      return undefined;
    case 'Event':
      next.EventSubtype ??= 'Event';
      next.ShowAs ??= 'Busy';
      next.AccountId = accountOfActivity(next, ctx);
      return deriveEventTimes(next, changed);
    default:
      return undefined;
  }
}

function deriveOpportunity(next: Values, changed: Values): void {
  const stage = OPPORTUNITY_STAGES.find((s) => s.value === next.StageName);
  if (stage && 'StageName' in changed) {
    next.IsClosed = stage.isClosed;
    next.IsWon = stage.isWon;
    next.ForecastCategory = stage.forecastCategory;
    if (!('ForecastCategoryName' in changed)) next.ForecastCategoryName = stage.forecastCategoryName;
    if (!('Probability' in changed)) next.Probability = stage.probability;
  }
  const amount = typeof next.Amount === 'number' ? next.Amount : null;
  const probability = typeof next.Probability === 'number' ? next.Probability : null;
  next.ExpectedRevenue = amount !== null && probability !== null ? Math.round(amount * probability) / 100 : null;
}

/** An activity's AccountId: its WhatId account, that opportunity's account, or its contact's account. */
function accountOfActivity(next: Values, ctx: DeriveContext): FieldValue {
  const what = text(next.WhatId);
  if (what && sobjectOfId(what) === 'Account') return what;
  if (what && sobjectOfId(what) === 'Opportunity') return ctx.fieldsOf(what)?.AccountId ?? null;
  const who = text(next.WhoId);
  if (who && sobjectOfId(who) === 'Contact') return ctx.fieldsOf(who)?.AccountId ?? null;
  return null;
}

/** Start = StartDateTime or ActivityDateTime; end from EndDateTime or DurationInMinutes, whichever was written. */
function deriveEventTimes(next: Values, changed: Values): SObjectErrorItem | undefined {
  const startText = text('StartDateTime' in changed ? next.StartDateTime : next.ActivityDateTime ?? next.StartDateTime)
    ?? text(next.StartDateTime);
  if (!startText) {
    return { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [StartDateTime]', fields: ['StartDateTime'] };
  }
  const start = parseSfDateTime(startText) ?? Number.NaN;
  let end: number;
  if ('EndDateTime' in changed && text(next.EndDateTime)) {
    end = parseSfDateTime(text(next.EndDateTime)!) ?? Number.NaN;
  } else if (typeof next.DurationInMinutes === 'number') {
    end = start + next.DurationInMinutes * 60_000;
  } else if (text(next.EndDateTime)) {
    end = parseSfDateTime(text(next.EndDateTime)!) ?? Number.NaN;
  } else {
    return { errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [DurationInMinutes]', fields: ['DurationInMinutes'] };
  }
  if (end < start) {
    return { errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'End Date Time: End time must be later than start time', fields: ['EndDateTime'] };
  }
  next.StartDateTime = sfDateTime(start);
  next.ActivityDateTime = next.StartDateTime;
  next.EndDateTime = sfDateTime(end);
  next.DurationInMinutes = Math.round((end - start) / 60_000);
  next.ActivityDate = sfDate(start);
  return undefined;
}

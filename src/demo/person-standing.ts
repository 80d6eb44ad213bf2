import type { Consent, ContactScores, LeadSource, LeadStatus, LifecycleStage } from '../core/canonical/index.ts';
import type { DemoSystem } from './dataset.ts';
import { isoAt } from './demo-time.ts';
import { weightedChoices, type Random, type WeightedChoices } from './seeded-random.ts';

/** Where people stand, given where their company stands: customers' people are mostly customers. */
const stageInCompany = new Map<LifecycleStage, WeightedChoices<LifecycleStage>>([
  ['customer', weightedChoices([['customer', 55], ['evangelist', 8], ['opportunity', 5], ['lead', 15], ['subscriber', 12], ['other', 5]])],
  ['opportunity', weightedChoices([['opportunity', 40], ['sql', 20], ['mql', 10], ['lead', 20], ['subscriber', 10]])],
  ['sql', weightedChoices([['sql', 40], ['mql', 25], ['lead', 25], ['subscriber', 10]])],
  ['lead', weightedChoices([['mql', 15], ['lead', 50], ['subscriber', 30], ['other', 5]])],
]);
const stageElsewhere = weightedChoices<LifecycleStage>([['lead', 30], ['subscriber', 30], ['other', 40]]);

export function personStage(companyStage: LifecycleStage | undefined, random: Random): LifecycleStage {
  return random.weighted((companyStage && stageInCompany.get(companyStage)) || stageElsewhere);
}

/** Subscribers live mostly in marketing automation; people in the sales process mostly in the CRM. */
const presenceByStage = new Map<LifecycleStage, WeightedChoices<DemoSystem[]>>([
  ['subscriber', weightedChoices<DemoSystem[]>([[['marketing'], 65], [['crm', 'marketing'], 35]])],
  ['lead', weightedChoices<DemoSystem[]>([[['crm'], 30], [['crm', 'marketing'], 55], [['marketing'], 15]])],
  ['mql', weightedChoices<DemoSystem[]>([[['crm'], 25], [['crm', 'marketing'], 75]])],
]);
const presenceLater = weightedChoices<DemoSystem[]>([[['crm'], 55], [['crm', 'marketing'], 45]]);

export function presenceOf(stage: LifecycleStage, random: Random): DemoSystem[] {
  return [...random.weighted(presenceByStage.get(stage) ?? presenceLater)];
}

export const leadSourceShare = weightedChoices<LeadSource>([
  ['organic_search', 22], ['paid_search', 12], ['paid_social', 8], ['organic_social', 5], ['email_marketing', 6], ['referral', 8],
  ['partner', 4], ['direct_traffic', 10], ['event', 5], ['webinar', 6], ['content_download', 7], ['outbound', 10],
  ['purchased_list', 2], ['offline', 1], ['other', 2],
]);

const workingStatus = weightedChoices<LeadStatus>([
  ['new', 30], ['attempted_to_contact', 25], ['connected', 15], ['in_progress', 15], ['unqualified', 10], ['bad_timing', 5],
]);

/** Only people a rep is working have a lead status; customers and subscribers have none. */
export function leadStatusOf(stage: LifecycleStage, inCrm: boolean, random: Random): LeadStatus | undefined {
  if (!inCrm) return undefined;
  if (stage === 'lead' || stage === 'mql' || stage === 'sql') return random.weighted(workingStatus);
  return stage === 'opportunity' ? 'open_deal' : undefined;
}

const engagementRange: Partial<Record<LifecycleStage, readonly [number, number]>> = {
  subscriber: [0, 25], lead: [5, 45], mql: [40, 85], sql: [50, 95], opportunity: [50, 100], customer: [20, 80], evangelist: [40, 90],
};

/** Scores from an earlier scoring run for some people; most were never scored. */
export function scoresOf(stage: LifecycleStage, createdMs: number, nowMs: number, random: Random): ContactScores {
  const becameMql = stage === 'mql' || stage === 'sql' || stage === 'opportunity';
  const mqlAt = becameMql ? isoAt(Math.min(nowMs, createdMs + random.int(1, 30) * 86_400_000)) : undefined;
  if (!random.chance(0.4)) return { isMql: becameMql, mqlAt };
  const [low, high] = engagementRange[stage] ?? [0, 30];
  const fit = random.int(10, 100);
  const engagement = random.int(low, high);
  return { fit, engagement, combined: Math.round((fit + engagement) / 2), isMql: becameMql, mqlAt };
}

/** Opt-outs, do-not-call and GDPR bases in the proportions a real database shows. */
export function consentOf(stage: LifecycleStage, gdpr: boolean, createdMs: number, nowMs: number, random: Random): Consent {
  const emailOptOut = random.chance(0.05);
  const privacyDeletionRequested = random.chance(0.002);
  const laterInstant = () => isoAt(createdMs + Math.floor(random.next() * (nowMs - createdMs)));
  let gdprLegalBasis: Consent['gdprLegalBasis'];
  if (gdpr) gdprLegalBasis = stage === 'customer' ? 'contract' : random.chance(0.65) ? 'legitimate_interest' : 'consent';
  else if (random.chance(0.3)) gdprLegalBasis = 'not_applicable';
  return {
    emailOptOut,
    unsubscribedAt: emailOptOut ? laterInstant() : undefined,
    doNotCall: random.chance(0.03),
    gdprLegalBasis,
    privacyDeletionRequested,
    privacyDeletionRequestedAt: privacyDeletionRequested ? laterInstant() : undefined,
  };
}

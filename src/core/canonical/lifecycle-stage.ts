import { z } from 'zod';

/**
 * Lifecycle stages in funnel order. `other` sits outside the funnel (partners, vendors, job
 * seekers). HubSpot's marketingqualifiedlead/salesqualifiedlead are `mql`/`sql` here.
 */
export const LIFECYCLE_STAGES = ['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'evangelist', 'other'] as const;
export const LifecycleStageSchema = z.enum(LIFECYCLE_STAGES);
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

/** Where a person is in the sales team's working of them (HubSpot hs_lead_status, Salesforce Lead Status). */
export const LEAD_STATUSES = [
  'new', 'open', 'attempted_to_contact', 'connected', 'in_progress', 'open_deal', 'unqualified', 'bad_timing', 'converted',
] as const;
export const LeadStatusSchema = z.enum(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof LeadStatusSchema>;

/** The channel that first brought a person in; the free-text drill-down goes in `leadSourceDetail`. */
export const LEAD_SOURCES = [
  'organic_search', 'paid_search', 'paid_social', 'organic_social', 'email_marketing', 'referral', 'partner',
  'direct_traffic', 'event', 'webinar', 'content_download', 'outbound', 'purchased_list', 'offline', 'other',
] as const;
export const LeadSourceSchema = z.enum(LEAD_SOURCES);
export type LeadSource = z.infer<typeof LeadSourceSchema>;

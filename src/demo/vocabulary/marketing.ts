import type { LeadSource } from '../../core/canonical/index.ts';

/** The demo company's own site: the pages prospects visit are what engagement scoring reads. */
export const DEMO_SITE = 'https://www.northpeak-demo.example';

export interface WebPage {
  readonly path: string;
  readonly title: string;
  /** How strongly a visit signals buying intent; scoring rules weigh pricing and demo pages highest. */
  readonly intent: 'high' | 'medium' | 'low' | 'negative';
}

export const WEB_PAGES: readonly WebPage[] = [
  { path: '/pricing', title: 'Pricing', intent: 'high' },
  { path: '/demo', title: 'Book a demo', intent: 'high' },
  { path: '/contact-sales', title: 'Talk to sales', intent: 'high' },
  { path: '/product', title: 'Product overview', intent: 'medium' },
  { path: '/product/integrations', title: 'Integrations', intent: 'medium' },
  { path: '/product/lead-routing', title: 'Lead routing', intent: 'medium' },
  { path: '/customers', title: 'Customer stories', intent: 'medium' },
  { path: '/security', title: 'Security & compliance', intent: 'medium' },
  { path: '/', title: 'Home', intent: 'low' },
  { path: '/blog/lead-scoring-that-sales-trusts', title: 'Lead scoring that sales trusts', intent: 'low' },
  { path: '/blog/hubspot-salesforce-sync-pitfalls', title: 'HubSpot–Salesforce sync pitfalls', intent: 'low' },
  { path: '/blog/dedup-without-tears', title: 'Dedup without tears', intent: 'low' },
  { path: '/blog/revops-metrics-board-deck', title: 'RevOps metrics for the board deck', intent: 'low' },
  { path: '/resources/revops-playbook', title: 'The RevOps playbook', intent: 'low' },
  { path: '/careers', title: 'Careers', intent: 'negative' },
  { path: '/careers/account-executive', title: 'Job: Account Executive', intent: 'negative' },
];

export const EMAIL_CAMPAIGNS: readonly string[] = [
  'Monthly newsletter', 'Product update: routing v2', 'Webinar invite: Forecasting in 2025', 'Nurture 1: Why RevOps',
  'Nurture 2: Dedup ROI', 'Nurture 3: Customer story', 'Event follow-up', 'Trial expiring', 'Re-engagement',
];

export const FORMS: readonly string[] = ['Contact sales', 'Newsletter signup', 'Ebook download', 'Webinar registration', 'Free trial signup'];
export const DEMO_REQUEST_FORM = 'Demo request';

export const WEBINARS: readonly string[] = [
  'Forecasting that survives the quarter', 'Lead routing in 30 minutes', 'Clean CRM, happy reps', 'From MQL to revenue',
];

export const EVENTS: readonly string[] = ['SaaStr Annual', 'Dreamforce', 'INBOUND', 'Pavilion CRO Summit', 'RevOps Live London'];

export const CONTENT_ASSETS: readonly string[] = ['The RevOps playbook', 'CRM hygiene checklist', 'Benchmark: speed to lead', 'Scoring model template'];

export const PRODUCT_EVENTS: readonly string[] = ['workspace_login', 'sync_run', 'routing_rule_created', 'report_exported', 'seat_added'];

/** Drill-downs the CRM records beside each lead source, as the systems write them. */
export const LEAD_SOURCE_DETAILS: Readonly<Record<LeadSource, readonly string[]>> = {
  organic_search: ['google', 'bing', 'duckduckgo'],
  paid_search: ['google / brand', 'google / competitor', 'bing / generic'],
  paid_social: ['linkedin / abm-q3', 'linkedin / retargeting', 'facebook / lookalike'],
  organic_social: ['linkedin', 'twitter', 'youtube'],
  email_marketing: ['newsletter', 'nurture'],
  referral: ['customer referral', 'g2.com', 'capterra.com'],
  partner: ['agency partner', 'technology partner'],
  direct_traffic: ['direct'],
  event: EVENTS,
  webinar: WEBINARS,
  content_download: CONTENT_ASSETS,
  outbound: ['sdr sequence', 'apollo sequence', 'cold call'],
  purchased_list: ['trade show list 2024'],
  offline: ['business card import', 'csv import'],
  other: ['unknown'],
};

/** Free-mail providers; gmail.com ignores dots in the local part, which a duplicate variant exploits. */
export const FREE_MAIL_DOMAINS: readonly (readonly [string, number])[] = [
  ['gmail.com', 60], ['yahoo.com', 10], ['outlook.com', 10], ['hotmail.com', 8], ['icloud.com', 7], ['proton.me', 5],
];

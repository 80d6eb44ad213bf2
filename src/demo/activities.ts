import type { ActivityType, CanonicalActivity, LifecycleStage } from '../core/canonical/index.ts';
import type { DemoContact } from './dataset.ts';
import { demoSource } from './demo-ids.ts';
import { isoAt } from './demo-time.ts';
import { weightedChoices, type Random, type WeightedChoices } from './seeded-random.ts';
import {
  CONTENT_ASSETS, DEMO_REQUEST_FORM, DEMO_SITE, EMAIL_CAMPAIGNS, EVENTS, FORMS, PRODUCT_EVENTS, WEB_PAGES, WEBINARS, type WebPage,
} from './vocabulary/marketing.ts';

/** Activity a person leaves in marketing automation (tracked email, site, forms, webinars). */
const marketingActivity = weightedChoices<ActivityType>([
  ['email_open', 30], ['email_click', 12], ['page_view', 30], ['form_submission', 5], ['content_download', 4],
  ['webinar_registered', 3], ['webinar_attended', 3], ['event_attended', 1],
]);
/** Activity only a CRM sees: reps' calls and email threads, plus site visits tracked against the CRM record. */
const crmActivity = weightedChoices<ActivityType>([['page_view', 35], ['call', 30], ['email_reply', 15], ['email_open', 20]]);

/** What someone further along does more of: pricing visits, demo requests, product use. */
export function activityTypeFor(contact: DemoContact, random: Random): ActivityType {
  const stage = contact.lifecycleStage;
  if ((stage === 'customer' || stage === 'evangelist') && random.chance(0.3)) return 'product_usage';
  if ((stage === 'mql' || stage === 'sql' || stage === 'opportunity') && random.chance(0.06)) return 'demo_request';
  return random.weighted(contact.presentIn.includes('marketing') ? marketingActivity : crmActivity);
}

const pagesByIntent = (weights: Record<WebPage['intent'], number>): WeightedChoices<WebPage> =>
  weightedChoices(WEB_PAGES.map((page) => [page, weights[page.intent]] as const));
const browsingEarly = pagesByIntent({ high: 1, medium: 3, low: 8, negative: 1 });
const browsingToBuy = pagesByIntent({ high: 6, medium: 5, low: 3, negative: 0.2 });
const BUYING_STAGES: readonly (LifecycleStage | undefined)[] = ['mql', 'sql', 'opportunity'];

const url = (path: string) => `${DEMO_SITE}${path}`;

/** One activity of `type` by `contact` at `atMs`. */
export function buildActivity(type: ActivityType, atMs: number, contact: DemoContact, id: string, random: Random): CanonicalActivity {
  const base = {
    occurredAt: isoAt(atMs),
    contactId: contact.source.id,
    companyId: contact.companyId,
    email: contact.email?.trim(),
    source: demoSource(id, type),
  };
  switch (type) {
    case 'email_open':
    case 'email_reply':
      return { ...base, type, campaign: type === 'email_open' ? random.pick(EMAIL_CAMPAIGNS) : undefined };
    case 'email_click':
      return { ...base, type, campaign: random.pick(EMAIL_CAMPAIGNS), url: url(random.pick(WEB_PAGES).path) };
    case 'page_view': {
      const page = random.weighted(BUYING_STAGES.includes(contact.lifecycleStage) ? browsingToBuy : browsingEarly);
      return { ...base, type, url: url(page.path), pageTitle: page.title, durationSeconds: random.int(5, 400) };
    }
    case 'form_submission':
      return { ...base, type, formName: random.pick(FORMS), pageUrl: url('/resources/revops-playbook') };
    case 'content_download':
      return { ...base, type, assetName: random.pick(CONTENT_ASSETS), pageUrl: url('/resources/revops-playbook') };
    case 'demo_request':
      return { ...base, type, formName: DEMO_REQUEST_FORM, pageUrl: url('/demo') };
    case 'webinar_registered':
      return { ...base, type, webinarName: random.pick(WEBINARS) };
    case 'webinar_attended':
      return { ...base, type, webinarName: random.pick(WEBINARS), minutesAttended: random.int(5, 60) };
    case 'event_attended':
      return { ...base, type, eventName: random.pick(EVENTS) };
    case 'meeting':
      return { ...base, type };
    case 'call':
      return { ...base, type, durationSeconds: random.int(0, 1800), outcome: random.pick(['connected', 'left_voicemail', 'no_answer', 'busy'] as const) };
    case 'product_usage':
      return { ...base, type, event: random.pick(PRODUCT_EVENTS), quantity: random.int(1, 40) };
  }
}

// Salesforce's out-of-box picklist values for the objects the sandbox serves (orgs change them; read describe).

export const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'] as const;
export const LEAD_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'] as const;
export const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'] as const;
export const RATINGS = ['Hot', 'Warm', 'Cold'] as const;
export const INDUSTRIES = [
  'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction', 'Consulting',
  'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental', 'Finance', 'Food & Beverage',
  'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery', 'Manufacturing', 'Media', 'Not For Profit',
  'Recreation', 'Retail', 'Shipping', 'Technology', 'Telecommunications', 'Transportation', 'Utilities', 'Other',
] as const;
export const ACCOUNT_TYPES = [
  'Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner',
  'Technology Partner', 'Other',
] as const;
export const OPPORTUNITY_TYPES = [
  'Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer',
] as const;
export const CONTACT_ROLES = [
  'Business User', 'Decision Maker', 'Economic Buyer', 'Economic Decision Maker', 'Evaluator', 'Executive Sponsor', 'Influencer', 'Technical Buyer', 'Other',
] as const;
export const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'] as const;
export const TASK_PRIORITIES = ['High', 'Normal', 'Low'] as const;
export const TASK_SUBTYPES = ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'] as const;
export const EVENT_SUBTYPES = ['Event'] as const;
export const ACTIVITY_TYPES = ['Call', 'Email', 'Meeting', 'Other'] as const;
export const SHOW_AS = ['Busy', 'OutOfOffice', 'Free'] as const;

/** One opportunity stage and what it implies (Setup → Opportunity Stages). */
export interface OpportunityStage {
  value: string;
  probability: number;
  isClosed: boolean;
  isWon: boolean;
  forecastCategory: 'Pipeline' | 'BestCase' | 'Commit' | 'Closed' | 'Omitted';
  forecastCategoryName: 'Pipeline' | 'Best Case' | 'Commit' | 'Closed' | 'Omitted';
}

export const OPPORTUNITY_STAGES: readonly OpportunityStage[] = [
  { value: 'Prospecting', probability: 10, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Qualification', probability: 10, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Needs Analysis', probability: 20, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Value Proposition', probability: 50, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Id. Decision Makers', probability: 60, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Perception Analysis', probability: 70, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Proposal/Price Quote', probability: 75, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Negotiation/Review', probability: 90, isClosed: false, isWon: false, forecastCategory: 'Pipeline', forecastCategoryName: 'Pipeline' },
  { value: 'Closed Won', probability: 100, isClosed: true, isWon: true, forecastCategory: 'Closed', forecastCategoryName: 'Closed' },
  { value: 'Closed Lost', probability: 0, isClosed: true, isWon: false, forecastCategory: 'Omitted', forecastCategoryName: 'Omitted' },
];

export const FORECAST_CATEGORIES = ['Omitted', 'Pipeline', 'BestCase', 'Forecast', 'Closed'] as const;
export const FORECAST_CATEGORY_NAMES = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'] as const;

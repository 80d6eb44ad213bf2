/**
 * Industries as HubSpot and Salesforce label them, with a typical revenue per employee (USD) so
 * annual revenue stays plausible for the company's size.
 */
export interface Industry {
  readonly name: string;
  readonly revenuePerEmployee: number;
}

export const INDUSTRIES = {
  software: { name: 'Computer Software', revenuePerEmployee: 220_000 },
  itServices: { name: 'Information Technology and Services', revenuePerEmployee: 150_000 },
  internet: { name: 'Internet', revenuePerEmployee: 300_000 },
  financialServices: { name: 'Financial Services', revenuePerEmployee: 350_000 },
  healthcare: { name: 'Hospital & Health Care', revenuePerEmployee: 120_000 },
  biotech: { name: 'Biotechnology', revenuePerEmployee: 280_000 },
  logistics: { name: 'Logistics and Supply Chain', revenuePerEmployee: 180_000 },
  manufacturing: { name: 'Industrial Automation', revenuePerEmployee: 200_000 },
  retail: { name: 'Retail', revenuePerEmployee: 160_000 },
  marketing: { name: 'Marketing and Advertising', revenuePerEmployee: 140_000 },
  consulting: { name: 'Management Consulting', revenuePerEmployee: 190_000 },
  energy: { name: 'Renewables & Environment', revenuePerEmployee: 400_000 },
  education: { name: 'E-Learning', revenuePerEmployee: 110_000 },
  media: { name: 'Online Media', revenuePerEmployee: 170_000 },
  security: { name: 'Computer & Network Security', revenuePerEmployee: 240_000 },
  realEstate: { name: 'Real Estate', revenuePerEmployee: 260_000 },
  food: { name: 'Food & Beverages', revenuePerEmployee: 130_000 },
  telecom: { name: 'Telecommunications', revenuePerEmployee: 330_000 },
} as const satisfies Record<string, Industry>;

export type IndustryKey = keyof typeof INDUSTRIES;

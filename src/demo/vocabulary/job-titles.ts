import type { Department, Seniority } from '../../core/canonical/index.ts';

export interface JobTitle {
  readonly title: string;
  readonly seniority: Seniority;
  readonly department: Department;
}

function titlesOf(department: Department, entries: readonly [Seniority, string][]): JobTitle[] {
  return entries.map(([seniority, title]) => ({ title, seniority, department }));
}

/** Titles as they appear on business cards and LinkedIn, in the departments a RevOps buyer meets. */
export const JOB_TITLES: readonly JobTitle[] = [
  ...titlesOf('executive', [['c_suite', 'CEO'], ['c_suite', 'Chief Executive Officer'], ['c_suite', 'COO'], ['founder', 'Co-Founder'],
    ['founder', 'Founder & CEO'], ['owner', 'Owner'], ['partner', 'Managing Partner'], ['c_suite', 'President']]),
  ...titlesOf('sales', [['c_suite', 'Chief Revenue Officer'], ['vp', 'VP of Sales'], ['vp', 'Vice President, Sales'], ['head', 'Head of Sales'],
    ['director', 'Director of Sales'], ['manager', 'Sales Manager'], ['senior', 'Senior Account Executive'], ['entry', 'Account Executive'],
    ['entry', 'Sales Development Representative'], ['entry', 'Business Development Rep'], ['manager', 'Regional Sales Manager']]),
  ...titlesOf('operations', [['vp', 'VP Revenue Operations'], ['head', 'Head of RevOps'], ['director', 'Director of Revenue Operations'],
    ['manager', 'Sales Operations Manager'], ['manager', 'Revenue Operations Manager'], ['senior', 'Senior RevOps Analyst'],
    ['entry', 'Sales Operations Analyst'], ['c_suite', 'Chief Operating Officer'], ['director', 'Director of Operations']]),
  ...titlesOf('marketing', [['c_suite', 'CMO'], ['c_suite', 'Chief Marketing Officer'], ['vp', 'VP Marketing'], ['head', 'Head of Growth'],
    ['director', 'Director of Demand Generation'], ['manager', 'Marketing Operations Manager'], ['manager', 'Demand Gen Manager'],
    ['senior', 'Senior Product Marketing Manager'], ['entry', 'Marketing Coordinator'], ['entry', 'Content Marketing Specialist'],
    ['intern', 'Marketing Intern']]),
  ...titlesOf('customer_success', [['vp', 'VP Customer Success'], ['director', 'Director of Customer Success'],
    ['manager', 'Customer Success Manager'], ['senior', 'Senior Customer Success Manager'], ['entry', 'Support Specialist']]),
  ...titlesOf('engineering', [['c_suite', 'CTO'], ['vp', 'VP Engineering'], ['director', 'Director of Engineering'],
    ['manager', 'Engineering Manager'], ['senior', 'Senior Software Engineer'], ['entry', 'Software Engineer'], ['intern', 'Software Engineering Intern']]),
  ...titlesOf('product', [['c_suite', 'Chief Product Officer'], ['vp', 'VP Product'], ['head', 'Head of Product'],
    ['senior', 'Senior Product Manager'], ['entry', 'Product Manager']]),
  ...titlesOf('it', [['c_suite', 'CIO'], ['director', 'IT Director'], ['manager', 'IT Manager'], ['senior', 'Systems Administrator'],
    ['entry', 'IT Support Specialist'], ['manager', 'CRM Administrator'], ['senior', 'Salesforce Administrator']]),
  ...titlesOf('finance', [['c_suite', 'CFO'], ['vp', 'VP Finance'], ['director', 'Finance Director'], ['manager', 'Controller'],
    ['entry', 'Financial Analyst']]),
  ...titlesOf('hr', [['c_suite', 'Chief People Officer'], ['director', 'HR Director'], ['manager', 'Talent Acquisition Manager'],
    ['entry', 'Recruiter']]),
  ...titlesOf('legal', [['c_suite', 'General Counsel'], ['senior', 'Corporate Counsel'], ['entry', 'Paralegal']]),
];

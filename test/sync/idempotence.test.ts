import { describe, expect, it } from 'vitest';
import { planContactSync } from '../../src/sync/plan-contacts.ts';
import type { ContactSyncInput } from '../../src/sync/plan-contacts.ts';
import { summarisePlan } from '../../src/sync/render-plan.ts';
import { applyPlan } from './apply-plan.ts';
import { T1, T2, crmContact, marketingContact, standardMapping } from './builders.ts';

/** A small deterministic generator, so a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => { state = (state * 1103515245 + 12345) % 2 ** 31; return state / 2 ** 31; };
}

function scenario(seed: number): ContactSyncInput {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const maybe = <T>(value: T) => (next() < 0.5 ? value : undefined);
  const person = (n: number) => ({
    email: pick([`p${n}@acme.com`, `P${n}@ACME.com `, undefined]),
    firstName: maybe(pick(['Ada', 'Grace', 'Alan'])),
    lastName: pick(['Lovelace', 'Hopper']),
    title: maybe(pick(['CTO', 'Engineer'])),
    phone: maybe(pick(['+15550100', '+15550199'])),
    consent: { emailOptOut: next() < 0.2 },
    updatedAt: pick([T1, T2]),
  });
  const input: ContactSyncInput = { mapping: standardMapping(), crm: [], marketing: [], links: new Map(), handOff: (c) => c.title !== undefined };
  const links = new Map<string, string>();
  for (let n = 0; n < 12; n += 1) {
    const onCrm = next() < 0.8;
    const onMarketing = next() < 0.8;
    if (onCrm) (input.crm as unknown[]).push(crmContact(`crm-${n}`, { ...person(n), leadStatus: maybe('new') }));
    if (onMarketing) (input.marketing as unknown[]).push(marketingContact(`mkt-${n}`, person(n)));
    if (onCrm && onMarketing && next() < 0.5) links.set(`crm-${n}`, `mkt-${n}`);
  }
  return { ...input, links };
}

describe('idempotence', () => {
  it('plans no writes, creates or new links after its own plan is applied', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const input = scenario(seed);
      const first = planContactSync(input);
      const second = summarisePlan(planContactSync(applyPlan(input, first)));
      expect({ seed, ...second }).toMatchObject({ seed, linkedByEmail: 0, creates: { crm: 0, marketing: 0 }, updates: { crm: 0, marketing: 0 }, fieldsChanged: 0 });
    }
  });

  it('plans something in most generated scenarios, so the property above is not vacuous', () => {
    const busy = Array.from({ length: 50 }, (_, i) => summarisePlan(planContactSync(scenario(i + 1)))).filter((s) => s.fieldsChanged > 0);
    expect(busy.length).toBeGreaterThan(40);
  });
});

import { describe, expect, it } from 'vitest';
import { CanonicalCompanySchema, type CanonicalCompanyInput } from '../../../src/core/canonical/index.ts';
import { rejectionPaths } from './rejection-paths.ts';

const acme: CanonicalCompanyInput = {
  name: 'Acme, Inc.',
  domain: 'acme.com',
  createdAt: '2024-05-01T00:00:00Z',
  updatedAt: '2024-05-02T00:00:00Z',
  source: { system: 'salesforce', id: '001xx000003DGb2AAG', objectType: 'Account' },
};

describe('canonical company', () => {
  it('parses a company with a name, a domain and its timestamps', () => {
    expect(CanonicalCompanySchema.safeParse(acme).success).toBe(true);
  });

  it('lower-cases and trims the domain, since host names ignore case', () => {
    expect(CanonicalCompanySchema.parse({ ...acme, domain: ' Acme.COM ' }).domain).toBe('acme.com');
  });

  it('rejects a URL where a bare domain belongs', () => {
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, domain: 'https://acme.com/about' })).toEqual(['domain']);
  });

  it('rejects a company without a name', () => {
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, name: '  ' })).toEqual(['name']);
  });

  it('rejects a negative employee count and a fractional one', () => {
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, employeeCount: -1 })).toEqual(['employeeCount']);
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, employeeCount: 10.5 })).toEqual(['employeeCount']);
  });

  it('rejects a country code that is a name rather than ISO 3166 alpha-2', () => {
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, countryCode: 'USA' })).toEqual(['countryCode']);
  });

  it('rejects a website that is not an http(s) URL', () => {
    expect(rejectionPaths(CanonicalCompanySchema, { ...acme, website: 'ftp://acme.com' })).toEqual(['website']);
  });

  it('defaults additional domains to none', () => {
    expect(CanonicalCompanySchema.parse(acme).additionalDomains).toEqual([]);
  });
});

// Company domains and websites as the canonical model keeps them (a bare host; an http(s) URL), from
// whatever a CRM field holds: `acme.com`, `www.acme.com/`, `https://Acme.com/about`. Pure.
import { DomainSchema, UrlSchema } from '../core/canonical/field-formats.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function urlOf(text: string): URL | undefined {
  try {
    return new URL(SCHEME.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
}

/** The host a website or domain names, lower-cased, without `www.` or a trailing dot; undefined when none. */
export function domainOfWebsite(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const url = urlOf(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  return DomainSchema.safeParse(host).success ? host : undefined;
}

/** A website as an http(s) URL (`acme.com` → `https://acme.com`); undefined when it is none. */
export function websiteUrlOf(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const candidate = SCHEME.test(text) ? text : `https://${text}`;
  return UrlSchema.safeParse(candidate).success && domainOfWebsite(candidate) !== undefined ? candidate : undefined;
}

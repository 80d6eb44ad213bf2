import type { HubspotSandboxSettings } from './settings.ts';

// The sandbox POSTs signed events to whatever target URL an app sets. So that it cannot be used to
// make this server call arbitrary hosts, a target set through the settings API must be http(s) on a
// loopback host (127.0.0.0/8, ::1, localhost), or on the origin the operator named explicitly in
// settings.webhookTargetUrl.

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Why the sandbox will not deliver to `url`, or undefined when it may. */
export function webhookTargetProblem(url: string, settings: Pick<HubspotSandboxSettings, 'webhookTargetUrl'>): string | undefined {
  if (!URL.canParse(url)) return 'targetUrl must be an absolute URL';
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'targetUrl must be an http(s) URL';
  if (LOOPBACK_HOSTS.test(target.hostname)) return undefined;
  const configured = settings.webhookTargetUrl && URL.canParse(settings.webhookTargetUrl) ? new URL(settings.webhookTargetUrl).origin : undefined;
  if (target.origin === configured) return undefined;
  return `targetUrl must point at a loopback host (127.0.0.0/8, ::1, localhost) or at ${configured ?? 'the origin configured in the sandbox settings (webhookTargetUrl)'}; ${target.host} is neither`;
}

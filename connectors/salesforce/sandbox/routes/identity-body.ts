// The identity service's description of the org's API user: the identity URL's JSON and the same
// facts as OpenID Connect userinfo claims. https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_using_openid.htm&type=5
// The `urls` carry the literal `{version}` unless the call named a version.
import type { SalesforceSandboxDeps } from '../deps.ts';
import { to15 } from '../ids.ts';

export interface IdentityUrls {
  enterprise: string;
  metadata: string;
  partner: string;
  rest: string;
  sobjects: string;
  search: string;
  query: string;
  recent: string;
  tooling_soap: string;
  tooling_rest: string;
  profile: string;
  feeds: string;
  groups: string;
  users: string;
  feed_items: string;
  feed_elements: string;
  custom_domain: string;
}

export function identityUrls(deps: SalesforceSandboxDeps, version = '{version}'): IdentityUrls {
  const instance = deps.ctx.baseUrl();
  const org15 = to15(deps.settings.orgId);
  const rest = `${instance}/services/data/v${version}/`;
  return {
    enterprise: `${instance}/services/Soap/c/${version}/${org15}`,
    metadata: `${instance}/services/Soap/m/${version}/${org15}`,
    partner: `${instance}/services/Soap/u/${version}/${org15}`,
    rest,
    sobjects: `${rest}sobjects/`,
    search: `${rest}search/`,
    query: `${rest}query/`,
    recent: `${rest}recent/`,
    tooling_soap: `${instance}/services/Soap/T/${version}/${org15}`,
    tooling_rest: `${rest}tooling/`,
    profile: `${instance}/${deps.settings.adminUser.id}`,
    feeds: `${rest}chatter/feeds`,
    groups: `${rest}chatter/groups`,
    users: `${rest}chatter/users`,
    feed_items: `${rest}chatter/feed-items`,
    feed_elements: `${rest}chatter/feed-elements`,
    custom_domain: instance,
  };
}

// A fixed sign-up moment keeps answers deterministic across runs.
const USER_LAST_MODIFIED = '2026-01-05T09:00:00.000+0000';
const TIME_ZONE = 'America/Los_Angeles';
const UTC_OFFSET_MS = -28_800_000;

export function userInfoClaims(deps: SalesforceSandboxDeps, urls: IdentityUrls) {
  const { adminUser, orgId } = deps.settings;
  const displayName = `${adminUser.firstName} ${adminUser.lastName}`.trim();
  const nickname = adminUser.username.split('@')[0] ?? adminUser.username;
  const photos = {
    picture: `${deps.ctx.baseUrl()}/profilephoto/005/F`,
    thumbnail: `${deps.ctx.baseUrl()}/profilephoto/005/T`,
  };
  const common = {
    user_id: adminUser.id,
    organization_id: orgId,
    email: adminUser.email,
    email_verified: true,
    photos,
    urls,
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_US',
    utcOffset: UTC_OFFSET_MS,
    is_app_installed: true,
  };
  return {
    identity: {
      ...common,
      username: adminUser.username,
      nick_name: nickname,
      display_name: displayName,
      first_name: adminUser.firstName,
      last_name: adminUser.lastName,
      timezone: TIME_ZONE,
      addr_street: null, addr_city: null, addr_state: null, addr_country: null, addr_zip: null,
      mobile_phone: null,
      mobile_phone_verified: false,
      is_lightning_login_user: false,
      status: { created_date: null, body: null },
      last_modified_date: USER_LAST_MODIFIED,
    },
    userinfo: {
      ...common,
      preferred_username: adminUser.username,
      nickname,
      name: displayName,
      given_name: adminUser.firstName,
      family_name: adminUser.lastName,
      zoneinfo: TIME_ZONE,
      profile: urls.profile,
      picture: photos.picture,
      address: {},
      updated_at: USER_LAST_MODIFIED,
    },
  };
}

import { z } from 'zod';

// HubSpot OAuth payloads. https://developers.hubspot.com/docs/api-reference/legacy/authentication/manage-oauth-tokens
// https://developers.hubspot.com/docs/api-reference/auth-oauth-v3/guide

/** `POST /oauth/v1/token` (and v3) success body; the SDK model is `TokenResponseIF`. */
export const HubspotTokenResponseWire = z.object({
  token_type: z.string(),
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  /** Seconds; 1800 for HubSpot's 30-minute access tokens. */
  expires_in: z.number().int().positive(),
  id_token: z.string().optional(),
  hub_id: z.number().int().optional(),
  scopes: z.array(z.string()).optional(),
});
export type HubspotTokenResponseWire = z.output<typeof HubspotTokenResponseWire>;

/**
 * A refused token request (HTTP 400). v1 answers `status` (BAD_AUTH_CODE, BAD_REFRESH_TOKEN,
 * BAD_CLIENT_ID, BAD_REDIRECT_URI, BAD_GRANT_TYPE …), `message` and `correlationId`; v3 adds
 * RFC 6749's `error` and `error_description`. Every field is optional when parsing.
 */
export const HubspotTokenErrorWire = z.object({
  status: z.string().optional(),
  message: z.string().optional(),
  correlationId: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});
export type HubspotTokenErrorWire = z.output<typeof HubspotTokenErrorWire>;

/** `GET /oauth/v1/access-tokens/{token}` (SDK `AccessTokenInfoResponse`). */
export const HubspotAccessTokenInfoWire = z.object({
  token: z.string(),
  user: z.string().optional(),
  hub_domain: z.string().optional(),
  scopes: z.array(z.string()),
  hub_id: z.number().int(),
  app_id: z.number().int(),
  expires_in: z.number().int(),
  user_id: z.number().int(),
  token_type: z.string(),
});
export type HubspotAccessTokenInfoWire = z.output<typeof HubspotAccessTokenInfoWire>;

/** `GET /oauth/v1/refresh-tokens/{token}` (SDK `RefreshTokenInfoResponse`). */
export const HubspotRefreshTokenInfoWire = z.object({
  token: z.string(),
  user: z.string().optional(),
  hub_domain: z.string().optional(),
  scopes: z.array(z.string()),
  hub_id: z.number().int(),
  client_id: z.string(),
  user_id: z.number().int(),
  token_type: z.string(),
});
export type HubspotRefreshTokenInfoWire = z.output<typeof HubspotRefreshTokenInfoWire>;

/** The query the browser brings back to the app's redirect URI after the install screen. */
export const HubspotAuthorizeCallbackWire = z.union([
  z.object({ code: z.string().min(1), state: z.string().optional() }),
  z.object({ error: z.string().min(1), error_description: z.string().optional(), state: z.string().optional() }),
]);
export type HubspotAuthorizeCallbackWire = z.output<typeof HubspotAuthorizeCallbackWire>;

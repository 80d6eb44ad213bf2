import type { Vendor } from './vendor.ts';
import type { IsoTimestamp } from './timestamp.ts';

export type ConnectionStatus = 'healthy' | 'needs_reauth' | 'disconnected';

/** A tenant's link to one vendor account. Secrets are never part of it: see getTokens. */
export interface Connection {
  tenantId: string;
  vendor: Vendor;
  status: ConnectionStatus;
  /** Why the status is what it is, e.g. "refresh failed: invalid_grant". */
  statusReason: string | null;
  scopes: string[];
  /** The API base URL of this account, e.g. a Salesforce instance URL. */
  instanceUrl: string | null;
  /** The vendor's id for the connected account (portal, org, organisation). */
  externalAccountId: string | null;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

/** OAuth tokens in plaintext; they exist decrypted only in memory. API-key vendors use accessToken. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: IsoTimestamp | null;
}

export interface ConnectionInput {
  vendor: Vendor;
  scopes: string[];
  instanceUrl?: string | null;
  externalAccountId?: string | null;
  /** Saved in the same transaction, so an install never leaves a connection without tokens. */
  tokens?: OAuthTokens;
}

export interface RefreshedTokens {
  accessToken: string;
  /** Omit when the vendor did not rotate it: the stored refresh token is kept. */
  refreshToken?: string;
  expiresAt: IsoTimestamp | null;
}

export interface ConnectionRepository {
  /** Creates or reconnects: status becomes healthy and the reason is cleared. */
  upsert(tenantId: string, input: ConnectionInput): Promise<Connection>;
  get(tenantId: string, vendor: Vendor): Promise<Connection | undefined>;
  list(tenantId: string): Promise<Connection[]>;
  /** Decrypted tokens, or undefined when the connection has none. */
  getTokens(tenantId: string, vendor: Vendor): Promise<OAuthTokens | undefined>;
  /** After a refresh. Throws RecordNotFoundError when the connection does not exist. */
  saveTokens(tenantId: string, vendor: Vendor, tokens: RefreshedTokens): Promise<void>;
  markStatus(tenantId: string, vendor: Vendor, status: ConnectionStatus, reason?: string): Promise<Connection>;
  /** Removes the connection and its secrets; false when there was nothing to delete. */
  delete(tenantId: string, vendor: Vendor): Promise<boolean>;
  /** Re-seals this tenant's tokens that an older key sealed; returns how many connections changed. */
  reencryptTokens(tenantId: string): Promise<number>;
}

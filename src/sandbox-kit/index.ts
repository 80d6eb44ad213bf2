// The sandbox kit: simulator machinery written once, used by every connectors/<vendor>/sandbox/.
export type { SandboxContext, SandboxReply, VendorErrorShapes, VendorSandbox, VendorSandboxFactory } from './contract.ts';
export { CONTROL_PREFIX } from './contract.ts';
export { CallLedger } from './ledger.ts';
export type { LedgerEntry, EndpointCount } from './ledger.ts';
export { FaultInjector, FaultSpec } from './faults.ts';
export type { FaultSpecInput, RequestFault } from './faults.ts';
export { TokenStore } from './tokens.ts';
export type { IssuedToken, TokenCheck } from './tokens.ts';
export { AuthorizationCodes, pkceChallenge } from './authorization-codes.ts';
export type { CodeGrant, CodeRedemption } from './authorization-codes.ts';
export { RateWindow } from './rate-window.ts';
export type { WindowVerdict } from './rate-window.ts';
export { ManualClock, systemClock } from './clock.ts';
export type { Clock } from './clock.ts';
export { requireBearer, tokenOf, bearerFrom } from './bearer.ts';
export { sendReply } from './send-reply.ts';
export { buildSandboxApp, listenSandboxes } from './host.ts';
export type { SandboxApp, ListeningSandboxes, RunningSandbox, SandboxHostOptions, SandboxVendorSpec } from './host.ts';

import type { ConnectorManifest, VendorId } from './manifest.ts';
import type { VendorSandboxFactory } from '../sandbox-kit/contract.ts';

/**
 * What a vendor folder's `index.ts` exports: its manifest and the capabilities it has so far.
 * Capabilities are added by name (change feed, batch writer, enricher…) as issues build them.
 */
export interface ConnectorModule<V extends VendorId = VendorId> {
  readonly manifest: ConnectorManifest & { vendor: V };
  /** The local simulator the embedded default and the contract tests run. */
  readonly sandbox: () => VendorSandboxFactory;
}

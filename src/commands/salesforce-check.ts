import { listenSandboxes } from '../sandbox-kit/host.ts';
import {
  METADATA_PACKAGE_DIR, checkSalesforceSchema, createSalesforceConnection, requiredSalesforceFields, salesforce,
} from '../../connectors/salesforce/index.ts';
import type { SchemaProblem } from '../../connectors/salesforce/index.ts';

/** A real org: its instance URL and a session of the integration user the product will act as. */
export interface SalesforceCheckTarget {
  instanceUrl: string;
  accessToken: string;
}

export interface SalesforceCheckReport {
  problems: SchemaProblem[];
  /** What the command prints on stdout: one line per problem and a summary, or the all-clear. */
  lines: string[];
  exitCode: 0 | 1;
}

/**
 * `revops salesforce check`: describes Lead, Contact, Account and Opportunity once each and reports every
 * required custom field that is missing, of the wrong type or not writable for this user. With no target it
 * checks an embedded sandbox org (started on a free loopback port and closed after).
 */
export async function runSalesforceCheck(target?: SalesforceCheckTarget): Promise<SalesforceCheckReport> {
  if (target) {
    const problems = await checkSalesforceSchema(createSalesforceConnection(target));
    return salesforceCheckReport(problems, target.instanceUrl);
  }
  const sandboxes = await listenSandboxes({ vendors: [{ vendor: 'salesforce', create: salesforce.sandbox() }], port: 0 });
  try {
    const running = sandboxes.get('salesforce');
    const conn = createSalesforceConnection({ instanceUrl: running.baseUrl(), accessToken: running.sandbox.readyAccessToken() });
    return salesforceCheckReport(await checkSalesforceSchema(conn), 'the embedded sandbox org');
  } finally {
    await sandboxes.close();
  }
}

export function salesforceCheckReport(problems: SchemaProblem[], where: string): SalesforceCheckReport {
  const total = requiredSalesforceFields.length;
  if (problems.length === 0) {
    return { problems, exitCode: 0, lines: [`all ${total} required fields present and writable in ${where}`] };
  }
  const fields = new Set(problems.map((p) => `${p.object}.${p.field}`)).size;
  const summary = `${fields} of ${total} required fields need attention in ${where}: see ${METADATA_PACKAGE_DIR}/README.md`;
  return { problems, exitCode: 1, lines: [...problems.map((p) => p.message), summary] };
}

/** One line for a check that could not run: Salesforce's error code and message, or the network cause. */
export function salesforceCheckFailure(err: unknown): string {
  if (!(err instanceof Error)) return `could not describe the org: ${String(err)}`;
  const { cause: inner } = err;
  const cause = inner instanceof Error ? ` (${'code' in inner && typeof inner.code === 'string' ? inner.code : inner.message})` : '';
  const code = 'errorCode' in err && typeof err.errorCode === 'string' ? `${err.errorCode}: ` : '';
  return `could not describe the org: ${code}${err.message}${cause}`;
}

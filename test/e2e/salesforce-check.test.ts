import { afterEach, describe, expect, it } from 'vitest';
import { requiredSalesforceFields } from '../../connectors/salesforce/index.ts';
import { runCli } from '../support/child-process.ts';
import type { RunningCli } from '../support/child-process.ts';
import { startSalesforceSandbox } from '../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../support/salesforce-sandbox.ts';

// `revops salesforce check`, run as an admin would run it before connecting an org.
let running: RunningCli | undefined;
let org: StartedSalesforceSandbox | undefined;
afterEach(async () => {
  await running?.stop();
  await org?.close();
  running = undefined;
  org = undefined;
});

/** The exit code once the command has ended and its output streams are closed. */
function ended(cli: RunningCli): Promise<number | null> {
  return new Promise((done) => cli.child.once('close', (code) => done(code)));
}

const total = requiredSalesforceFields.length;

describe('revops salesforce check', () => {
  it('checks an embedded sandbox org when given no org, and exits 0 with every field present', async () => {
    running = runCli(['salesforce', 'check']);
    expect(await ended(running)).toBe(0);
    expect(running.lines.stdout).toEqual([`all ${total} required fields present and writable in the embedded sandbox org`]);
  });

  it('prints one line per missing field of an org without the metadata package, and exits 1', async () => {
    org = await startSalesforceSandbox({}, { customFields: false });
    running = runCli(['salesforce', 'check', '--instance-url', org.instanceUrl], { SALESFORCE_ACCESS_TOKEN: org.token });
    expect(await ended(running)).toBe(1);
    const { stdout } = running.lines;
    expect(stdout.slice(0, -1)).toEqual(requiredSalesforceFields.map((f) => expect.stringMatching(
      new RegExp(`^${f.object}\\.${f.field} is missing .*grant Read/Edit through the RevOps_Connector_Integration permission set$`),
    )));
    expect(stdout.at(-1)).toBe(`${total} of ${total} required fields need attention in ${org.instanceUrl}: see connectors/salesforce/metadata/README.md`);
  });

  it('refuses an instance URL without a token, naming both flags', async () => {
    running = runCli(['salesforce', 'check', '--instance-url', 'https://acme.my.salesforce.com']);
    expect(await ended(running)).toBe(2);
    expect(running.lines.stderr).toEqual(['give both --instance-url and --access-token, or neither to check the embedded sandbox org']);
  });

  it('stops with one line, not a stack trace, when the org refuses the session', async () => {
    org = await startSalesforceSandbox();
    running = runCli(['salesforce', 'check', '--instance-url', org.instanceUrl, '--access-token', 'not-a-session']);
    expect(await ended(running)).toBe(2);
    expect(running.lines.stderr).toEqual(['could not describe the org: INVALID_SESSION_ID: Session expired or invalid']);
  });
});

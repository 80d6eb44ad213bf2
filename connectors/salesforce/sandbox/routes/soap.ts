// POST /services/Soap/u/{version} — the Partner SOAP API, for the calls jsforce makes through `conn.soap`
// (merge, convertLead, undelete). https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_quickstart_intro.htm
//
// The session travels in the envelope's SessionHeader, not in an Authorization header: mount this router
// before `requireBearer`. An unknown or expired session answers HTTP 500 with faultcode
// sf:INVALID_SESSION_ID, which is the only thing jsforce treats as "refresh the token and replay" on SOAP.
import express from 'express';
import type { ErrorRequestHandler, Request, Response, Router } from 'express';
import type { SalesforceSandboxDeps } from '../deps.ts';
import { chargeApiCall } from '../limits.ts';
import { parseSoapRequest, serializeSoapResponse, SOAP_CONTENT_TYPE } from '../soap/envelope.ts';
import type { SoapCallRequest } from '../soap/envelope.ts';
import {
  apiFault, clientFault, invalidSessionFault, noSuchOperationFault, serializeFault, SoapFaultError,
} from '../soap/faults.ts';
import type { SoapFault } from '../soap/faults.ts';
import { soapCalls } from '../soap/calls.ts';
import { apiVersionStatus } from '../api-versions.ts';
import { userOf } from './oauth-token-answer.ts';
import type { SoapCallContext } from '../soap/calls.ts';

const MAX_ENVELOPE = '50mb';

export function soapRoutes(deps: SalesforceSandboxDeps): Router {
  const router = express.Router();
  router.post(
    '/services/Soap/u/:version',
    express.text({ type: () => true, limit: MAX_ENVELOPE }),
    (req: Request<{ version: string }>, res: Response) => {
      try {
        const answer = handleSoapCall(deps, req, res);
        res.status(200).type(SOAP_CONTENT_TYPE).send(answer);
      } catch (err) {
        if (!(err instanceof SoapFaultError)) deps.ctx.log.error({ err, vendor: deps.ctx.vendor }, 'salesforce SOAP call failed');
        sendFault(res, err instanceof SoapFaultError ? err.fault : unexpectedFault());
      }
    },
  );
  // A body the parser refuses (over 50 MB, a bad charset) is still answered as a SOAP fault.
  router.use('/services/Soap', ((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const message = err instanceof Error ? err.message : 'Unable to read the request';
    sendFault(res, clientFault(message));
  }) as ErrorRequestHandler);
  return router;
}

function handleSoapCall(deps: SalesforceSandboxDeps, req: Request<{ version: string }>, res: Response): string {
  checkVersion(req.params.version);
  checkTransport(req);
  const call = parseSoapRequest(typeof req.body === 'string' ? req.body : '');
  const context = authenticate(deps, call);
  const verdict = chargeApiCall(deps, context.orgId, res);
  if (!verdict.allowed) throw new SoapFaultError(apiFault('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'));
  const handler = Object.hasOwn(soapCalls, call.operation) ? soapCalls[call.operation] : undefined;
  if (!handler) throw new SoapFaultError(noSuchOperationFault(call.operation));
  const results = handler(deps, call.payload, context);
  return serializeSoapResponse(call.operation, results);
}

function checkVersion(version: string): void {
  // A retired version (api-versions.ts) and one Salesforce never had are both UNSUPPORTED_API_VERSION.
  const match = /^(\d{1,3})\.0$/.exec(version);
  if (!match || apiVersionStatus(Number(match[1])) !== 'supported') {
    throw new SoapFaultError(apiFault('UNSUPPORTED_API_VERSION', `Invalid Api version specified on URL: ${version}`));
  }
}

// SOAP 1.1 over HTTP: an XML body and a SOAPAction header (Salesforce ignores its value; jsforce sends "").
function checkTransport(req: Request): void {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^(text|application)\/(soap\+)?xml\b/i.test(contentType)) {
    throw new SoapFaultError(clientFault(`Unsupported content type: ${contentType || '(none)'}; a SOAP request is text/xml.`));
  }
  if (req.headers.soapaction === undefined) throw new SoapFaultError(clientFault('No SOAPAction header!'));
}

function authenticate(deps: SalesforceSandboxDeps, call: SoapCallRequest): SoapCallContext {
  if (!call.sessionId) throw new SoapFaultError(invalidSessionFault());
  const verdict = deps.ctx.tokens.check(call.sessionId);
  if (verdict.status !== 'valid') throw new SoapFaultError(invalidSessionFault());
  return { orgId: verdict.token.subject || deps.settings.orgId, userId: userOf(deps, verdict.token) };
}

function unexpectedFault(): SoapFault {
  return apiFault('UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support.');
}

// Salesforce answers every fault with HTTP 500 (SOAP 1.1 over HTTP).
function sendFault(res: Response, fault: SoapFault): void {
  if (res.headersSent) return;
  res.status(500).type(SOAP_CONTENT_TYPE).send(serializeFault(fault));
}

// The Partner API operations the sandbox serves, by the Body element that names them.
import type { SoapCallHandler } from './arguments.ts';
import { mergeCall } from './merge.ts';
import { convertLeadCall } from './convert-lead.ts';
import { undeleteCall } from './undelete.ts';

export type { SoapCallContext, SoapCallHandler } from './arguments.ts';

export const soapCalls: Readonly<Record<string, SoapCallHandler>> = {
  merge: mergeCall,
  convertLead: convertLeadCall,
  undelete: undeleteCall,
};

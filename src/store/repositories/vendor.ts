/** The CRMs a tenant can be installed into: the tenant's source of truth. */
export type Crm = 'hubspot' | 'salesforce';

/** Every system the product connects to; also the `system` of id links and change-log entries. */
export type Vendor = Crm | 'calendly' | 'clearbit' | 'apollo';

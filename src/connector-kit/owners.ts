// Who can own records in a system: the people (and queues) whose ids go into owner fields. The sync
// matches owners across systems by email, so an owner id crosses systems as the same person's id.

export interface Owner {
  /** The id owner fields hold (HubSpot's owner id, Salesforce's User Id). */
  id: string;
  email: string | undefined;
  name: string | undefined;
  /** Deactivated users keep their records but take no new ones. */
  active: boolean;
}

export interface OwnerDirectory {
  /** Every owner, active or not, in as few calls as the vendor allows. */
  list(): Promise<{ owners: Owner[]; calls: number }>;
}

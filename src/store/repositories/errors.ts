/** A tenant-scoped record that the caller named does not exist (or belongs to another tenant). */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
}

/** A link would give a record a second twin in the same system; relink or unlink first. */
export class IdLinkConflictError extends Error {
  override readonly name = 'IdLinkConflictError';
}

/** A state change that the record's current state does not allow (e.g. finishing a finished run). */
export class InvalidStateError extends Error {
  override readonly name = 'InvalidStateError';
}

/** A record with the same natural key already exists (e.g. a second tenant for one portal). */
export class DuplicateRecordError extends Error {
  override readonly name = 'DuplicateRecordError';
}

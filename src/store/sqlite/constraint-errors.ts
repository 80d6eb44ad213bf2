// SQLite extended result codes (https://sqlite.org/rescode.html), as node:sqlite reports them in `errcode`.
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
const SQLITE_CONSTRAINT_UNIQUE = 2067;

/** True for a primary-key or unique-constraint violation, which repositories turn into their own errors. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error) || !('errcode' in error)) return false;
  return error.errcode === SQLITE_CONSTRAINT_UNIQUE || error.errcode === SQLITE_CONSTRAINT_PRIMARYKEY;
}

/**
 * One step of the schema. `up` is plain SQL written to port to PostgreSQL: TEXT and INTEGER
 * columns, ISO-8601 timestamps as TEXT, CHECK constraints for closed vocabularies.
 * Applied migrations are never edited: change the schema by adding the next version.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
}

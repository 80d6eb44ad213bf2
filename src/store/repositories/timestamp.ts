/** An ISO-8601 UTC timestamp as Date#toISOString writes it (fixed width, so these sort as text). */
export type IsoTimestamp = string;

/** Where the store gets "now": injected so tests control time instead of sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The canonical record model: the one vocabulary the pure core, the sync engine and every connector share. */
export * from './field-formats.ts';
export * from './source.ts';
export * from './lifecycle-stage.ts';
export * from './consent.ts';
export * from './contact.ts';
export * from './company.ts';
export * from './deal.ts';
export * from './owner.ts';
export * from './meeting.ts';
export * from './task.ts';
export * from './activity.ts';

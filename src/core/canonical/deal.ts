import { z } from 'zod';
import { CurrencyCodeSchema, IsoDateSchema, IsoTimestampSchema, RecordIdSchema } from './field-formats.ts';
import { LeadSourceSchema } from './lifecycle-stage.ts';
import { canonicalRecordShape, requireNotBefore } from './record.ts';

/** open until the deal is closed; won/lost come from the vendor's own flags (IsWon, hs_is_closed_won). */
export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

export const DEAL_TYPES = ['new_business', 'expansion', 'renewal'] as const;
export type DealType = (typeof DEAL_TYPES)[number];

const text = z.string().trim().min(1);

/** One stay in one stage; the current stage's entry has no `exitedAt`. */
export const StageHistoryEntrySchema = z.object({
  stage: text,
  enteredAt: IsoTimestampSchema,
  exitedAt: IsoTimestampSchema.optional(),
});
export type StageHistoryEntry = z.infer<typeof StageHistoryEntrySchema>;

/** A close date the deal had before it was moved; pushes are what a slippage audit counts. */
export const CloseDateChangeSchema = z.object({
  closeDate: IsoDateSchema,
  /** When the deal was moved off this date. */
  changedAt: IsoTimestampSchema,
});
export type CloseDateChange = z.infer<typeof CloseDateChangeSchema>;

const dealFields = {
  name: text,
  /**
   * Pipeline and stage keys in the product's own vocabulary, as declared in mappings/ (e.g. the
   * `sales` pipeline, `discovery`); connectors translate vendor ids to and from them. A deal with no
   * pipeline is in the main sales pipeline, which is how both vendors read an absent one.
   */
  pipeline: text.default('sales'),
  stage: text,
  outcome: z.enum(DEAL_OUTCOMES).default('open'),
  dealType: z.enum(DEAL_TYPES).optional(),
  amount: z.number().nonnegative().optional(),
  currency: CurrencyCodeSchema.default('USD'),
  closeDate: IsoDateSchema.optional(),
  /** Earlier close dates, oldest first; empty when the close date never moved. */
  closeDateHistory: z.array(CloseDateChangeSchema).default([]),
  /** Stays in each stage, oldest first, ending with the current stage. */
  stageHistory: z.array(StageHistoryEntrySchema).default([]),
  companyId: RecordIdSchema.optional(),
  contactIds: z.array(RecordIdSchema).default([]),
  ownerId: RecordIdSchema.optional(),
  leadSource: LeadSourceSchema.optional(),
  lostReason: text.optional(),
  closedAt: IsoTimestampSchema.optional(),
  lastActivityAt: IsoTimestampSchema.optional(),
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
};

type DealFields = z.infer<z.ZodObject<typeof dealFields>>;

/** Each stay ends where it begins or later, the next begins once it ends, and the last is the current stage. */
function checkStageHistory(deal: DealFields, ctx: z.RefinementCtx): void {
  deal.stageHistory.forEach((entry, i) => {
    requireNotBefore(ctx, ['stageHistory', i, 'exitedAt'], entry.enteredAt, entry.exitedAt, 'exitedAt is before enteredAt');
    const previous = deal.stageHistory[i - 1];
    if (previous) {
      requireNotBefore(ctx, ['stageHistory', i, 'enteredAt'], previous.exitedAt ?? previous.enteredAt, entry.enteredAt,
        'stage history is out of order: entered before the previous stage was left');
      if (previous.exitedAt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['stageHistory', i - 1, 'exitedAt'], message: 'only the current (last) stage may be open' });
      }
    }
  });
  const current = deal.stageHistory.at(-1);
  if (current && current.stage !== deal.stage) {
    ctx.addIssue({ code: 'custom', path: ['stageHistory', deal.stageHistory.length - 1, 'stage'], message: `the last stage history entry must be the current stage "${deal.stage}"` });
  }
}

/** A deal (HubSpot) or opportunity (Salesforce). */
export const CanonicalDealSchema = z
  .object(canonicalRecordShape('deal', dealFields))
  .superRefine((deal, ctx) => {
    checkStageHistory(deal, ctx);
    requireNotBefore(ctx, ['updatedAt'], deal.createdAt, deal.updatedAt, 'updatedAt is before createdAt');
  });
export type CanonicalDeal = z.infer<typeof CanonicalDealSchema>;
export type CanonicalDealInput = z.input<typeof CanonicalDealSchema>;

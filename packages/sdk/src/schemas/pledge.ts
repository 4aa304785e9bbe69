/**
 * `POST {feed}/pledges`: a visitor's commitment. Strict: unknown fields are refused, and texts
 * hold no control character (they reach the coordinator's terminal and spreadsheet).
 */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import { checkedObject, ck, email, id, idList, submittedText } from './primitives.js';
import { PLEDGER_KINDS } from './collective.js';

export const PLEDGE_LIMITS = {
  name: 100,
  organisation: 200,
  message: 1000,
  commitments: 50,
} as const;

/** A pledge as sent by the form (strict: unknown fields are refused). */
export const Pledge = checkedObject(
  {
    campaign: id(),
    pledgerKind: z.enum(PLEDGER_KINDS),
    name: submittedText(PLEDGE_LIMITS.name),
    email: email(),
    organisation: z.optional(submittedText(PLEDGE_LIMITS.organisation)),
    /** French or other postal code: digits, letters, spaces and hyphens. */
    postalCode: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/))),
    commitments: idList(PLEDGE_LIMITS.commitments).check(z.minLength(1)),
    message: z.optional(submittedText(PLEDGE_LIMITS.message, { multiline: true })),
    /** Show my name publicly. Unticked by default. */
    public: z.boolean(),
    /** The visitor agreed to the notice. Must be true. */
    consent: z.literal(true, ck('consent')),
    /** Honeypot: people leave it empty. */
    website: z.optional(z.string().check(z.maxLength(200))),
  },
  { strict: true },
).check(
  z.check((ctx) => {
    if (ctx.value.pledgerKind === 'organisation' && !ctx.value.organisation) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.organisation,
        path: ['organisation'],
        message: 'ck:organisationRequired',
      });
    }
  }),
);
export type Pledge = z.infer<typeof Pledge>;
/** What a form holds before validation. */
export type PledgeInput = z.input<typeof Pledge>;

/** `201` answer to a pledge or a declaration. */
export const SubmissionReceipt = z.object({ id: id(), status: z.string().check(z.maxLength(40)) });
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;

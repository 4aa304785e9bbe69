/**
 * `POST {feed}/coalitions`: a coalition declaration, stored as pending until approved.
 * Fields follow two real calls for coalitions: the national call to form local coalitions
 * (territory, two contact persons, public channels, planned actions) and the metropolitan
 * "coalitions d'acteurs" (objective, members, operating mode, first actions, targeted stakes).
 */
import '../zod-setup.js';
import * as z from 'zod/v4/mini';
import {
  Geo,
  MAX,
  checkedObject,
  ck,
  email,
  httpUrl,
  idList,
  isoDate,
  submittedText,
  submittedTextList,
} from './primitives.js';
import { ACTION_STATUSES, COALITION_SCOPES } from './vocabulary.js';

/** A planned action, as declared (the coalition's `actions` once published). */
const DeclaredAction = checkedObject({
  title: submittedText(MAX.shortText),
  status: z.enum(ACTION_STATUSES),
  date: z.optional(isoDate()),
});

/** A contact person: private, seen by coordinators only, never published. */
export const DeclarationContact = checkedObject(
  {
    name: submittedText(MAX.name),
    email: email(),
    organisation: z.optional(submittedText(MAX.name)),
  },
  { strict: true },
);
export type DeclarationContact = z.infer<typeof DeclarationContact>;

/** A coalition declaration as sent by the form (strict). */
export const CoalitionDeclaration = checkedObject(
  {
    name: submittedText(MAX.name),
    objective: submittedText(MAX.text, { multiline: true }),
    scope: z.enum(COALITION_SCOPES),
    themes: z.optional(idList()),
    /** The region, town or neighbourhood where the coalition acts. */
    locality: z.optional(submittedText(MAX.name)),
    region: z.optional(submittedText(MAX.name)),
    geo: z.optional(Geo),
    /** One or two contact persons (private). */
    contacts: z.array(DeclarationContact).check(z.minLength(1), z.maxLength(2)),
    /** Public contact channels, published once approved (web page, social account…). */
    publicContact: z.optional(
      checkedObject({ url: z.optional(httpUrl()), email: z.optional(email()) }, { strict: true }),
    ),
    /** Members: names of organisations and collectives. */
    members: z.optional(submittedTextList(MAX.name, MAX.list)),
    operatingMode: z.optional(submittedText(MAX.text, { multiline: true })),
    actions: z.optional(z.array(DeclaredAction).check(z.maxLength(MAX.list))),
    /** Targeted climate-plan stakes (PCAET objectives…). */
    stakes: z.optional(submittedTextList(MAX.shortText, 20)),
    /** The declarants agree that the public part is published. */
    consent: z.literal(true, ck('declarationConsent')),
    /** Honeypot: people leave it empty. */
    website: z.optional(z.string().check(z.maxLength(200))),
  },
  { strict: true },
);
export type CoalitionDeclaration = z.infer<typeof CoalitionDeclaration>;
export type CoalitionDeclarationInput = z.input<typeof CoalitionDeclaration>;

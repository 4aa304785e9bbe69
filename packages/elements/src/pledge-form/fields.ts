/** The form's fields: reading a pledge from it, and where a summary link goes. */
import type { Campaign, PledgeInput, PledgerKind } from '@coalition-kit/sdk';

/** Fields in the order of the form: the error summary lists them in this order. */
export const FIELDS = [
  'commitments',
  'pledgerKind',
  'organisation',
  'name',
  'email',
  'postalCode',
  'message',
  'public',
  'consent',
] as const;
export type Field = (typeof FIELDS)[number];

/** The id of the control a summary link focuses (the first box of a group). */
export const controlId = (field: Field) =>
  field === 'commitments' ? 'commitment-0' : field === 'pledgerKind' ? 'kind-0' : field;

/** The kind of pledger: the only one the campaign allows, else the visitor's choice. */
export function chosenKind(campaign: Campaign, data: FormData): PledgerKind | '' {
  if (campaign.pledgerKinds.length === 1) return campaign.pledgerKinds[0]!;
  const value = data.get('pledgerKind');
  return campaign.pledgerKinds.find((k) => k === value) ?? '';
}

/** The pledge of the form's answers (`data`); empty optional fields are left out. */
export function readPledge(data: FormData, campaign: Campaign): PledgeInput {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const optional = (name: string) => text(name) || undefined;
  const kind = chosenKind(campaign, data);
  const pledge: PledgeInput = {
    campaign: campaign.id,
    pledgerKind: kind as PledgerKind,
    name: text('name'),
    email: text('email'),
    commitments: data.getAll('commitments').map(String),
    public: data.has('public'),
    consent: data.has('consent') as true,
  };
  if (kind === 'organisation') pledge.organisation = text('organisation');
  const postalCode = optional('postalCode');
  if (postalCode) pledge.postalCode = postalCode;
  const message = optional('message');
  if (message) pledge.message = message;
  const website = optional('website');
  if (website) pledge.website = website;
  return pledge;
}

/** Languages of the SDK's messages. French is the default. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `en`, `en-GB`… are English; anything else is French, the default. */
export const toLang = (value: string | null | undefined): Lang =>
  value?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';

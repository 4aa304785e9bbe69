/**
 * The pledge's validation (the SDK's zod schema): loaded on first use (a field focused, a
 * submit), not with the page, so a page that shows the form does not load zod up front.
 */
import { Pledge, validate, type FieldError, type PledgeInput } from '@coalition-kit/sdk';
import type { Lang } from '../shared/i18n.js';

/** Field errors of `pledge`, in `lang`. */
export function checkPledge(pledge: PledgeInput, lang: Lang): FieldError[] {
  const result = validate(Pledge, pledge, lang);
  return result.ok ? [] : result.errors;
}

/**
 * The message a pledger receives, in French or English: why it was sent, the confirmation
 * link (when the pledge waits for it), and the two links of their rights (withdraw, view).
 * Plain text plus a simple HTML version; every value written into the HTML is escaped.
 */
import type { Lang } from '@coalition-kit/sdk';
import { escapeHtml } from '../http/html.js';

export interface PledgeMailInput {
  lang: Lang;
  collective: string;
  campaign: string;
  name: string;
  /** `confirm`: a new pledge waits for its link; `already`: the address had confirmed before. */
  kind: 'confirm' | 'already';
  links: { confirm?: string; withdraw: string; view: string };
  /** Days the confirmation link stays valid. */
  days: number;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const TEXT = {
  fr: {
    subject: (c: string) => `Confirmez votre engagement : ${c}`,
    subjectAlready: (c: string) => `Votre engagement : ${c}`,
    hello: (n: string) => `Bonjour ${n},`,
    why: (col: string, c: string) =>
      `Vous recevez ce message parce que votre adresse a été saisie dans le formulaire d’engagement « ${c} » de ${col}. Il n’y aura pas d’autre envoi.`,
    confirm: (d: number) =>
      `Pour que votre engagement compte, confirmez-le par ce lien (valable ${d} jours, une seule fois) :`,
    ignore: (d: number) =>
      `Si ce n’est pas vous, ignorez ce message : sans confirmation, l’engagement ne compte pas et il est effacé au bout de ${d} jours.`,
    already:
      'Cette adresse avait déjà confirmé un engagement pour cette campagne : il compte déjà, rien n’a changé.',
    view: 'Voir ce que nous conservons sur vous :',
    withdraw: 'Retirer mon engagement (effacement immédiat) :',
    confirmButton: 'Confirmer mon engagement',
  },
  en: {
    subject: (c: string) => `Confirm your commitment: ${c}`,
    subjectAlready: (c: string) => `Your commitment: ${c}`,
    hello: (n: string) => `Hello ${n},`,
    why: (col: string, c: string) =>
      `You receive this message because your address was entered in the "${c}" commitment form of ${col}. Nothing else will be sent.`,
    confirm: (d: number) =>
      `For your commitment to count, confirm it with this link (valid ${d} days, once):`,
    ignore: (d: number) =>
      `If this was not you, ignore this message: without confirmation the commitment does not count and it is erased after ${d} days.`,
    already:
      'This address had already confirmed a commitment to this campaign: it already counts, nothing changed.',
    view: 'See what we hold about you:',
    withdraw: 'Withdraw my commitment (erased at once):',
    confirmButton: 'Confirm my commitment',
  },
} as const;

/** The message of one pledge submission. */
export function pledgeMail(i: PledgeMailInput): RenderedMail {
  const t = TEXT[i.lang];
  const subject = i.kind === 'confirm' ? t.subject(i.campaign) : t.subjectAlready(i.campaign);
  const why = t.why(i.collective, i.campaign);
  const text = [
    t.hello(i.name),
    '',
    why,
    '',
    ...(i.kind === 'confirm' && i.links.confirm
      ? [t.confirm(i.days), i.links.confirm, '', t.ignore(i.days)]
      : [t.already]),
    '',
    t.view,
    i.links.view,
    '',
    t.withdraw,
    i.links.withdraw,
    '',
    `— ${i.collective}`,
  ].join('\n');
  const e = escapeHtml;
  const link = (href: string, label: string) => `<a href="${e(href)}">${e(label)}</a>`;
  const html = [
    `<!doctype html><html lang="${i.lang}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    `<p>${e(t.hello(i.name))}</p>`,
    `<p>${e(why)}</p>`,
    ...(i.kind === 'confirm' && i.links.confirm
      ? [
          `<p>${e(t.confirm(i.days))}</p>`,
          `<p><strong>${link(i.links.confirm, t.confirmButton)}</strong></p>`,
          `<p>${e(t.ignore(i.days))}</p>`,
        ]
      : [`<p>${e(t.already)}</p>`]),
    `<p>${e(t.view)} ${link(i.links.view, i.links.view)}</p>`,
    `<p>${e(t.withdraw)} ${link(i.links.withdraw, i.links.withdraw)}</p>`,
    `<p>— ${e(i.collective)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

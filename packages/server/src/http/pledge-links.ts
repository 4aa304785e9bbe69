/**
 * The pages the links of a confirmation message open, under `/v1/pledges/`:
 * `confirm`, `withdraw` (erasure) and `view` (what is held about the pledger).
 *
 * A GET never changes anything (mail scanners follow links): it shows a page whose button
 * POSTs the token back (a plain form, `application/x-www-form-urlencoded`, accepted on these
 * two routes only). An unknown token and an expired one get the same page, after the same
 * single query. Pages speak the pledge's language, else the request's.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toLang, type Campaign, type Collective, type Lang } from '@coalition-kit/sdk';
import type { Database } from '../store/database.js';
import {
  confirmByLink,
  readLink,
  withdrawByLink,
  type LinkPurpose,
  type OwnPledge,
} from '../store/pledge-links.js';
import { langOf } from './messages.js';
import { LINK_TEXT } from './link-messages.js';
import { sendPage } from './link-page.js';
import type { Limiter } from './rate-limit.js';
import { refuseOverLimit } from './rate-limit-guard.js';

export interface PledgeLinkOptions {
  db: Database;
  limiter: Limiter;
  collective(): Promise<Collective | undefined>;
  /** A pledge of `campaign` was confirmed or withdrawn (its counter changed). */
  onChange(campaign: string): void;
  now(): Date;
}

/** A token from the query or the form; anything else is an empty (unknown) token. */
const tokenOf = (source: unknown): string => {
  const t = (source as { token?: unknown } | null)?.token;
  return typeof t === 'string' && t.length <= 200 ? t : '';
};

export function registerPledgeLinks(app: FastifyInstance, o: PledgeLinkOptions): void {
  const campaignOf = async (id: string): Promise<Campaign | undefined> =>
    (await o.collective())?.campaigns.find((c) => c.id === id);
  const titleOf = async (id: string) => (await campaignOf(id))?.title ?? id;
  const langFor = (request: FastifyRequest, pledge?: OwnPledge): Lang =>
    pledge ? toLang(pledge.lang) : langOf(request.headers);

  const invalid = (reply: FastifyReply, lang: Lang) => {
    const t = LINK_TEXT[lang];
    return sendPage(reply, 410, {
      lang,
      title: t.invalidTitle,
      paragraphs: [t.invalid, t.invalidAgain],
    });
  };

  const used = (reply: FastifyReply, lang: Lang) => {
    const t = LINK_TEXT[lang];
    return sendPage(reply, 200, { lang, title: t.usedTitle, paragraphs: [t.used, t.keepLinks] });
  };

  /** GET: the question and its button, or why the link does not work. */
  const ask = (purpose: Exclude<LinkPurpose, 'view'>) =>
    async function (request: FastifyRequest, reply: FastifyReply) {
      const token = tokenOf(request.query);
      const link = await readLink(o.db, purpose, token, o.now());
      if (link.state === 'invalid') return invalid(reply, langOf(request.headers));
      const lang = langFor(request, link.pledge);
      if (link.state === 'used') return used(reply, lang);
      const t = LINK_TEXT[lang];
      const title = await titleOf(link.pledge.campaign);
      return sendPage(reply, 200, {
        lang,
        ...(purpose === 'confirm'
          ? {
              title: t.confirmTitle,
              paragraphs: [t.confirmAsk(title)],
              form: { action: 'confirm', token, button: t.confirmButton },
            }
          : {
              title: t.withdrawTitle,
              paragraphs: [t.withdrawAsk(title)],
              form: { action: 'withdraw', token, button: t.withdrawButton },
            }),
      });
    };

  app.get('/v1/pledges/confirm', ask('confirm'));
  app.get('/v1/pledges/withdraw', ask('withdraw'));

  app.get('/v1/pledges/view', async (request, reply) => {
    const link = await readLink(o.db, 'view', tokenOf(request.query), o.now());
    if (link.state === 'invalid') return invalid(reply, langOf(request.headers));
    const p = link.pledge;
    const lang = langFor(request, p);
    const f = LINK_TEXT[lang].fields;
    const collective = await o.collective();
    const campaign = collective?.campaigns.find((c) => c.id === p.campaign);
    const labels = new Map(campaign?.commitments.map((c) => [c.id, c.label]));
    const when = (v: Date | string) =>
      new Date(v).toLocaleString(lang, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: collective?.timeZone ?? 'Europe/Paris',
      });
    const rows: [string, string][] = [
      [f.campaign, campaign?.title ?? p.campaign],
      [f.status, p.status === 'confirmed' ? f.confirmedStatus : f.pending],
      [f.pledgerKind, p.pledger_kind === 'organisation' ? f.organisation : f.citizen],
      [f.name, p.name],
      [f.email, p.email],
      ...(p.organisation ? [[f.organisationName, p.organisation] as [string, string]] : []),
      ...(p.postal_code ? [[f.postalCode, p.postal_code] as [string, string]] : []),
      [f.commitments, p.commitments.map((id) => labels.get(id) ?? id).join(', ')],
      ...(p.message ? [[f.message, p.message] as [string, string]] : []),
      [f.public, p.public ? f.yes : f.no],
      [f.receivedAt, when(p.consent_at)],
      ...(p.confirmed_at ? [[f.confirmedAt, when(p.confirmed_at)] as [string, string]] : []),
      [f.notice, p.notice_version],
      ...(p.origin ? [[f.origin, p.origin] as [string, string]] : []),
      [f.lang, p.lang === 'en' ? 'English' : 'français'],
    ];
    const t = LINK_TEXT[lang];
    return sendPage(reply, 200, {
      lang,
      title: t.viewTitle,
      paragraphs: [t.viewIntro, t.keepLinks],
      rows,
    });
  });

  // The two actions: plain HTML forms post here, so this scope alone reads url-encoded bodies.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    const limited = async (request: FastifyRequest, reply: FastifyReply) =>
      refuseOverLimit(o.limiter, request, reply);

    scope.post('/v1/pledges/confirm', { onRequest: limited }, async (request, reply) => {
      const token = tokenOf(request.body);
      const now = o.now();
      const confirmed = await o.db.transaction((tx) => confirmByLink(tx, token, now));
      const link = await readLink(o.db, 'confirm', token, now);
      const lang =
        link.state === 'invalid' ? langOf(request.headers) : langFor(request, link.pledge);
      if (!confirmed) return link.state === 'used' ? used(reply, lang) : invalid(reply, lang);
      o.onChange(confirmed.campaign);
      const t = LINK_TEXT[lang];
      return sendPage(reply, 200, {
        lang,
        title: t.confirmedTitle,
        paragraphs: [t.confirmed(await titleOf(confirmed.campaign)), t.keepLinks],
      });
    });

    scope.post('/v1/pledges/withdraw', { onRequest: limited }, async (request, reply) => {
      const token = tokenOf(request.body);
      const link = await readLink(o.db, 'withdraw', token, o.now());
      const lang =
        link.state === 'invalid' ? langOf(request.headers) : langFor(request, link.pledge);
      const withdrawn = await o.db.transaction((tx) => withdrawByLink(tx, token));
      if (!withdrawn) return invalid(reply, lang);
      o.onChange(withdrawn.campaign);
      const t = LINK_TEXT[lang];
      return sendPage(reply, 200, { lang, title: t.withdrawnTitle, paragraphs: [t.withdrawn] });
    });
  });
}

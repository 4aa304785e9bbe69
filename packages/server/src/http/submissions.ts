/**
 * `POST /v1/pledges` and `POST /v1/coalitions`.
 *
 * Before the body is read: origin allowlist (403), per-address rate limit (429), JSON only
 * (415), an `Idempotency-Key` (400), not already in flight (409). Then the strict schema
 * (400 with field paths), the honeypot (answered like a success, not stored), the stored
 * answer of the same key (replayed, or 422 for another body), the campaign (422), and one
 * transaction that stores the submission with its answer. `201` is sent after COMMIT.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  CoalitionDeclaration,
  Pledge,
  compareFeedDates,
  validate,
  type Campaign,
  type Collective,
  type FieldError,
} from '@coalition-kit/sdk';
import { isUniqueViolation, type Database, type Queryable } from '../store/database.js';
import { findAnswer, saveAnswer, type Scope, type StoredAnswer } from '../store/idempotency.js';
import { pledgeReceipt, type GroupCommit } from '../store/group-commit.js';
import { coalitionId, insertDeclaration } from '../store/coalitions.js';
import { originAllowed } from './cors.js';
import { nulFields } from './nul-check.js';
import { MESSAGES, langOf, type Messages } from './messages.js';
import { sendProblem } from './problem.js';
import type { Limiter } from './rate-limit.js';
import { refuseOverLimit } from './rate-limit-guard.js';

/** Largest accepted body of a submission, in bytes. */
export const BODY_LIMIT = 16 * 1024;

const KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

export interface SubmissionOptions {
  db: Database;
  limiter: Limiter;
  allowOrigins: readonly string[];
  /** The collective as published (cached by the caller). */
  collective(): Promise<Collective | undefined>;
  /** Stores pledges, several per transaction (group commit). */
  pledges: GroupCommit;
  /** Called after a pledge to `campaign` is committed (its counter changed). */
  onPledge(campaign: string): void;
  /** Where the links of confirmation messages point: the feed's public address. */
  linkBase(): string;
  /** Called after a message was queued (the outbox sends it). */
  onMail(): void;
  now(): Date;
}

/** JSON with sorted keys: two bodies with the same content have the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const fingerprint = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

/** Version of the privacy notice a pledge agreed to: a hash of the campaign's notice fields. */
export const noticeVersion = (c: Campaign) =>
  fingerprint({
    id: c.id,
    title: c.title,
    description: c.description,
    privacyUrl: c.privacyUrl,
    retentionMonths: c.retentionMonths,
  }).slice(0, 16);

/** The page's origin, when it is a real one (`https://partner.example`). */
const originOf = (request: FastifyRequest) => {
  const o = request.headers.origin;
  return o && /^https?:\/\/[^/\s]+$/i.test(o) && o.length <= 2048 ? o : null;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a campaign does not take a pledge now, or undefined when it does. */
function campaignRefusal(campaign: Campaign, now: Date, m: Messages): string | undefined {
  const nowIso = now.toISOString();
  if (campaign.opensAt && compareFeedDates(nowIso, campaign.opensAt) < 0) {
    return m.notOpenYet(campaign.id, campaign.opensAt);
  }
  if (campaign.closesAt) {
    // A plain closing date includes that whole day.
    const closes =
      campaign.closesAt.length === 10 ? `${campaign.closesAt}T23:59:59.999Z` : campaign.closesAt;
    if (Date.parse(nowIso) > Date.parse(closes)) return m.closed(campaign.id, campaign.closesAt);
  }
  return undefined;
}

export function registerSubmissions(app: FastifyInstance, o: SubmissionOptions): void {
  // Keys being processed by this instance; the database's unique key covers other instances.
  const inFlight = new Set<string>();
  const held = new WeakMap<FastifyRequest, string>();
  const release = async (request: FastifyRequest) => {
    const key = held.get(request);
    if (key !== undefined) {
      held.delete(request);
      inFlight.delete(key);
    }
  };

  const guard = (scope: Scope) => async (request: FastifyRequest, reply: FastifyReply) => {
    const m = MESSAGES[langOf(request.headers)];
    const origin = request.headers.origin;
    if (!originAllowed(origin, o.allowOrigins))
      return sendProblem(reply, 403, m.originRefused(String(origin)));
    const refused = await refuseOverLimit(o.limiter, request, reply);
    if (refused) return refused;
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      return sendProblem(reply, 415, m.unsupportedType);
    }
    const key = request.headers['idempotency-key'];
    if (key === undefined || key === '') return sendProblem(reply, 400, m.keyMissing);
    if (typeof key !== 'string' || !KEY.test(key)) return sendProblem(reply, 400, m.keyInvalid);
    const slot = `${scope}\n${key}`;
    if (inFlight.has(slot)) return sendProblem(reply, 409, m.keyInFlight);
    inFlight.add(slot);
    held.set(request, slot);
  };

  /** Replays the stored answer of the same key, or refuses another body under it. */
  const replay = (reply: FastifyReply, stored: StoredAnswer, print: string, m: Messages) =>
    stored.fingerprint === print
      ? reply.code(stored.status).header('idempotent-replayed', 'true').send(stored.body)
      : sendProblem(reply, 422, m.keyReused);

  /** Stores a submission and its answer in one transaction; replays when another request won. */
  async function commit(
    reply: FastifyReply,
    scope: Scope,
    key: string,
    print: string,
    m: Messages,
    store: (tx: Queryable) => Promise<{ id: string; status: string }>,
  ) {
    try {
      const answer = await o.db.transaction(async (tx) => {
        const receipt = await store(tx);
        await saveAnswer(
          tx,
          scope,
          key,
          { fingerprint: print, status: 201, body: receipt },
          receipt.id,
        );
        return receipt;
      });
      return reply.code(201).send(answer);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const stored = await findAnswer(o.db, scope, key);
      if (!stored) throw error;
      return replay(reply, stored, print, m);
    }
  }

  const honeypot = (body: Record<string, unknown>) =>
    typeof body.website === 'string' && body.website.trim() !== '';

  app.post(
    '/v1/pledges',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: guard('pledges'),
      onResponse: release,
      onRequestAbort: release,
    },
    async (request, reply) => {
      const m = MESSAGES[langOf(request.headers)];
      const lang = langOf(request.headers);
      const body = request.body;
      if (!isObject(body)) return sendProblem(reply, 400, m.notObject);
      // A robot filled the invisible field: it gets the answer a person would, nothing is kept.
      if (honeypot(body)) {
        const named = (await o.collective())?.campaigns.find((c) => c.id === body.campaign);
        return reply.code(201).send(pledgeReceipt(randomUUID(), named?.confirmation === 'email'));
      }
      const checked = validate(Pledge, body, lang);
      if (!checked.ok) return sendProblem(reply, 400, m.invalidFields, checked.errors);
      const nul = nulFields(checked.value, lang);
      if (nul.length) return sendProblem(reply, 400, m.invalidFields, nul);
      const pledge = checked.value;
      const key = request.headers['idempotency-key'] as string;
      const print = fingerprint(pledge);
      // Refuses the pledge, unless this key was answered before (the campaign may have closed since).
      const refuse = async (status: number, message: string, errors?: FieldError[]) => {
        const stored = await findAnswer(o.db, 'pledges', key);
        return stored
          ? replay(reply, stored, print, m)
          : sendProblem(reply, status, message, errors);
      };

      const campaign = (await o.collective())?.campaigns.find((c) => c.id === pledge.campaign);
      if (!campaign) return refuse(422, m.unknownCampaign(pledge.campaign));
      const now = o.now();
      const refusal = campaignRefusal(campaign, now, m);
      if (refusal) return refuse(422, refusal);
      const errors: FieldError[] = [];
      if (!campaign.pledgerKinds.includes(pledge.pledgerKind)) {
        errors.push({ path: ['pledgerKind'], message: m.kindRefused(pledge.pledgerKind) });
      }
      const known = new Set(campaign.commitments.map((c) => c.id));
      pledge.commitments.forEach((id, i) => {
        if (!known.has(id))
          errors.push({ path: ['commitments', i], message: m.unknownCommitment(id) });
      });
      if (errors.length) return refuse(400, m.invalidFields, errors);

      // With `confirmation: "email"` the pledge waits for its link, sent from the outbox.
      const collective = (await o.collective())!;
      const mail =
        campaign.confirmation === 'email'
          ? { collective: collective.name, campaign: campaign.title, base: o.linkBase() }
          : undefined;
      // Stored with the next group of pledges; resolved after that transaction's COMMIT.
      const outcome = await o.pledges.submit({
        key,
        fingerprint: print,
        id: randomUUID(),
        pledge,
        proof: { at: now, noticeVersion: noticeVersion(campaign), origin: originOf(request) },
        lang,
        mail,
      });
      if (!outcome.stored) {
        // The key was used before: its first answer, or 422 for another body.
        const stored = await findAnswer(o.db, 'pledges', key);
        if (!stored) throw new Error(`no stored answer for Idempotency-Key ${key}`);
        return replay(reply, stored, print, m);
      }
      if (mail) o.onMail();
      else o.onPledge(pledge.campaign);
      return reply.code(201).send(pledgeReceipt(outcome.id, Boolean(mail)));
    },
  );

  app.post(
    '/v1/coalitions',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: guard('coalitions'),
      onResponse: release,
      onRequestAbort: release,
    },
    async (request, reply) => {
      const lang = langOf(request.headers);
      const m = MESSAGES[lang];
      const body = request.body;
      if (!isObject(body)) return sendProblem(reply, 400, m.notObject);
      if (honeypot(body))
        return reply.code(201).send({
          id: coalitionId(String(body.name ?? ''), randomUUID().slice(0, 8)),
          status: 'pending',
        });
      const checked = validate(CoalitionDeclaration, body, lang);
      if (!checked.ok) return sendProblem(reply, 400, m.invalidFields, checked.errors);
      const nul = nulFields(checked.value, lang);
      if (nul.length) return sendProblem(reply, 400, m.invalidFields, nul);
      const key = request.headers['idempotency-key'] as string;
      const print = fingerprint(checked.value);
      const stored = await findAnswer(o.db, 'coalitions', key);
      if (stored) return replay(reply, stored, print, m);
      return commit(reply, 'coalitions', key, print, m, async (tx) => {
        const id = coalitionId(checked.value.name, randomUUID().slice(0, 8));
        await insertDeclaration(tx, id, checked.value, originOf(request), o.now());
        return { id, status: 'pending' };
      });
    },
  );
}

/**
 * The submission part of the client: local validation with the zod schemas, then the POST.
 * Pages that only read never need it; the browser builds load it on first use
 * (submission-loader.lazy.ts).
 */
import './zod-setup.js';
import type * as z from 'zod/v4/mini';
import type { Receipt, SubmitOptions } from './client.js';
import { FeedError, SubmissionError } from './errors.js';
import type { Lang } from './lang.js';
import { CoalitionDeclaration } from './schemas/coalition-declaration.js';
import { Pledge, SubmissionReceipt } from './schemas/pledge.js';
import { postJson } from './post.js';
import type { Transport } from './transport.js';
import { randomKey } from './uuid.js';
import { validate, type FieldError } from './validate.js';

/** What can be submitted, by the path it is POSTed to. */
export type SubmissionPath = 'pledges' | 'coalitions';

const SCHEMAS: Record<SubmissionPath, z.ZodMiniType> = {
  pledges: Pledge,
  coalitions: CoalitionDeclaration,
};

const MESSAGES = {
  fr: {
    invalid: 'Le formulaire contient des erreurs',
    refused: (s: number) => `Le serveur a refusé l’envoi (${s})`,
  },
  en: {
    invalid: 'The form has errors',
    refused: (s: number) => `The server refused the submission (${s})`,
  },
} as const;

/** Field errors of a submission, without sending it. */
export function check(path: SubmissionPath, value: unknown, lang: Lang): FieldError[] {
  const r = validate(SCHEMAS[path], value, lang);
  return r.ok ? [] : r.errors;
}

/** Reads field errors from a server's 4xx body (`{errors: [{path, message}]}`, path as array or dotted). */
function serverFieldErrors(body: unknown): FieldError[] {
  const list =
    (body as { errors?: unknown; fields?: unknown } | null)?.errors ??
    (body as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(list)) return [];
  return list.flatMap((e: { path?: unknown; field?: unknown; message?: unknown }) => {
    const raw = e?.path ?? e?.field;
    const path = Array.isArray(raw)
      ? raw.map((k) => (typeof k === 'number' ? k : String(k)))
      : typeof raw === 'string'
        ? raw.split('.')
        : null;
    return path ? [{ path, message: typeof e.message === 'string' ? e.message : '' }] : [];
  });
}

/** Validates locally (rejects with `SubmissionError`, no request), then POSTs to `href`. */
export async function submit(
  transport: Transport,
  href: string,
  path: SubmissionPath,
  input: unknown,
  lang: Lang,
  opts: SubmitOptions = {},
): Promise<Receipt> {
  const m = MESSAGES[lang];
  const checked = validate(SCHEMAS[path], input, lang);
  if (!checked.ok) throw new SubmissionError(m.invalid, { url: href, errors: checked.errors });
  const key = opts.idempotencyKey ?? randomKey();
  const { status, body } = await postJson(transport, href, checked.value, key, opts.signal, lang);
  if (status >= 200 && status < 300) {
    const receipt = validate(SubmissionReceipt, body, lang);
    if (!receipt.ok) throw new FeedError(`${href}: ${m.refused(status)}`, { url: href, status });
    return { ...receipt.value, idempotencyKey: key };
  }
  if (status >= 400 && status < 500) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new SubmissionError(typeof message === 'string' ? message : m.refused(status), {
      url: href,
      status,
      errors: serverFieldErrors(body),
    });
  }
  throw new FeedError(`${href}: ${m.refused(status)}`, { url: href, status });
}

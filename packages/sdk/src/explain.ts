/**
 * The zod side of the read path, loaded by read.ts only when a document has something to
 * report: the documents are read again by the zod schemas, which say what is wrong.
 */
import './zod-setup.js';
import type * as z from 'zod/v4/mini';
import { InvalidDocumentError } from './errors.js';
import type { Lang } from './lang.js';
import type { ListKind } from './read.js';
import { Coalition } from './schemas/coalition.js';
import { Event } from './schemas/event.js';
import { Member } from './schemas/member.js';
import { CampaignStats } from './schemas/stats.js';
import { parseListDocument, validate } from './validate.js';

export { parseCollective } from './validate.js';

const SCHEMAS: Record<ListKind, z.ZodMiniType<{ id: string }>> = {
  events: Event,
  members: Member,
  coalitions: Coalition,
};

export const explainList = (kind: ListKind, doc: unknown, lang: Lang) =>
  parseListDocument(SCHEMAS[kind], doc, lang);

export function explainStats(doc: unknown, lang: Lang): CampaignStats {
  const result = validate(CampaignStats, doc, lang);
  if (!result.ok) {
    throw new InvalidDocumentError(
      result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; '),
    );
  }
  return result.value;
}

/**
 * The read path without zod: documents go through the validators generated from the zod
 * schemas (generated/read-validators.ts). A document whose every item is valid never loads
 * zod; anything else (an invalid or duplicate item, a wrong envelope) loads the zod side
 * (explain.ts), which reads the whole document again and says what is wrong, exactly as
 * before. So the result is the same either way; only the cost differs.
 */
import { FAIL, type Parse } from './read-parsers.js';
import * as read from './generated/read-validators.js';
import type { Lang } from './lang.js';
import type { Collective } from './schemas/collective.js';
import type { CampaignStats } from './schemas/stats.js';
import type { FeedIssue, ListResult } from './validate.js';

/** The list documents of a feed. */
export type ListKind = 'events' | 'members' | 'coalitions';

const ITEMS: Record<ListKind, Parse> = {
  events: read.Event,
  members: read.Member,
  coalitions: read.Coalition,
};

/** zod, the schemas and the messages: loaded when a document has something to report. */
const explain = () => import('./explain.js');

/** The parsed items when every one is valid and no id comes twice; otherwise undefined. */
function allValid<T extends { id: string }>(parse: Parse, items: unknown): T[] | undefined {
  if (!Array.isArray(items)) return undefined;
  const out: T[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const parsed = parse(item) as T | typeof FAIL;
    if (parsed === FAIL || seen.has(parsed.id)) return undefined;
    seen.add(parsed.id);
    out.push(parsed);
  }
  return out;
}

/** A list document, leniently: as `parseListDocument`. */
export async function readList<T extends { id: string }>(
  kind: ListKind,
  doc: unknown,
  lang: Lang,
): Promise<ListResult<T> & { generatedAt?: string }> {
  const envelope = read.ListEnvelope(doc) as
    { items: unknown[]; generatedAt?: string } | typeof FAIL;
  const items = envelope === FAIL ? undefined : allValid<T>(ITEMS[kind], envelope.items);
  if (envelope !== FAIL && items) {
    return {
      items,
      issues: [],
      ...(envelope.generatedAt && { generatedAt: envelope.generatedAt }),
    };
  }
  return (await explain()).explainList(kind, doc, lang) as ListResult<T>;
}

/** `collective.json`, leniently: as `parseCollective`. */
export async function readCollective(
  doc: unknown,
  lang: Lang,
): Promise<{ collective: Collective; issues: FeedIssue[] }> {
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
    const raw = doc as Record<string, unknown>;
    const list = (key: string) => (Array.isArray(raw[key]) ? raw[key] : []);
    const themes = allValid<{ id: string }>(read.Theme, list('themes'));
    const campaigns = allValid<{ id: string }>(read.Campaign, list('campaigns'));
    const brandOk = raw.brand === undefined || read.Brand(raw.brand) !== FAIL;
    if (themes && campaigns && brandOk) {
      const collective = read.Collective({ ...raw, themes, campaigns });
      if (collective !== FAIL) return { collective: collective as Collective, issues: [] };
    }
  }
  return (await explain()).parseCollective(doc, lang);
}

/** `campaigns/{id}/stats.json`: the counter, or `InvalidDocumentError`. */
export async function readStats(doc: unknown, lang: Lang): Promise<CampaignStats> {
  const stats = read.CampaignStats(doc);
  if (stats !== FAIL) return stats as CampaignStats;
  return (await explain()).explainStats(doc, lang);
}

/**
 * `events.ics` for every filter (`?themes=…&formats=…&region=…`). The collective and the
 * events are read once per `ttlMs` (not per request), and each normalised query is rendered
 * once from them and kept beside them: when they are read again, the renderings made from
 * the old ones go with them. At most `maxQueries` filtered calendars are kept, so a client
 * sending endless new queries costs CPU for each, never memory.
 */
import type { EventQuery } from '@coalition-kit/sdk';
import { DocumentCache, type Rendered } from './document-cache.js';
import type { CalendarInputs } from './documents.js';

/** One key per query: `eventQuery` has sorted the lists, keys are written in one order. */
export const queryKey = (q: EventQuery) =>
  JSON.stringify([q.themes ?? [], q.formats ?? [], q.region ?? '']);

export class CalendarCache {
  readonly #inputs: DocumentCache<CalendarInputs | undefined>;
  readonly #renderings = new WeakMap<CalendarInputs, Map<string, Rendered>>();

  constructor(
    ttlMs: number,
    private readonly load: () => Promise<CalendarInputs | undefined>,
    private readonly render: (inputs: CalendarInputs, query: EventQuery) => Rendered,
    private readonly maxQueries = 256,
  ) {
    this.#inputs = new DocumentCache(ttlMs);
  }

  /** Forgets the events read: the next calendar reads them again (a coordinator changed them). */
  invalidate(): void {
    this.#inputs.invalidate();
  }

  /** The calendar for `query` (normalised by `eventQuery`), or undefined without a collective. */
  async get(query: EventQuery): Promise<Rendered | undefined> {
    const inputs = await this.#inputs.get('inputs', this.load);
    if (!inputs) return undefined;
    let byQuery = this.#renderings.get(inputs);
    if (!byQuery) this.#renderings.set(inputs, (byQuery = new Map()));
    const key = queryKey(query);
    let doc = byQuery.get(key);
    if (!doc) {
      doc = this.render(inputs, query);
      // The oldest query makes room: Map keeps insertion order.
      if (byQuery.size >= this.maxQueries) byQuery.delete(byQuery.keys().next().value!);
      byQuery.set(key, doc);
    }
    return doc;
  }
}

/**
 * The domain events of every widget: `Event` subclasses that bubble and cross shadow
 * boundaries, typed for TypeScript users through `GlobalEventHandlersEventMap`.
 * They fire on data arrival or a visitor's action, never on a programmatic property set.
 */
import type { FeedIssue } from '@coalition-kit/sdk';

/** What every `ck-*` event shares: it bubbles, crosses shadow roots and carries a detail. */
export class CkEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(name: string, detail: Detail) {
    super(name, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface CkLoadDetail {
  /** What was loaded, e.g. `{events: 12, shown: 3}`. */
  counts: Record<string, number>;
  /** Items the feed had but that failed validation and were left out. */
  issues: FeedIssue[];
}

/** The widget's data arrived and is shown. */
export class CkLoadEvent extends CkEvent<CkLoadDetail> {
  static readonly eventName = 'ck-load';
  constructor(detail: CkLoadDetail) {
    super(CkLoadEvent.eventName, detail);
  }
}

export interface CkErrorDetail {
  /** The error (usually a `FeedError` naming the URL). */
  error: unknown;
  /** The sentence the widget shows. */
  message: string;
}

/** The widget could not load its data; it shows an error with a retry button. */
export class CkErrorEvent extends CkEvent<CkErrorDetail> {
  static readonly eventName = 'ck-error';
  constructor(detail: CkErrorDetail) {
    super(CkErrorEvent.eventName, detail);
  }
}

export interface CkSelectDetail {
  /** The id of the chosen item (an event, a member, a coalition). */
  id: string;
  /** The kind of item. */
  kind: 'event' | 'member' | 'coalition';
}

/** A visitor opened an item's details. */
export class CkSelectEvent extends CkEvent<CkSelectDetail> {
  static readonly eventName = 'ck-select';
  constructor(detail: CkSelectDetail) {
    super(CkSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-load': CkLoadEvent;
    'ck-error': CkErrorEvent;
    'ck-select': CkSelectEvent;
  }
}

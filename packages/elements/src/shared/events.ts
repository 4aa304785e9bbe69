/**
 * The domain events of every widget: `Event` subclasses that bubble and cross shadow
 * boundaries, typed for TypeScript users through `GlobalEventHandlersEventMap`.
 * They fire on data arrival or a visitor's action, never on a programmatic property set.
 */
import type { FeedIssue } from '@coalition-kit/sdk';

export interface CkLoadDetail {
  /** What was loaded, e.g. `{events: 12, shown: 3}`. */
  counts: Record<string, number>;
  /** Items the feed had but that failed validation and were left out. */
  issues: FeedIssue[];
}

/** The widget's data arrived and is shown. */
export class CkLoadEvent extends Event {
  static readonly eventName = 'ck-load';
  readonly detail: CkLoadDetail;
  constructor(detail: CkLoadDetail) {
    super(CkLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface CkErrorDetail {
  /** The error (usually a `FeedError` naming the URL). */
  error: unknown;
  /** The sentence the widget shows. */
  message: string;
}

/** The widget could not load its data; it shows an error with a retry button. */
export class CkErrorEvent extends Event {
  static readonly eventName = 'ck-error';
  readonly detail: CkErrorDetail;
  constructor(detail: CkErrorDetail) {
    super(CkErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface CkSelectDetail {
  /** The id of the chosen item (an event, a member, a coalition). */
  id: string;
  /** The kind of item. */
  kind: 'event' | 'member' | 'coalition';
}

/** A visitor opened an item's details. */
export class CkSelectEvent extends Event {
  static readonly eventName = 'ck-select';
  readonly detail: CkSelectDetail;
  constructor(detail: CkSelectDetail) {
    super(CkSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-load': CkLoadEvent;
    'ck-error': CkErrorEvent;
    'ck-select': CkSelectEvent;
  }
}

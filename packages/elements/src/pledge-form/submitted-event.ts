/** `ck-pledge-submitted`: the server recorded a visitor's pledge (after its `201`). */

export interface CkPledgeSubmittedDetail {
  /** The stored pledge's id, as the server answered it. */
  id: string;
  /** The campaign's id. */
  campaign: string;
}

/** Fired once per recorded pledge; never for a pledge still waiting or refused. */
export class CkPledgeSubmittedEvent extends Event {
  static readonly eventName = 'ck-pledge-submitted';
  readonly detail: CkPledgeSubmittedDetail;
  constructor(detail: CkPledgeSubmittedDetail) {
    super(CkPledgeSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-pledge-submitted': CkPledgeSubmittedEvent;
  }
}

/** `ck-pledge-submitted`: the server recorded a visitor's pledge (after its `201`). */
import { CkEvent } from '../shared/events.js';

export interface CkPledgeSubmittedDetail {
  /** The stored pledge's id, as the server answered it. */
  id: string;
  /** The campaign's id. */
  campaign: string;
}

/** Fired once per recorded pledge; never for a pledge still waiting or refused. */
export class CkPledgeSubmittedEvent extends CkEvent<CkPledgeSubmittedDetail> {
  static readonly eventName = 'ck-pledge-submitted';
  constructor(detail: CkPledgeSubmittedDetail) {
    super(CkPledgeSubmittedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-pledge-submitted': CkPledgeSubmittedEvent;
  }
}

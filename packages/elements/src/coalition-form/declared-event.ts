/** `ck-coalition-declared`: the server recorded a declaration (after its `201`), pending moderation. */
import { CkEvent } from '../shared/events.js';

export interface CkCoalitionDeclaredDetail {
  /** The declaration's id, as the server answered it (`ck-server coalitions approve ID`). */
  id: string;
  /** `pending`: it waits for a coordinator's approval. */
  status: string;
}

/** Fired once per recorded declaration; never for one still waiting or refused. */
export class CkCoalitionDeclaredEvent extends CkEvent<CkCoalitionDeclaredDetail> {
  static readonly eventName = 'ck-coalition-declared';
  constructor(detail: CkCoalitionDeclaredDetail) {
    super(CkCoalitionDeclaredEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-coalition-declared': CkCoalitionDeclaredEvent;
  }
}

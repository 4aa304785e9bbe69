/**
 * @coalition-kit/elements: the classes, events and helpers, without defining any tag.
 * Define what you use: `import '@coalition-kit/elements/agenda.js'` (one tag each), or load
 * the script-tag build `dist/cdn/coalition-kit.js`, which defines them all lazily.
 */
export { CkElement, type LoadResult, type LoadState } from './shared/ck-element.js';
export { CkFeed } from './feed/feed.js';
export { CkAgenda, type AgendaView } from './agenda/agenda.js';
export { CkPledgeForm, type PledgePhase } from './pledge-form/pledge-form.js';
export {
  CkPledgeSubmittedEvent,
  type CkPledgeSubmittedDetail,
} from './pledge-form/submitted-event.js';
export { CkEvent, CkLoadEvent, CkErrorEvent, CkSelectEvent } from './shared/events.js';
export type { CkLoadDetail, CkErrorDetail, CkSelectDetail } from './shared/events.js';
export { clientContext } from './shared/context.js';
export { defineElement } from './shared/define.js';
export { safeHref, safeUrl } from './shared/safe-url.js';
export { VERSION } from './shared/version.js';
export { eventToIcs } from './agenda/ics.js';

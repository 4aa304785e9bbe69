/**
 * @coalition-kit/elements: the classes, events and helpers, without defining any tag.
 * Define what you use: `import '@coalition-kit/elements/agenda.js'` (one tag each), or load
 * the script-tag build `dist/cdn/coalition-kit.js`, which defines them all lazily.
 */
export { CkElement, MissingFeedError } from './shared/ck-element.js';
export {
  DataController,
  type DataOptions,
  type LoadContext,
  type LoadState,
  type LoadSummary,
} from './shared/data.js';
export { LocalizeController } from './shared/localize.js';
export { FocusController, type FocusTarget } from './shared/focus.js';
export { PagingController } from './shared/list/paging.js';
export { DetailsController } from './shared/list/details.js';
export { renderFilterForm, type FilterField } from './shared/list/filter-form.js';
export { defineMessages, type Messages } from './shared/i18n.js';
export { plural, type PluralForms } from './shared/plural.js';
export { CkFeed } from './feed/feed.js';
export { CkAgenda, type AgendaView } from './agenda/agenda.js';
export { CkPledgeForm, type PledgePhase } from './pledge-form/pledge-form.js';
export { CkMemberList, type MemberLayout } from './member-list/member-list.js';
export { feedImage, type FeedImageOptions } from './shared/image-url.js';
export {
  CkPledgeSubmittedEvent,
  type CkPledgeSubmittedDetail,
} from './pledge-form/submitted-event.js';
// <ck-coalition-form>
export { CkCoalitionForm } from './coalition-form/coalition-form.js';
export {
  CkCoalitionDeclaredEvent,
  type CkCoalitionDeclaredDetail,
} from './coalition-form/declared-event.js';
export { SubmissionController, type SubmissionOptions } from './shared/form/submission.js';
export { SubmissionSender, MAX_WAIT_MS, type SendOutcome } from './shared/form/sender.js';
export type { SubmitPhase } from './shared/form/pending-view.js';
// <ck-coalition-map> and the base-map pieces other widgets reuse (placing a point).
export { CkCoalitionMap, type CoalitionMapView } from './coalition-map/coalition-map.js';
export { renderBaseMap, baseMapStyles, type BaseMapOptions } from './coalition-map/base-map.js';
export { MapViewController, fitView } from './coalition-map/view.js';
export { clientToMap } from './coalition-map/gestures.js';
export { locate, project, invert } from './coalition-map/geo/projection.js';
export { CkEvent, CkLoadEvent, CkErrorEvent, CkSelectEvent } from './shared/events.js';
export type { CkLoadDetail, CkErrorDetail, CkSelectDetail } from './shared/events.js';
export { clientContext } from './shared/context.js';
export { defineElement } from './shared/define.js';
export { safeHref, safeUrl } from './shared/safe-url.js';
export { VERSION } from './shared/version.js';
export { eventToIcs } from './agenda/ics.js';

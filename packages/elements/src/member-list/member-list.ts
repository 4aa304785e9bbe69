/** `<ck-member-list>`: the directory of the collective's engaged organisations. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedError, searchWords, type Member } from '@coalition-kit/sdk';
import { CkElement } from '../shared/ck-element.js';
import { headingLevel } from '../shared/heading.js';
import { feedImage } from '../shared/image-url.js';
import { DetailsController } from '../shared/list/details.js';
import { renderFilterForm } from '../shared/list/filter-form.js';
import { listStyles } from '../shared/list/list.styles.js';
import { PagingController } from '../shared/list/paging.js';
import { parseList } from '../shared/list/parse-list.js';
import { LocalizeController } from '../shared/localize.js';
import { loadDirectory } from './directory-data.js';
import {
  NO_FILTERS,
  SORTS,
  hasVisitorFilters,
  selectMembers,
  visitorFilter,
  type Directory,
  type Entry,
  type MemberFilter,
  type MemberSort,
  type VisitorFilters,
} from './directory.js';
import { memberDomId, renderMemberItem, type UpcomingEvents } from './member-item.js';
import { memberListStyles } from './member-list.styles.js';
import { memberMessages } from './messages.js';
import { memberFilterFields } from './filter-fields.js';
import { renderEmpty, renderToolbar } from './list-frame.js';
import { upcomingByOrganizer } from './upcoming.js';

export type MemberLayout = 'grid' | 'list';

/**
 * The directory of the collective's engaged organisations: logo, name, kind, locality,
 * themes and website of each, filters a visitor can use and a partner can preset, two
 * orders, "show more" paging, and details (coalitions, upcoming events) in place.
 *
 * @summary The engaged organisations, with search, filters, counts and details.
 * @tag ck-member-list
 *
 * @slot - Fallback shown while loading and on failure (e.g. a link to the open data).
 *
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` of the page.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filters - The filter form.
 * @csspart toolbar - The result count and the sort control.
 * @csspart count - "12 acteurs trouvés."
 * @csspart sort - The sort control.
 * @csspart list - The list of members.
 * @csspart item - One member.
 * @csspart logo - The fixed box of the logo or the initials.
 * @csspart initials - The initials shown instead of a logo.
 * @csspart item-title - A member's name (a heading).
 * @csspart item-kind - Kind and locality.
 * @csspart item-tags - Themes.
 * @csspart item-description - The short description.
 * @csspart link - The website link.
 * @csspart details-button - The disclosure button of a member.
 * @csspart details - Coalitions and upcoming events.
 * @csspart coalitions - The member's coalitions.
 * @csspart events - The member's upcoming events.
 * @csspart show-more - The "show more" button.
 * @csspart empty - The empty and no-result sentences.
 * @csspart clear-filters - "Effacer les filtres" in the no-result state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart skeleton - Placeholder while loading.
 * @csspart status-region - The polite live region (visually hidden).
 * @csspart fallback - The wrapper of the slotted fallback.
 *
 * @cssprop --ck-color-primary - Links, buttons, accents (default: the collective's brand colour).
 * @cssprop --ck-color-accent - Secondary accent (default: the brand accent).
 * @cssprop --ck-color-text - Text colour.
 * @cssprop --ck-color-muted - Secondary text.
 * @cssprop --ck-color-background - Background.
 * @cssprop --ck-color-surface - Cards, initials and skeletons.
 * @cssprop --ck-color-border - Borders of controls.
 * @cssprop --ck-color-danger - Errors.
 * @cssprop --ck-color-on-primary - Text on primary buttons.
 * @cssprop --ck-color-focus - Focus ring.
 * @cssprop --ck-font-family - Font (default: the system's).
 * @cssprop --ck-font-size - Base size, in px or em (default 16px).
 * @cssprop --ck-line-height - Line height (default 1.5).
 * @cssprop --ck-radius - Corner radius.
 * @cssprop --ck-gap - Space between blocks.
 *
 * @cssstate loading - Data is loading.
 * @cssstate error - Loading failed.
 * @cssstate empty - The feed lists no member.
 * @cssstate populated - Members are shown (or the no-result sentence).
 *
 * @fires ck-load - Data arrived: `detail.counts` (`members`, `shown`) and `detail.issues`.
 * @fires ck-error - Loading failed: `detail.error`, `detail.message`.
 * @fires ck-select - A visitor opened a member's details: `detail.id`, `detail.kind` (`member`).
 */
export class CkMemberList extends CkElement<Directory> {
  static override styles = [...CkElement.styles, listStyles, memberListStyles];

  /** Members and coalitions (optional) of the feed, folded and sorted once. */
  protected readonly data = this.loadData({
    args: () => [],
    load: loadDirectory,
    summary: (d) => {
      this.#paging.reset();
      const shown = this.#select(d).length;
      return {
        counts: { members: d.byName.length, shown },
        issues: d.issues,
        empty: d.byName.length === 0,
        announcement: this.#t.m().found(shown),
      };
    },
  });
  readonly #t = new LocalizeController(this, memberMessages);
  readonly #paging = new PagingController(this, {
    pageSize: () => Math.max(1, Math.round(this.pageSize) || 50),
    focus: this.focusAfterRender,
  });
  readonly #details = new DetailsController(this, 'member');

  @state() private filters: VisitorFilters = { ...NO_FILTERS };
  @state() private currentSort: MemberSort = 'name';
  /** Members whose logo failed to load: they show their initials. */
  @state() private failedLogos: ReadonlySet<string> = new Set();
  /** Upcoming events by organiser, loaded when a first details panel opens. */
  @state() private upcoming: UpcomingEvents | undefined;

  /** `grid` (cards, default) or `list` (one member a row). */
  @property({ reflect: true }) layout: MemberLayout = 'grid';
  /** Kinds to keep (comma or space separated): `association`, `collectivite`, `entreprise`… */
  @property() kinds: string | undefined;
  /** Theme ids to keep (comma or space separated). */
  @property() themes: string | undefined;
  /** Region to keep (accents, case and dashes ignored). */
  @property() region: string | undefined;
  /** A coalition id: the members of that coalition only. */
  @property() coalition: string | undefined;
  /** Words every member shown must contain (name, description, locality). */
  @property() q: string | undefined;
  /** First order: `name` (French collation, default) or `newest` (latest `joinedAt` first). */
  @property() sort: MemberSort | undefined;
  /** Members shown before "show more" (default 50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;
  /** Level of the members' names. Default 3 (under the partner's section heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Hides the visitor's filter form and sort control (presets still apply). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  /**
   * Also loads logos from other hosts than the feed's. Off by default: the visitor's browser
   * then asks no host but the feed's (the server keeps copies of the logos).
   */
  @property({ type: Boolean, attribute: 'remote-images' }) remoteImages = false;
  /** The reference "now" for upcoming events (tests, stories); default: the real time. */
  @property({ attribute: false }) now: Date | undefined;

  /** The selection of the current update (computed once in willUpdate, when its inputs change). */
  #selection: readonly Entry[] = [];
  #selectionKey = '';
  #selectionOf: Directory | undefined;
  #eventsAbort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Loaded again on the next opening: an aborted load is not an error to show.
    this.#eventsAbort?.abort();
    if (this.upcoming === 'loading') this.upcoming = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('sort')) this.currentSort = SORTS.includes(this.sort!) ? this.sort! : 'name';
    const d = this.data.value;
    const key = JSON.stringify([this.#presets(), this.filters, this.currentSort]);
    if (d && d !== this.#selectionOf && this.#selectionOf) {
      // Another feed or a reload: its events and logos are asked afresh.
      this.#eventsAbort?.abort();
      this.upcoming = undefined;
      this.failedLogos = new Set();
    }
    if (d && (d !== this.#selectionOf || key !== this.#selectionKey)) {
      this.#selection = this.#select(d);
      this.#selectionOf = d;
      this.#selectionKey = key;
    }
  }

  protected override errorSentence(): string {
    return this.#t.m().error;
  }

  /** What the partner fixed by attribute. */
  #presets(): MemberFilter {
    return {
      kinds: parseList(this.kinds),
      themes: parseList(this.themes),
      ...(this.region?.trim() && { region: searchWords(this.region).join(' ') }),
      ...(this.coalition?.trim() && { coalition: this.coalition.trim() }),
      words: searchWords(this.q ?? ''),
    };
  }

  #select(d: Directory): readonly Entry[] {
    return selectMembers(d, [this.#presets(), visitorFilter(this.filters)], this.currentSort);
  }

  #announce(): void {
    this.#paging.reset();
    const d = this.data.value;
    this.announcement = this.#t.m().found(d ? this.#select(d).length : 0);
  }

  #handleFilter = (name: keyof VisitorFilters, value: string) => {
    this.filters = { ...this.filters, [name]: value };
    this.#announce();
  };

  #handleReset = () => {
    this.filters = { ...NO_FILTERS };
    this.#announce();
  };

  /** "Effacer les filtres" of the no-result sentence: the button goes, focus goes to the search. */
  #clearFromEmpty = () => {
    this.#handleReset();
    this.focusAfterRender.next('#ck-filter-q');
  };

  #handleSort = (e: globalThis.Event) => {
    this.currentSort = (e.target as HTMLSelectElement).value as MemberSort;
    this.#paging.reset();
  };

  #toggle = (member: Member) => {
    this.#details.toggle(member.id);
    if (this.#details.isOpen(member.id) && (!this.upcoming || this.upcoming === 'error'))
      void this.#loadEvents();
  };

  #logoFailed = (member: Member) => {
    this.failedLogos = new Set(this.failedLogos).add(member.id);
  };

  #logo = (member: Member): string | null =>
    this.failedLogos.has(member.id)
      ? null
      : feedImage(member.logo, this.activeClient?.feed, { remoteImages: this.remoteImages });

  /**
   * The events document, asked through the shared client when a first details panel opens:
   * an agenda on the page has already fetched it, and a page without details never needs it.
   */
  async #loadEvents(): Promise<void> {
    const client = this.activeClient;
    if (!client) return;
    this.#eventsAbort?.abort();
    const abort = (this.#eventsAbort = new AbortController());
    this.upcoming = 'loading';
    try {
      const { items } = await client.events({}, { signal: abort.signal, lang: this.resolvedLang });
      const zone = this.collective?.timeZone ?? 'Europe/Paris';
      const byOrganizer = upcomingByOrganizer(items, this.now ?? new Date(), zone);
      if (!abort.signal.aborted) this.upcoming = byOrganizer;
    } catch (error) {
      if (abort.signal.aborted) return;
      // A feed without an agenda: no events to show, not a failure.
      this.upcoming = error instanceof FeedError && error.status === 404 ? new Map() : 'error';
    }
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-list members" part="skeleton" aria-hidden="true">
      ${Array.from({ length: 6 }, () => html`<div class="skeleton skeleton-item"></div>`)}
    </div>`;
  }

  protected renderContent(d: Directory): TemplateResult {
    const lang = this.resolvedLang;
    const m = this.#t.m(lang);
    const selected = this.#selection;
    const level = headingLevel(this.headingLevel, 3);
    const themeLabels = new Map((this.collective?.themes ?? []).map((t) => [t.id, t.label]));
    const timeZone = this.collective?.timeZone ?? 'Europe/Paris';
    const empty = this.data.state === 'empty';
    return html`
      ${empty || this.noFilters ? nothing : this.#renderFilters(d)}
      ${
        empty
          ? nothing
          : renderToolbar(
              m,
              selected.length,
              this.noFilters ? undefined : this.currentSort,
              this.#handleSort,
            )
      }
      ${
        selected.length === 0
          ? renderEmpty(
              m,
              empty,
              !empty && hasVisitorFilters(this.filters) ? this.#clearFromEmpty : undefined,
            )
          : html`<ul
              class="members"
              part="list"
              data-focus-after-retry
              tabindex="-1"
              aria-label=${m.label}
            >
              ${this.#paging.visible(selected).map((e) =>
                renderMemberItem(e, {
                  lang,
                  m,
                  level,
                  timeZone,
                  themeLabels,
                  coalitions: d.coalitions,
                  logo: this.#logo,
                  onLogoError: this.#logoFailed,
                  open: this.#details.isOpen(e.member.id),
                  events: this.upcoming,
                  onToggle: this.#toggle,
                }),
              )}
            </ul>`
      }
      ${this.#paging.renderMore(
        selected,
        m.showMore,
        // Focus lands on the first newly shown member's name.
        (e) => `#${CSS.escape(memberDomId(e.member))} [part~='item-title']`,
      )}
    `;
  }

  #renderFilters(d: Directory): TemplateResult {
    const m = this.#t.m();
    return renderFilterForm<keyof VisitorFilters>({
      label: m.filters,
      values: this.filters,
      all: m.all,
      reset: m.resetFilters,
      onChange: this.#handleFilter,
      onReset: this.#handleReset,
      fields: memberFilterFields(
        d,
        this.#presets(),
        this.filters,
        this.collective?.themes ?? [],
        m,
      ),
    });
  }
}

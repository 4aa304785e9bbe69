/** `<ck-agenda>`: the common agenda of the collective. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Event, EventQuery, Member } from '@coalition-kit/sdk';
import { CkElement } from '../shared/ck-element.js';
import { dayKey, formatMonth, visitorTimeZone } from '../shared/format.js';
import { headingLevel } from '../shared/heading.js';
import { DetailsController } from '../shared/list/details.js';
import { listStyles } from '../shared/list/list.styles.js';
import { PagingController } from '../shared/list/paging.js';
import { LocalizeController } from '../shared/localize.js';
import { agendaStyles } from './agenda.styles.js';
import { renderEventItem, itemDomId } from './event-item.js';
import { agendaMessages } from './messages.js';
import { renderAgendaFilters } from './filter-form.js';
import type * as MonthGrid from './month-grid.js';
import {
  ATTENDANCES,
  NO_FILTERS,
  hasVisitorFilters,
  parseList,
  presetQuery,
  selectEvents,
  visitorQuery,
  type Attendance,
  type Period,
  type VisitorFilters,
} from './filters.js';
import { countByDay, isMonth, shiftMonth } from './group.js';
import { eventJsonLd, writeJsonLd } from './json-ld.js';

import { renderMonthNav, renderToolbar, type AgendaView } from './toolbar.js';
import { loadAgendaData, type AgendaData } from './agenda-data.js';
import { downloadEvent, subscriptionUrl } from './calendar.js';
import { renderDayList } from './day-list.js';
import { filterChoices } from './filter-choices.js';

export type { AgendaView };

const MAX_JSON_LD = 100;

/**
 * The collective's common agenda: upcoming events grouped by day, a month view and past
 * events, with filters a visitor can use and a partner can preset.
 *
 * @summary The common agenda: upcoming, month and past events with filters.
 * @tag ck-agenda
 *
 * @slot - Fallback shown while loading and on failure (e.g. a plain link to the agenda).
 *
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` of the page.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - View buttons and the subscribe link.
 * @csspart filters - The filter form.
 * @csspart list - The list of days.
 * @csspart day-heading - A day's heading.
 * @csspart item - One event.
 * @csspart item-title - An event's name (a heading).
 * @csspart item-place - Where it happens.
 * @csspart item-tags - Format and themes.
 * @csspart status - "Annulé", "Reporté", "Nouvelle date".
 * @csspart details-button - The disclosure button of an event.
 * @csspart details - Description, address and links.
 * @csspart link - Registration and online links.
 * @csspart calendar-button - "Ajouter à mon agenda".
 * @csspart show-more - The "show more" button.
 * @csspart subscribe - The iCalendar subscription link.
 * @csspart empty - The empty state.
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
 * @cssprop --ck-color-surface - Cards and skeletons.
 * @cssprop --ck-color-border - Borders of controls.
 * @cssprop --ck-color-danger - Cancelled events and errors.
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
 * @cssstate empty - Nothing to show.
 * @cssstate populated - Events are shown.
 *
 * @fires ck-load - Data arrived: `detail.counts` (`events`, `shown`) and `detail.issues`.
 * @fires ck-error - Loading failed: `detail.error`, `detail.message`.
 * @fires ck-select - A visitor opened an event's details: `detail.id`.
 */
export class CkAgenda extends CkElement<AgendaData> {
  static override styles = [...CkElement.styles, listStyles, agendaStyles];

  /** The events, organisers and `.ics` offer of the feed; presets and filters apply here. */
  protected readonly data = this.loadData({
    args: () => [],
    load: loadAgendaData,
    summary: (d, collective) => {
      this.#paging.reset();
      const shown = this.#select(d.events, collective.timeZone);
      return {
        counts: { events: d.events.length, shown: shown.length },
        issues: d.issues,
        empty: d.events.length === 0,
        announcement: this.#t.m().found(shown.length),
      };
    },
  });
  /** The agenda's own strings (the states' are the shared ones, `this.localize`). */
  readonly #t = new LocalizeController(this, agendaMessages);
  readonly #paging = new PagingController(this, {
    pageSize: () => this.#pageSize(),
    focus: this.focusAfterRender,
  });
  readonly #details = new DetailsController(this, 'event');

  @state() private filters: VisitorFilters = { ...NO_FILTERS };
  @state() private currentView: AgendaView = 'list';
  @state() private currentMonth = '';
  /** The month grid, loaded the first time the month view shows (most visits read the list). */
  @state() private monthGrid: typeof MonthGrid.renderMonthGrid | undefined;
  #monthGridLoad: Promise<unknown> | undefined;

  /** `list` (upcoming, by day; default), `month`, or `past`. */
  @property({ reflect: true }) view: AgendaView = 'list';
  /** Theme ids to keep (comma or space separated). */
  @property() themes: string | undefined;
  /** Formats to keep: `rencontre`, `webinaire`, `formation`, `visite`… */
  @property() formats: string | undefined;
  /** Region to keep. */
  @property() region: string | undefined;
  /** A member id: events of this organiser only. */
  @property() organizer: string | undefined;
  /** Events ending on or after this date (`2026-03-01`). */
  @property() from: string | undefined;
  /** Events starting on or before this date. */
  @property() to: string | undefined;
  /** `online` or `in-person`. */
  @property() attendance: Attendance | undefined;
  /** Words to find (accents and case ignored). */
  @property() q: string | undefined;
  /** First month of the month view (`2026-03`); default: the current month. */
  @property() month: string | undefined;
  /** At most this many events, without filters or "show more" (a compact "next 3" embed). */
  @property({ type: Number }) limit: number | undefined;
  /** Events shown before "show more" (default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Level of the day headings (event names are one level below). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hides the visitor's filter form (presets still apply). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  /** Hides the view buttons (upcoming / month / past). */
  @property({ type: Boolean, attribute: 'no-views' }) noViews = false;
  /** Leaves out the schema.org JSON-LD. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd = false;
  /** The reference "now" (tests, stories); default: the real time. */
  @property({ attribute: false }) now: Date | undefined;

  /** The selection of the current update: computed once in willUpdate, read by render and updated. */
  #selection: Event[] = [];

  /** `updateComplete` includes the month grid being loaded and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#monthGridLoad || this.monthGrid) return done;
    await this.#monthGridLoad;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view'))
      this.currentView = this.view === 'month' || this.view === 'past' ? this.view : 'list';
    if (changed.has('month') || !this.currentMonth) {
      this.currentMonth = isMonth(this.month)
        ? this.month
        : dayKey(this.#now().toISOString(), this.#timeZone()).slice(0, 7);
    }
    if (this.currentView === 'month' && !this.#monthGridLoad) {
      this.#monthGridLoad = import('./month-grid.js').then(
        (grid) => {
          // Its rules first, so that it never shows unstyled.
          if (this.renderRoot instanceof ShadowRoot) grid.styleMonthGrid(this.renderRoot);
          this.monthGrid = grid.renderMonthGrid;
        },
        (error: unknown) => {
          this.#monthGridLoad = undefined; // the next update tries again
          console.error('Coalition Kit: could not load the month grid', error);
        },
      );
    }
    this.#selection = this.#selected();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.data.state === 'populated' && !this.noJsonLd) {
      writeJsonLd(
        this,
        // Search engines need the first events shown, not thousands: the JSON stays small.
        this.#paging
          .visible(this.#selection)
          .slice(0, MAX_JSON_LD)
          .map((e) => eventJsonLd(e, e.organizer ? this.#members().get(e.organizer) : undefined)),
      );
    } else {
      writeJsonLd(this, null);
    }
  }

  protected override errorSentence(): string {
    return this.#t.m().error;
  }

  #events(): Event[] {
    return this.data.value?.events ?? [];
  }

  #members(): Map<string, Member> {
    return this.data.value?.members ?? new Map<string, Member>();
  }

  #now(): Date {
    return this.now ?? new Date();
  }

  #timeZone(): string {
    return this.collective?.timeZone ?? 'Europe/Paris';
  }

  #pageSize(): number {
    return this.limit && this.limit > 0 ? this.limit : Math.max(1, this.pageSize || 20);
  }

  #presets(): EventQuery {
    return presetQuery({
      themes: parseList(this.themes),
      formats: parseList(this.formats),
      region: this.region,
      organizer: this.organizer,
      from: this.from,
      to: this.to,
      attendance: ATTENDANCES.includes(this.attendance as Attendance) ? this.attendance : undefined,
      q: this.q,
    });
  }

  #period(): Period {
    return this.currentView === 'list' ? 'upcoming' : this.currentView;
  }

  /** Every event matching presets, filters and the view, sorted. */
  #selected(): Event[] {
    return this.#select(this.#events(), this.#timeZone());
  }

  #select(events: Event[], tz: string): Event[] {
    return selectEvents(events, {
      presets: this.#presets(),
      visitor: visitorQuery(this.filters),
      period: this.#period(),
      now: this.#now(),
      month: this.currentMonth,
      timeZone: tz,
    });
  }

  #announceCount(): void {
    this.#paging.reset();
    this.announcement = this.#t.m().found(this.#selected().length);
  }

  #handleFilter = (name: keyof VisitorFilters, value: string) => {
    this.filters = { ...this.filters, [name]: value };
    this.#announceCount();
  };
  #handleReset = () => {
    this.filters = { ...NO_FILTERS };
    this.#announceCount();
  };

  #setView(view: AgendaView): void {
    if (view === this.currentView) return;
    this.currentView = view;
    this.#announceCount();
  }

  #shiftMonth(delta: number): void {
    this.currentMonth = shiftMonth(this.currentMonth, delta);
    this.#announceCount();
  }

  #toggle = (event: Event) => this.#details.toggle(event.id);

  #calendar = (event: Event) =>
    downloadEvent(event, this.activeClient?.feed ?? location.href, () => ({
      timeZone: this.#timeZone(),
      m: this.#t.m(),
    }));

  protected override renderSkeleton(): TemplateResult {
    const n = Math.min(this.limit && this.limit > 0 ? this.limit : 3, 5);
    return html`<div class="skeleton-list" part="skeleton" aria-hidden="true">
      ${Array.from({ length: n }, () => html`<div class="skeleton skeleton-item"></div>`)}
    </div>`;
  }

  protected renderContent(data: AgendaData): TemplateResult {
    const lang = this.resolvedLang;
    const m = this.#t.m(lang);
    const compact = Boolean(this.limit && this.limit > 0);
    const selected = this.#selection;
    const visible = this.#paging.visible(selected);
    const tz = this.#timeZone();
    const level = headingLevel(this.headingLevel);
    // In the month view the month is the heading at `level`: days go one below it.
    const dayLevel = this.currentView === 'month' && !compact ? Math.min(level + 1, 6) : level;
    const themeLabels = new Map((this.collective?.themes ?? []).map((t) => [t.id, t.label]));
    const visitorZone = visitorTimeZone();
    return html`
      ${
        compact || this.noViews
          ? nothing
          : renderToolbar({
              m,
              view: this.currentView,
              icsUrl: data.icsOffered
                ? subscriptionUrl(this.activeClient, this.#presets(), this.filters)
                : undefined,
              onView: (view) => this.#setView(view),
            })
      }
      ${compact || this.noFilters || this.data.state === 'empty' ? nothing : this.#renderFilters()}
      ${
        this.currentView === 'month' && !compact
          ? renderMonthNav({
              m,
              level,
              title: formatMonth(this.currentMonth, lang),
              onShift: (delta) => this.#shiftMonth(delta),
            })
          : nothing
      }
      ${
        this.currentView === 'month' && !compact && this.monthGrid
          ? this.monthGrid({
              month: this.currentMonth,
              lang,
              m,
              counts: countByDay(this.#selection, tz),
              onPick: this.#pickDay,
            })
          : nothing
      }
      ${
        visible.length === 0
          ? html`<p class="empty" part="empty" data-focus-after-retry tabindex="-1">
              ${this.#emptySentence()}
            </p>`
          : renderDayList(visible, tz, lang, m.label, dayLevel, (e) =>
              renderEventItem(e, {
                lang,
                m,
                timeZone: tz,
                visitorZone,
                level: Math.min(dayLevel + 1, 6),
                themeLabels,
                members: data.members,
                open: this.#details.isOpen(e.id),
                onToggle: this.#toggle,
                onCalendar: this.#calendar,
              }),
            )
      }
      ${
        compact
          ? nothing
          : this.#paging.renderMore(
              selected,
              m.showMore,
              // Focus lands on the first newly shown event's title.
              (e) => `#${CSS.escape(itemDomId(e))} [part~='item-title']`,
            )
      }
    `;
  }

  #emptySentence(): string {
    const m = this.#t.m();
    if (this.data.state === 'empty') return m.empty;
    if (hasVisitorFilters(this.filters)) return m.noMatch;
    if (this.currentView === 'past') return m.emptyPast;
    if (this.currentView === 'month') return m.emptyMonth;
    return Object.keys(this.#presets()).length ? m.noMatch : m.empty;
  }

  /** A day of the grid: show every event of the month, then focus that day's heading. */
  #pickDay = (day: string) => {
    this.#paging.showAtLeast(this.#selection.length);
    this.focusAfterRender.next(`[data-day="${day}"] [part~='day-heading']`);
  };

  #renderFilters(): TemplateResult {
    const m = this.#t.m();
    return renderAgendaFilters({
      m,
      filters: this.filters,
      ...filterChoices(
        this.#events(),
        this.collective?.themes ?? [],
        this.#members(),
        this,
        m,
        this.resolvedLang,
      ),
      preset: {
        attendance: Boolean(this.attendance),
        from: Boolean(this.from),
        to: Boolean(this.to),
      },
      onChange: this.#handleFilter,
      onReset: this.#handleReset,
    });
  }
}

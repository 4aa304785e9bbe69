/** `<ck-coalition-map>`: the coalitions on our own map of France, and the list that says the same. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Coalition } from '@coalition-kit/sdk';
import { CkElement } from '../shared/ck-element.js';
import { headingLevel } from '../shared/heading.js';
import { DetailsController } from '../shared/list/details.js';
import { renderFilterForm } from '../shared/list/filter-form.js';
import { PagingController } from '../shared/list/paging.js';
import { LocalizeController } from '../shared/localize.js';
import { CardAndListPiece } from './card-and-list-piece.js';
import { renderControls, renderMapNotes, renderViews, type CoalitionMapView } from './map-frame.js';
import { renderBaseMap } from './base-map.js';
import type * as CardAndList from './card-and-list.js';
import type * as Gestures from './gestures.js';
import { inView, levelOf, type Cluster, type ClusterIndex } from './cluster.js';
import { coalitionMapStyles } from './coalition-map.styles.js';
import { mapFilterFields, type FilterFields } from './filter-fields.js';
import { NO_MAP_FILTERS, selectCoalitions, type MapFilters } from './filters.js';
import { IntentController } from './intent.js';
import { focusedMarkIds, restoreMarkFocus } from './mark-focus.js';
import { clusterNamer, markerName } from './mark-names.js';
import { keyOf, markSelector, renderMarkers } from './markers.js';
import { memo } from './memo.js';
import { mapMessages, type MapMessages } from './messages.js';
import { loadMapData, type MapData } from './map-data.js';
import { markPoint, zoomInto } from './navigation.js';
import { clusterSelection, type MapSelection } from './selection.js';
import { MAX_ZOOM, MapViewController } from './view.js';

export type { CoalitionMapView } from './map-frame.js';

/**
 * The coalitions of the collective on a map of France of our own (no tile server, no request
 * to anyone but the feed), clustered where they are dense, with a list that says the same.
 *
 * @summary Coalitions on a map of France, with the equivalent list and filters.
 * @tag ck-coalition-map
 *
 * @slot - Fallback shown while loading and on failure (e.g. a link to the coalitions' page).
 *
 * @attr lang - `fr` (default) or `en`; otherwise the closest `[lang]` of the page.
 *
 * @csspart base - The wrapper of everything.
 * @csspart views - The map / list switch.
 * @csspart filters - The filter form.
 * @csspart map - The map's frame.
 * @csspart controls - Zoom, move and reset buttons.
 * @csspart marker - One coalition on the map.
 * @csspart cluster - Several coalitions drawn as one.
 * @csspart card - A coalition's card.
 * @csspart card-title - Its name (a heading).
 * @csspart card-tags - Its kind and status.
 * @csspart close-button - The card's close button.
 * @csspart link - Contact links.
 * @csspart list - The list of coalitions.
 * @csspart item - One coalition of the list.
 * @csspart item-button - Its button.
 * @csspart show-more - The "show more" button.
 * @csspart note - The sentence saying how the list and the map relate.
 * @csspart attribution - The base map's credit.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart skeleton - Placeholder while loading.
 * @csspart status-region - The polite live region (visually hidden).
 * @csspart fallback - The wrapper of the slotted fallback.
 *
 * @cssprop --ck-color-primary - Markers, buttons (default: the collective's brand colour).
 * @cssprop --ck-color-accent - Clusters (default: the brand accent).
 * @cssprop --ck-map-land - Fill of the regions.
 * @cssprop --ck-map-border - Borders of the regions.
 * @cssprop --ck-map-highlight - The region of the region filter.
 * @cssprop --ck-map-marker - Markers.
 * @cssprop --ck-map-cluster - Clusters.
 *
 * @cssstate loading - Data is loading.
 * @cssstate error - Loading failed.
 * @cssstate empty - Nothing to show.
 * @cssstate populated - Coalitions are shown.
 *
 * @fires ck-load - Data arrived: `detail.counts` (`coalitions`, `placed`, `shown`) and `detail.issues`.
 * @fires ck-error - Loading failed: `detail.error`, `detail.message`.
 * @fires ck-select - A visitor opened a coalition's card: `detail.id`, `detail.kind` = `coalition`.
 */
export class CkCoalitionMap extends CkElement<MapData> {
  static override styles = [...CkElement.styles, ...coalitionMapStyles];

  protected readonly data = this.loadData({
    args: () => [],
    load: loadMapData,
    summary: (d) => {
      this.#paging.reset();
      const shown = this.#selectFrom(d);
      return {
        counts: { coalitions: d.coalitions.length, placed: d.placed.size, shown: shown.length },
        issues: d.issues,
        empty: d.coalitions.length === 0,
        announcement: this.#t.m().found(shown.length),
      };
    },
  });
  readonly #t = new LocalizeController(this, mapMessages);
  readonly #view = new MapViewController(this, { gestures: () => this.loadGestures() });
  readonly #details = new DetailsController(this, 'coalition', { single: true });
  readonly #paging = new PagingController(this, {
    pageSize: () => Math.max(1, this.pageSize || 20),
    focus: this.focusAfterRender,
  });
  /**
   * The card and the list: loaded on first use, or ahead as soon as a visitor reaches for the
   * widget (a pointer over it, focus in it), with the wheel, drag and pinch (`#view`): a page
   * nobody touches never loads them.
   */
  readonly #cardAndList = new CardAndListPiece(
    this,
    () => this.loadCardAndList(),
    this.#details,
    this.focusAfterRender,
  );
  /** Asks ahead for the card, the list and the gestures once a visitor reaches for the map. */
  protected readonly intent = new IntentController(this, () => {
    this.#cardAndList.load(false);
    this.#view.loadGestures();
  });

  @state() private filters: MapFilters = { ...NO_MAP_FILTERS };
  @state() private mode: CoalitionMapView = 'map';

  /** `map` (default) or `list`. */
  @property({ reflect: true }) view: CoalitionMapView = 'map';
  /** Theme ids to keep (comma or space separated). */
  @property() themes: string | undefined;
  /** Kinds to keep: `thematique`, `geographique`, `sectorielle`. */
  @property() scope: string | undefined;
  /** Statuses to keep: `forming`, `active`, `dormant`. */
  @property() status: string | undefined;
  /** Region to keep (as the feed spells it: "Hauts-de-France"). */
  @property() region: string | undefined;
  /** Words to find (case, accents, ligatures and punctuation ignored). */
  @property() q: string | undefined;
  /** Coalitions of the list before "show more" (default 20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Level of the cards' headings. Default 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Hides the visitor's filter form (presets still apply). */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  readonly #selection = memo<MapSelection>();
  readonly #fields = memo<FilterFields>();
  readonly #clusterName = clusterNamer(
    () => this.resolvedLang,
    () => this.data.value?.placed,
  );
  #focusedIds: string | null | undefined;
  #fitted: ClusterIndex<Coalition> | undefined;
  #warmed: ClusterIndex<Coalition> | undefined;

  /**
   * `updateComplete` includes the card and the list, or the gesture code, being loaded and
   * used, when needed.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.#cardAndList.loading ?? this.#view.loading;
    if (!loading) return done;
    await loading;
    return this.getUpdateComplete();
  }

  /** The card's and the list's module (its own chunk). */
  protected loadCardAndList(): Promise<typeof CardAndList> {
    return import('./card-and-list.js');
  }

  /** The wheel, drag and pinch code (its own chunk). */
  protected loadGestures(): Promise<typeof Gestures> {
    return import('./gestures.js');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.mode = this.view === 'list' ? 'list' : 'map';
    // A map that starts as a list needs it at once (after a failure, the retry button asks).
    if (this.mode === 'list' && this.data.value && !this.#cardAndList.failed)
      this.#cardAndList.load();
    const index = this.#current()?.index;
    // The view fits the data on load and after each change of the selection (before the
    // render, so the first frame is already the right one).
    if (index && index !== this.#fitted) {
      this.#fitted = index;
      this.#view.fit(index.pins);
    }
    // A zoom may replace the focused mark by another level's: remember what it stood for.
    this.#focusedIds = focusedMarkIds(this.shadowRoot);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#view.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.map') ?? undefined);
    restoreMarkFocus(this.#focusedIds, this.shadowRoot, this.renderRoot);
    const index = this.#current()?.index;
    if (index && index !== this.#warmed) {
      // Every level from the overview to the deepest zoom, one per idle period.
      this.#warmed = index;
      const ppu1 = this.#view.pxPerUnit / this.#view.zoom;
      const levels: number[] = [];
      for (let l = levelOf(ppu1) - 1; l <= levelOf(ppu1 * MAX_ZOOM); l++) levels.push(l);
      index.warm(levels);
    }
  }

  protected override errorSentence(): string {
    return this.#t.m().error;
  }

  /** The selection and its clusters, computed again only when an input changed. */
  #current(): MapSelection | undefined {
    const d = this.data.value;
    if (!d) return undefined;
    const key = [d, this.filters, this.themes, this.scope, this.status, this.region, this.q];
    return this.#selection(key, () =>
      clusterSelection(this.#selectFrom(d), d.placed, this.#clusterName),
    );
  }

  #selectFrom(d: MapData): Coalition[] {
    return selectCoalitions(
      d.coalitions,
      {
        themes: this.themes,
        scope: this.scope,
        status: this.status,
        region: this.region,
        q: this.q,
      },
      this.filters,
      d.memberNames,
    );
  }

  #announceCount(): void {
    this.#paging.reset();
    this.announcement = this.#t.m().found(this.#current()?.shown.length ?? 0);
  }

  #handleFilter = (name: keyof MapFilters, value: string) => {
    this.filters = { ...this.filters, [name]: value };
    this.#announceCount();
  };

  #handleReset = () => {
    this.filters = { ...NO_MAP_FILTERS };
    this.#announceCount();
  };

  #setMode = (mode: CoalitionMapView) => {
    if (mode === this.mode) return;
    this.mode = mode;
    if (mode === 'list') this.#cardAndList.load();
    const m = this.#t.m();
    this.announcement =
      mode === 'list' ? m.listShown(this.#current()?.shown.length ?? 0) : m.mapShown;
    const open = this.#details.opened[0];
    // Back on the map, the open card's coalition shows as a marker of its own (`reveal`
    // comes with the card and the list: a card was shown, so they are there).
    if (mode === 'map' && open)
      this.#cardAndList.value?.reveal(this.#current()?.index, open, this.#view, MAX_ZOOM);
  };

  /** A marker opens its card; a cluster zooms in until it splits. */
  #choose = (cluster: Cluster<Coalition>, byPointer: boolean) => {
    if (byPointer && this.#view.dragged) return;
    const [first] = cluster.items;
    if (!first) return;
    if (cluster.items.length === 1) {
      this.#cardAndList.open(first.id, markSelector(first.id));
      return;
    }
    this.#zoomInto(cluster);
  };

  /** Zooms to `cluster`'s box, at least one step; focus then goes to its first mark. */
  #zoomInto(cluster: Cluster<Coalition>): void {
    zoomInto(cluster, this.#view);
    const ids = new Set(cluster.items.map((c) => c.id));
    this.focusAfterRender.next(() => {
      const marks = this.#visibleClusters();
      const mark = marks.find((k) => k.items.some((c) => ids.has(c.id)));
      if (!mark) return undefined;
      return this.renderRoot.querySelector<HTMLElement>(markSelector(keyOf(mark)));
    });
  }

  /** Exact, except during a gesture: then no frame waits for clustering. */
  #clustersAt(index: ClusterIndex<Coalition>, ppu: number) {
    return this.#view.gesturing
      ? index.during(ppu, () => this.requestUpdate())
      : { clusters: index.at(ppu), exact: true };
  }

  #visibleClusters(): Cluster<Coalition>[] {
    const index = this.#current()?.index;
    if (!index) return [];
    return inView(this.#marks(index.at(this.#view.pxPerUnit)), this.#view.view, 0);
  }

  /**
   * At the deepest zoom, the clusters left are fanned out into markers (`spread.ts`, with the
   * card and the list, asked for when the visitor reached for the map to zoom this far).
   */
  #marks(clusters: readonly Cluster<Coalition>[]): readonly Cluster<Coalition>[] {
    return this.#cardAndList.value?.spreadClusters(clusters, this.#view) ?? clusters;
  }

  #onKeydown = (e: KeyboardEvent) => {
    // In the filter form, Escape is the control's own (it clears the search box).
    if (
      e.key === 'Escape' &&
      this.#details.opened.length &&
      !(e.target as Element).closest('form')
    ) {
      e.preventDefault();
      this.#cardAndList.close();
    }
  };

  #onMapKeydown = (e: KeyboardEvent) => {
    // Enter and Space on a mark are its own; the rest moves the map.
    if (e.key === 'Enter' || e.key === ' ') return;
    this.#view.handleKey(e, markPoint(e.target));
  };

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton skeleton-map" part="skeleton" aria-hidden="true"></div>`;
  }

  protected renderContent(data: MapData): TemplateResult {
    const m = this.#t.m();
    const current = this.#current();
    const shown = current?.shown ?? [];
    const index = current?.index;
    const piece = this.#cardAndList.value;
    const cardFor = (c: Coalition) =>
      piece?.renderCard(c, {
        lang: this.resolvedLang,
        m,
        level: headingLevel(this.headingLevel, 3),
        themeLabels: new Map((this.collective?.themes ?? []).map((t) => [t.id, t.label])),
        memberNames: data.memberNames,
        onClose: this.#cardAndList.close,
      }) ?? this.#cardAndList.renderMissing(this.localize.m().common);
    const openId = this.#details.opened[0];
    const open = openId ? shown.find((c) => c.id === openId) : undefined;
    const empty = this.data.state === 'empty';
    return html`<div class="layout" @keydown=${this.#onKeydown}>
      ${empty ? nothing : renderViews(m, this.mode, this.#setMode)}
      ${empty || this.noFilters ? nothing : this.#renderFilters(data, m)}
      ${
        shown.length === 0
          ? html`<p class="empty" part="empty" data-focus-after-retry tabindex="-1">
              ${empty ? m.empty : m.noMatch}
            </p>`
          : this.mode === 'list'
            ? piece
              ? piece.renderList({
                  m,
                  shown,
                  paging: this.#paging,
                  placed: new Set(index?.pins.map((p) => p.item.id)),
                  isOpen: (id) => this.#details.isOpen(id),
                  card: cardFor,
                  onChoose: (c, opener) =>
                    this.#details.isOpen(c.id)
                      ? this.#cardAndList.close()
                      : this.#cardAndList.open(c.id, opener),
                })
              : this.#cardAndList.renderMissing(this.localize.m().common)
            : html`${this.#renderMap(m, shown.length - (index?.size ?? 0))}
              ${open && data.placed.has(open.id) ? cardFor(open) : nothing}`
      }
    </div>`;
  }

  #renderMap(m: MapMessages, unplaced: number): TemplateResult {
    const lang = this.resolvedLang;
    const view = this.#view;
    const ppu = view.pxPerUnit;
    const index = this.#current()?.index;
    const drawn = index ? this.#clustersAt(index, ppu) : { clusters: [], exact: true };
    return html`<div
        class="map-frame"
        part="map"
        data-level=${levelOf(ppu)}
        data-pending=${drawn.exact ? nothing : ''}
      >
        <svg
          class="map"
          viewBox=${view.viewBox}
          role="group"
          aria-label=${m.label}
          aria-describedby="ck-map-hint"
          tabindex="0"
          @keydown=${this.#onMapKeydown}
        >
          ${renderBaseMap({ lang, highlight: this.filters.region || this.region })}
          ${renderMarkers({
            clusters: inView(this.#marks(drawn.clusters), view.view, 0),
            pxPerUnit: ppu,
            selected: this.#details.opened[0],
            clusterName: this.#clusterName,
            markerName,
            onChoose: this.#choose,
          })}
        </svg>
        ${renderControls(m, view)}
      </div>
      ${renderMapNotes(m, lang, unplaced)}`;
  }

  #renderFilters(data: MapData, m: MapMessages): TemplateResult {
    return renderFilterForm<keyof MapFilters>({
      label: m.filters,
      values: this.filters,
      all: m.all,
      reset: m.resetFilters,
      onChange: this.#handleFilter,
      onReset: this.#handleReset,
      fields: this.#filterFields(data, m),
    });
  }

  /** The form's choices, computed again only when their inputs change (not at each pan or zoom). */
  #filterFields(data: MapData, m: MapMessages): FilterFields {
    const lang = this.resolvedLang;
    const { collective, themes, scope, status, region } = this;
    return this.#fields([data, m, lang, collective, themes, scope, status, region], () =>
      mapFilterFields(
        data.coalitions,
        m,
        lang,
        new Map((collective?.themes ?? []).map((t) => [t.id, t.label])),
        this,
      ),
    );
  }
}

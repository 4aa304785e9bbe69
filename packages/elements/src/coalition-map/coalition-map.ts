/** `<ck-coalition-map>`: the coalitions on our own map of France, and the list that says the same. */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Coalition, FeedIssue, Member } from '@coalition-kit/sdk';
import { CkElement } from '../shared/ck-element.js';
import { headingLevel } from '../shared/heading.js';
import { DetailsController } from '../shared/list/details.js';
import { renderFilterForm, type FilterFormOptions } from '../shared/list/filter-form.js';
import { PagingController } from '../shared/list/paging.js';
import { LocalizeController } from '../shared/localize.js';
import { insetNames, renderBaseMap } from './base-map.js';
import { CARD_HEADING_ID, renderCard } from './card.js';
import { ClusterIndex, inView, levelOf, type Cluster, type Pin } from './cluster.js';
import { coalitionMapStyles } from './coalition-map.styles.js';
import { parseList } from '../shared/list/parse-list.js';
import { NO_MAP_FILTERS, selectCoalitions, type MapFilters } from './filters.js';
import { ATTRIBUTION, INSETS, METRO } from './geo/france-regions.js';
import { locate, type Placed } from './geo/projection.js';
import { icon, type IconName } from './icons.js';
import { itemSelector, renderList } from './list.js';
import { idsOf, markSelector, renderMarkers } from './markers.js';
import { mapMessages } from './messages.js';
import { MAX_ZOOM, MapViewController, PAN_STEP, ZOOM_STEP } from './view.js';

export type CoalitionMapView = 'map' | 'list';

/** What the map loads. */
interface MapData {
  coalitions: Coalition[];
  /** Member names by id (the members document is optional). */
  memberNames: Map<string, string>;
  /** Where each coalition with a usable `geo` is drawn. */
  placed: Map<string, Placed>;
  issues: FeedIssue[];
}

type FilterFields = FilterFormOptions<keyof MapFilters>['fields'];

/** Is `key` the same, item by item (by identity), as `before`? */
const unchanged = (before: unknown[] | undefined, key: unknown[]) =>
  Boolean(before) && key.every((k, i) => k === before![i]);

const FRAME_NAMES = new Map([METRO, ...INSETS].map((f) => [f.id, f]));

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
    load: async (client, _args, { call }): Promise<MapData> => {
      const [coalitions, members] = await Promise.all([
        client.coalitions({}, call),
        // Without members.json, cards name the members listed by name only.
        client.members({}, call).catch(() => ({ items: [] as Member[], issues: [] })),
      ]);
      const placed = new Map<string, Placed>();
      for (const c of coalitions.items) {
        const at = c.geo && locate(c.geo.lat, c.geo.lon);
        if (at) placed.set(c.id, at);
      }
      return {
        coalitions: coalitions.items,
        memberNames: new Map(members.items.map((mb) => [mb.id, mb.name])),
        placed,
        issues: [...coalitions.issues, ...members.issues],
      };
    },
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
  readonly #view = new MapViewController(this);
  readonly #details = new DetailsController(this, 'coalition', { single: true });
  readonly #paging = new PagingController(this, {
    pageSize: () => Math.max(1, this.pageSize || 20),
    focus: this.focusAfterRender,
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

  /** Where focus goes back when the card closes. */
  #opener: string | undefined;
  #memo: { key: unknown[]; shown: Coalition[]; index: ClusterIndex<Coalition> } | undefined;
  #fitted: ClusterIndex<Coalition> | undefined;
  #warmed: ClusterIndex<Coalition> | undefined;
  #focusedIds: string | null = null;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.mode = this.view === 'list' ? 'list' : 'map';
    const index = this.#current()?.index;
    // The view fits the data on load and after each change of the selection (before the
    // render, so the first frame is already the right one).
    if (index && index !== this.#fitted) {
      this.#fitted = index;
      this.#view.fit(index.pins);
    }
  }

  protected override update(changed: PropertyValues): void {
    // A zoom may replace the focused mark by another level's: remember what it stood for.
    const active = this.shadowRoot?.activeElement;
    this.#focusedIds = active?.matches('.mark') ? active.getAttribute('data-ids') : null;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#view.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.map') ?? undefined);
    this.#keepFocus();
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

  /** Focus was on a mark that this render removed: move it to the mark holding its first coalition, else the map. */
  #keepFocus(): void {
    const ids = this.#focusedIds;
    this.#focusedIds = null;
    if (!ids || this.shadowRoot?.activeElement) return;
    const first = ids.split(' ')[0] ?? '';
    const marks = [...this.renderRoot.querySelectorAll<SVGGElement>('.mark')];
    const home = marks.find((m) => ` ${m.getAttribute('data-ids')} `.includes(` ${first} `));
    (home ?? this.renderRoot.querySelector<SVGSVGElement>('svg.map'))?.focus();
  }

  /** The selection and its clusters, computed again only when an input changed. */
  #current(): { shown: Coalition[]; index: ClusterIndex<Coalition> } | undefined {
    const d = this.data.value;
    if (!d) return undefined;
    const key = [d, this.filters, this.themes, this.scope, this.status, this.region, this.q];
    if (!unchanged(this.#memo?.key, key)) {
      const shown = this.#selectFrom(d);
      const pins: Pin<Coalition>[] = [];
      for (const c of shown) {
        const at = d.placed.get(c.id);
        if (at) pins.push({ x: at.x, y: at.y, frame: at.frame, item: c });
      }
      // A level's names and ids are made with it (idle when warmed), not in a gesture's frame.
      const prepare = (clusters: readonly Cluster<Coalition>[]) => {
        for (const k of clusters) {
          if (k.items.length < 2) continue;
          idsOf(k);
          this.#clusterName(k);
        }
      };
      this.#memo = { key, shown, index: new ClusterIndex(pins, (c) => c.id, prepare) };
    }
    return this.#memo;
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

  #setMode(mode: CoalitionMapView): void {
    if (mode === this.mode) return;
    this.mode = mode;
    const m = this.#t.m();
    this.announcement =
      mode === 'list' ? m.listShown(this.#current()?.shown.length ?? 0) : m.mapShown;
    const open = this.#details.opened[0];
    if (mode === 'map' && open) this.#reveal(open);
  }

  /** Opens a coalition's card; focus goes to its title, and back to `opener` on close. */
  #open(c: Coalition, opener: string): void {
    this.#opener = opener;
    this.#details.open(c.id);
    this.focusAfterRender.next(`#${CARD_HEADING_ID}`);
  }

  #close = () => {
    this.#details.closeAll();
    if (this.#opener) this.focusAfterRender.next(this.#opener);
  };

  /** A marker opens its card; a cluster zooms in until it splits. */
  #choose = (cluster: Cluster<Coalition>, byPointer: boolean) => {
    if (byPointer && this.#view.dragged) return;
    const [first] = cluster.items;
    if (!first) return;
    if (cluster.items.length === 1) {
      this.#open(first, markSelector(first.id));
      return;
    }
    this.#zoomInto(cluster);
  };

  /** Zooms to `cluster`'s box, at least one step; focus then goes to its first mark. */
  #zoomInto(cluster: Cluster<Coalition>): void {
    const v = this.#view.view;
    const b = cluster.bounds;
    const span = Math.max(b.w / v.w, b.h / v.h) * 2.5;
    const factor = Math.min(
      Math.max(1 / Math.max(span, 1e-6), ZOOM_STEP),
      MAX_ZOOM / this.#view.zoom,
    );
    const w = v.w / factor;
    const h = v.h / factor;
    this.#view.show({ x: b.x + b.w / 2 - w / 2, y: b.y + b.h / 2 - h / 2, w, h }, false);
    const ids = new Set(cluster.items.map((c) => c.id));
    this.focusAfterRender.next(() => {
      const marks = this.#visibleClusters();
      const mark = marks.find((k) => k.items.some((c) => ids.has(c.id)));
      if (!mark) return undefined;
      const key = mark.items.length > 1 ? `c:${mark.key}` : mark.key;
      return this.renderRoot.querySelector<HTMLElement>(markSelector(key));
    });
  }

  /** Shows `id` as a marker of its own (zooming in as far as needed), centred. */
  #reveal(id: string): void {
    const index = this.#current()?.index;
    const pin = index?.pins.find((p) => p.item.id === id);
    if (!index || !pin) return;
    const ppuAtZoom1 = this.#view.pxPerUnit / this.#view.zoom;
    let zoom = this.#view.zoom;
    const alone = (z: number) =>
      index.at(ppuAtZoom1 * z).some((k) => k.items.length === 1 && k.key === id);
    while (zoom < MAX_ZOOM && !alone(zoom)) zoom = Math.min(MAX_ZOOM, zoom * Math.SQRT2);
    const w = 1000 / zoom;
    const h = 800 / zoom;
    this.#view.show({ x: pin.x - w / 2, y: pin.y - h / 2, w, h }, false);
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
    return inView(index.at(this.#view.pxPerUnit), this.#view.view, 0);
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.#details.opened.length) {
      e.preventDefault();
      this.#close();
    }
  };

  #onMapKeydown = (e: KeyboardEvent) => {
    // Enter and Space on a mark are its own; the rest moves the map.
    if (e.key === 'Enter' || e.key === ' ') return;
    // Zooming from a mark keeps that mark in place, so it stays in view (and focused).
    const mark = (e.target as Element).closest?.('.mark');
    const at =
      mark && /translate\(([\d.-]+) ([\d.-]+)\)/.exec(mark.getAttribute('transform') ?? '');
    this.#view.handleKey(e, at ? { x: Number(at[1]), y: Number(at[2]) } : undefined);
  };

  #markerName = (c: Coalition) => {
    const where = c.locality ?? c.region;
    return where && !c.name.toLowerCase().includes(where.toLowerCase())
      ? `${c.name}, ${where}`
      : c.name;
  };

  /** Names are computed once per cluster and language: a cluster may hold thousands. */
  readonly #names = new WeakMap<Cluster<Coalition>, { lang: string; name: string }>();

  #clusterName = (k: Cluster<Coalition>) => {
    const lang = this.resolvedLang;
    const known = this.#names.get(k);
    if (known?.lang === lang) return known.name;
    const name = this.#nameOf(k, lang);
    this.#names.set(k, { lang, name });
    return name;
  };

  #nameOf(k: Cluster<Coalition>, lang: 'fr' | 'en'): string {
    let best: Coalition | undefined;
    let bestD = Infinity;
    const placed = this.data.value?.placed;
    for (const c of k.items) {
      const p = placed?.get(c.id);
      const d = p ? (p.x - k.x) ** 2 + (p.y - k.y) ** 2 : Infinity;
      if ((c.locality || c.region) && d < bestD) [best, bestD] = [c, d];
    }
    const frame = FRAME_NAMES.get(k.frame);
    const place =
      best?.locality ?? best?.region ?? (lang === 'en' ? frame?.nameEn : frame?.name) ?? '';
    return mapMessages[lang].cluster(k.items.length, place);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton skeleton-map" part="skeleton" aria-hidden="true"></div>`;
  }

  protected renderContent(data: MapData): TemplateResult {
    const m = this.#t.m();
    const current = this.#current();
    const shown = current?.shown ?? [];
    const index = current?.index;
    const cardFor = (c: Coalition) =>
      renderCard(c, {
        lang: this.resolvedLang,
        m,
        level: headingLevel(this.headingLevel, 3),
        themeLabels: new Map((this.collective?.themes ?? []).map((t) => [t.id, t.label])),
        memberNames: data.memberNames,
        onClose: this.#close,
      });
    const openId = this.#details.opened[0];
    const open = openId ? shown.find((c) => c.id === openId) : undefined;
    const empty = this.data.state === 'empty';
    return html`<div class="layout" @keydown=${this.#onKeydown}>
      ${empty ? nothing : this.#renderViews()}
      ${empty || this.noFilters ? nothing : this.#renderFilters(data)}
      ${
        shown.length === 0
          ? html`<p class="empty" part="empty" data-focus-after-retry tabindex="-1">
              ${empty ? m.empty : m.noMatch}
            </p>`
          : this.mode === 'list'
            ? html`<p class="note muted" part="note" id="ck-map-list-note">${m.listNote}</p>
                ${renderList({
                  m,
                  visible: this.#paging.visible(shown),
                  placed: new Set(index?.pins.map((p) => p.item.id)),
                  isOpen: (id) => this.#details.isOpen(id),
                  card: cardFor,
                  onChoose: (c) =>
                    this.#details.isOpen(c.id) ? this.#close() : this.#open(c, itemSelector(c.id)),
                })}
                ${this.#paging.renderMore(shown, m.showMore, (c) => itemSelector(c.id))}`
            : html`${this.#renderMap(shown.length - (index?.size ?? 0))}
              ${open && data.placed.has(open.id) ? cardFor(open) : nothing}`
      }
    </div>`;
  }

  #renderViews(): TemplateResult {
    const m = this.#t.m();
    const button = (mode: CoalitionMapView, label: string) =>
      html`<button
        type="button"
        class="button view"
        aria-pressed=${String(this.mode === mode)}
        @click=${() => this.#setMode(mode)}
      >
        ${label}
      </button>`;
    return html`<div class="views" part="views" role="group" aria-label=${m.views}>
      ${button('map', m.showMap)} ${button('list', m.showList)}
    </div>`;
  }

  #renderMap(unplaced: number): TemplateResult {
    const m = this.#t.m();
    const lang = this.resolvedLang;
    const view = this.#view;
    const ppu = view.pxPerUnit;
    const index = this.#current()?.index;
    const drawn = index ? this.#clustersAt(index, ppu) : { clusters: [], exact: true };
    const clusters = inView(drawn.clusters, view.view, 0);
    const openId = this.#details.opened[0];
    const control = (label: string, glyph: IconName, action: () => void, disabled = false) =>
      html`<button
        type="button"
        class="button control"
        aria-label=${label}
        title=${label}
        ?disabled=${disabled}
        @click=${action}
      >
        ${icon(glyph)}
      </button>`;
    return html`<div
        class="map-frame"
        part="map"
        data-level=${levelOf(ppu)}
        data-pending=${drawn.exact ? nothing : ''}
      >
        <svg
          class="map"
          viewBox=${this.#view.viewBox}
          role="group"
          aria-label=${m.label}
          aria-describedby="ck-map-hint"
          tabindex="0"
          @keydown=${this.#onMapKeydown}
        >
          ${renderBaseMap({ lang, highlight: this.filters.region || this.region })}
          ${renderMarkers({
            clusters,
            pxPerUnit: ppu,
            selected: openId,
            clusterName: this.#clusterName,
            markerName: this.#markerName,
            onChoose: this.#choose,
          })}
        </svg>
        <div class="controls" part="controls" role="group" aria-label=${m.controls}>
          ${control(m.zoomIn, 'zoomIn', () => view.zoomBy(ZOOM_STEP), !view.canZoomIn)}
          ${control(m.zoomOut, 'zoomOut', () => view.zoomBy(1 / ZOOM_STEP), !view.canZoomOut)}
          ${control(m.panNorth, 'north', () => view.panBy(0, -PAN_STEP))}
          ${control(m.panWest, 'west', () => view.panBy(-PAN_STEP, 0))}
          ${control(m.panEast, 'east', () => view.panBy(PAN_STEP, 0))}
          ${control(m.panSouth, 'south', () => view.panBy(0, PAN_STEP))}
          ${control(m.reset, 'reset', () => view.reset())}
        </div>
      </div>
      <div class="muted note" part="note" id="ck-map-hint">
        <p>${m.mapHint}</p>
        <p>${m.insets(insetNames(lang))}</p>
        ${unplaced > 0 ? html`<p>${m.mapNote(unplaced)}</p>` : nothing}
      </div>
      <p class="attribution muted" part="attribution">
        <a href=${ATTRIBUTION.url} rel="noopener noreferrer">${ATTRIBUTION[lang]}</a>
      </p>`;
  }

  #renderFilters(data: MapData): TemplateResult {
    const m = this.#t.m();
    return renderFilterForm<keyof MapFilters>({
      label: m.filters,
      values: this.filters,
      all: m.all,
      reset: m.resetFilters,
      onChange: this.#handleFilter,
      onReset: this.#handleReset,
      fields: this.#filterFields(data),
    });
  }

  #fields: { key: unknown[]; fields: FilterFields } | undefined;

  /** The form's choices, computed again only when their inputs change (not at each pan or zoom). */
  #filterFields(data: MapData): FilterFields {
    const m = this.#t.m();
    const key = [
      data,
      m,
      this.resolvedLang,
      this.collective,
      this.themes,
      this.scope,
      this.status,
      this.region,
    ];
    if (unchanged(this.#fields?.key, key)) return this.#fields!.fields;
    const lang = this.resolvedLang;
    const presetThemes = parseList(this.themes);
    const presetScopes = parseList(this.scope);
    const presetStatuses = parseList(this.status);
    const byLabel = (a: readonly [string, string], b: readonly [string, string]) =>
      a[1].localeCompare(b[1], lang);
    const presentOf = (pick: (c: Coalition) => (string | undefined)[]) => [
      ...new Set(data.coalitions.flatMap(pick).filter((x): x is string => Boolean(x))),
    ];
    const keep = (preset: string[]) => (v: string) => !preset.length || preset.includes(v);
    const themeLabels = new Map((this.collective?.themes ?? []).map((t) => [t.id, t.label]));
    const fields: FilterFields = [
      { kind: 'search', name: 'q', label: m.search },
      {
        kind: 'select',
        name: 'theme',
        label: m.theme,
        options: presentOf((c) => c.themes ?? [])
          .filter(keep(presetThemes))
          .map((t): [string, string] => [t, themeLabels.get(t) ?? t])
          .sort(byLabel),
      },
      {
        kind: 'select',
        name: 'scope',
        label: m.scope,
        options: presentOf((c) => [c.scope])
          .filter(keep(presetScopes))
          .map((s): [string, string] => [s, m.scopes[s as Coalition['scope']]]),
      },
      {
        kind: 'select',
        name: 'status',
        label: m.status,
        options: presentOf((c) => [c.status])
          .filter(keep(presetStatuses))
          .map((s): [string, string] => [s, m.statuses[s as Coalition['status']]]),
      },
      !this.region && {
        kind: 'select',
        name: 'region',
        label: m.region,
        options: presentOf((c) => [c.region])
          .map((r): [string, string] => [r, r])
          .sort(byLabel),
      },
    ];
    this.#fields = { key, fields };
    return fields;
  }
}

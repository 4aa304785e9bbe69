/**
 * Markers and clusters as SVG buttons (`role="button"`, in the tab order, named), drawn at a
 * constant size on screen whatever the zoom: `scale(1 / pxPerUnit)` in a `transform`
 * attribute, never a style. Each mark keeps its element from one render to the next (by its
 * key), so the focused one stays focused while the map moves and marks come and go.
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import type { Coalition } from '@coalition-kit/sdk';
import type { Cluster } from './cluster.js';
import { digitsPath } from './digits.js';

export interface MarkersContext {
  clusters: readonly Cluster<Coalition>[];
  /** CSS px per viewBox unit. */
  pxPerUnit: number;
  selected: string | undefined;
  /** A cluster's accessible name. */
  clusterName: (c: Cluster<Coalition>) => string;
  /** A marker's accessible name. */
  markerName: (c: Coalition) => string;
  /** `byPointer`: a click (which may end a drag, not a choice). */
  onChoose: (c: Cluster<Coalition>, byPointer: boolean) => void;
}

/** `data-key` of a mark, to find it again (focus return). */
export const markSelector = (key: string) => `[data-key="${CSS.escape(key)}"]`;

const round = (n: number) => Math.round(n * 100) / 100;

// `data-ids`: the coalitions a mark stands for (tests, partner scripts); once per cluster.
const idsCache = new WeakMap<Cluster<Coalition>, string>();
export const idsOf = (c: Cluster<Coalition>) => {
  let ids = idsCache.get(c);
  if (ids === undefined) idsCache.set(c, (ids = c.items.map((i) => i.id).join(' ')));
  return ids;
};

/** `data-key` of a mark: a cluster's differs from its first coalition's marker. */
export const keyOf = (c: Cluster<Coalition>) => (c.items.length > 1 ? `c:${c.key}` : c.key);

/**
 * The group the marks go in, with one listener for every mark (no two per mark to bind again
 * at each pan or zoom step); `drawMarks` fills it once rendered.
 */
export function renderMarkers(x: MarkersContext): SVGTemplateResult {
  const chosen = (e: Event) => {
    const key = (e.target as Element).closest?.('.mark')?.getAttribute('data-key');
    return x.clusters.find((c) => keyOf(c) === key);
  };
  const onClick = (e: Event) => {
    const c = chosen(e);
    if (c) x.onChoose(c, true);
  };
  const onKeydown = (e: KeyboardEvent) => {
    const c = (e.key === 'Enter' || e.key === ' ') && chosen(e);
    if (!c) return;
    e.preventDefault();
    x.onChoose(c, false);
  };
  return svg`<g class="marks" @click=${onClick} @keydown=${onKeydown}></g>`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const make = (parent: Element, tag: string, attrs: Record<string, string>) => {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  parent.append(el);
  return el as SVGGElement;
};
/** Sets an attribute only when it changes (no style work for the marks that did not move). */
const set = (el: Element | null, name: string, value: string) => {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/**
 * Draws `x.clusters` in `marks` (the group `renderMarkers` made), in their order: a mark
 * already there is updated in place, one gone is removed, a new one is inserted where it goes.
 */
export function drawMarks(marks: Element, x: MarkersContext): void {
  const s = round(1 / x.pxPerUnit);
  const keys = new Set(x.clusters.map(keyOf));
  const kept = new Map<string, SVGGElement>();
  for (const el of [...marks.children] as SVGGElement[]) {
    const key = el.getAttribute('data-key') ?? '';
    if (keys.has(key)) kept.set(key, el);
    else el.remove();
  }
  let next = marks.firstElementChild;
  for (const c of x.clusters) {
    const key = keyOf(c);
    const single = c.items.length === 1 ? c.items[0] : undefined;
    let el = kept.get(key);
    if (!el) {
      el = make(marks, 'g', { role: 'button', tabindex: '0', 'data-key': key });
      set(el, 'part', single ? 'marker' : 'cluster');
      make(el, 'circle', { class: 'dot' });
      if (!single) make(el, 'path', { class: 'count' });
    }
    const chosen = Boolean(single && single.id === x.selected);
    // A marker is a 24 px target (WCAG 2.5.8); a cluster grows a little with its count.
    const r = single ? 12 : Math.min(22, 14 + Math.log2(c.items.length) * 1.2);
    set(el, 'class', single ? (chosen ? 'mark marker selected' : 'mark marker') : 'mark cluster');
    set(el, 'data-ids', idsOf(c));
    set(el, 'aria-label', single ? x.markerName(single) : x.clusterName(c));
    if (single) set(el, 'aria-expanded', String(chosen));
    set(el, 'transform', `translate(${round(c.x)} ${round(c.y)}) scale(${s})`);
    set(el.firstElementChild, 'r', String(round(r)));
    if (!single) set(el.lastElementChild, 'd', digitsPath(c.items.length));
    if (el === next) next = el.nextElementSibling;
    else marks.insertBefore(el, next);
  }
}

export const markerStyles = css`
  .mark {
    cursor: pointer;
    outline: none;
  }
  .mark .dot {
    fill: var(--ck-map-marker, var(--_ck-primary));
    stroke: var(--_ck-bg);
    stroke-width: 2;
  }
  .mark.cluster .dot {
    fill: var(--ck-map-cluster, var(--_ck-accent));
  }
  .mark .count {
    fill: none;
    stroke: var(--_ck-on-primary);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .mark.selected .dot {
    stroke: var(--_ck-text);
    stroke-width: 3;
  }
  .mark:hover .dot {
    stroke: var(--_ck-text);
  }
  /* Focus: a thick ring in the focus colour, outside the dot's fill. */
  .mark:focus-visible .dot {
    stroke: var(--_ck-focus);
    stroke-width: 5;
  }
  @media (forced-colors: active) {
    .mark .dot {
      fill: LinkText;
      stroke: Canvas;
    }
    .mark.cluster .dot {
      fill: ButtonText;
    }
    .mark .count {
      stroke: ButtonFace;
    }
    .mark.selected .dot {
      fill: Highlight;
      stroke: CanvasText;
    }
    .mark:focus-visible .dot {
      stroke: Highlight;
    }
  }
`;

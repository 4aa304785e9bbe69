/**
 * Markers and clusters as SVG buttons (`role="button"`, in the tab order, named), drawn at a
 * constant size on screen whatever the zoom: `scale(1 / pxPerUnit)` in a `transform`
 * attribute, never a style.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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

export function renderMarkers(x: MarkersContext): SVGTemplateResult {
  const s = round(1 / x.pxPerUnit);
  // One listener for every mark (no two per mark to bind again at each pan or zoom step).
  const byKey = new Map(x.clusters.map((c) => [keyOf(c), c]));
  const chosen = (e: Event) => {
    const mark = (e.target as Element).closest?.('.mark');
    return mark ? byKey.get(mark.getAttribute('data-key') ?? '') : undefined;
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
  return svg`<g class="marks" @click=${onClick} @keydown=${onKeydown}>${repeat(
    x.clusters,
    keyOf,
    (c) => {
      const single = c.items.length === 1 ? c.items[0] : undefined;
      const chosen = Boolean(single && single.id === x.selected);
      // A marker is a 24 px target (WCAG 2.5.8); a cluster grows a little with its count.
      const r = single ? 12 : Math.min(22, 14 + Math.log2(c.items.length) * 1.2);
      return svg`<g
        class=${single ? (chosen ? 'mark marker selected' : 'mark marker') : 'mark cluster'}
        part=${single ? 'marker' : 'cluster'}
        role="button"
        tabindex="0"
        data-key=${keyOf(c)}
        data-ids=${idsOf(c)}
        aria-label=${single ? x.markerName(single) : x.clusterName(c)}
        aria-expanded=${single ? String(chosen) : nothing}
        transform="translate(${round(c.x)} ${round(c.y)}) scale(${s})"
      >
        <circle class="dot" r=${round(r)}></circle>
        ${single ? nothing : svg`<path class="count" d=${digitsPath(c.items.length)}></path>`}
      </g>`;
    },
  )}</g>`;
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

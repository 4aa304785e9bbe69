/**
 * The base map as an SVG template: the 18 regions and the frames of the overseas insets, with
 * a `<title>` each. Decorative (hidden from assistive technologies): what a map says is in its
 * markers and in the list beside it. Reused by any widget that shows or places a point: put it
 * in `<svg viewBox=${view.viewBox}>` (`MapViewController`) and draw your own marks after it.
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import type { Lang } from '../shared/i18n.js';
import { INSETS, REGIONS, VIEW_BOX } from './geo/france-regions.js';

export interface BaseMapOptions {
  lang: Lang;
  /** Name (as feeds spell it, e.g. "Hauts-de-France") or INSEE code of a region to stress. */
  highlight?: string | undefined;
}

/** `<svg viewBox>` of the whole map. */
export const FULL_VIEW_BOX = `${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.w} ${VIEW_BOX.h}`;

/** The regions and inset frames, to draw first inside the map's `<svg>`; then your marks. */
export function renderBaseMap({ lang, highlight }: BaseMapOptions): SVGTemplateResult {
  const wanted = highlight?.trim().toLowerCase();
  return svg`<g class="base-map" aria-hidden="true">
    ${INSETS.map(
      (f) =>
        svg`<rect class="inset" x=${f.box.x} y=${f.box.y} width=${f.box.w} height=${f.box.h}></rect>`,
    )}
    ${REGIONS.map(
      (r) =>
        svg`<path class=${wanted && (r.name.toLowerCase() === wanted || r.code === wanted) ? 'region highlight' : 'region'} d=${r.d}><title>${lang === 'en' ? r.nameEn : r.name}</title></path>`,
    )}
  </g>`;
}

/** "Guadeloupe, Martinique, Guyane, La Réunion, Mayotte": the insets, top to bottom, for a caption. */
export const insetNames = (lang: Lang) =>
  INSETS.map((f) => (lang === 'en' ? f.nameEn : f.name)).join(', ');

/** Colours of the base map (custom properties of the host: `--ck-map-land`, `--ck-map-border`). */
export const baseMapStyles = css`
  /* The base map is not interactive: presses go to the map (drag) and to the marks. */
  .base-map .region,
  .base-map .inset {
    pointer-events: none;
  }
  .base-map .region {
    fill: var(--ck-map-land, var(--_ck-surface));
    stroke: var(--ck-map-border, var(--_ck-border));
    stroke-width: 0.8;
    vector-effect: non-scaling-stroke;
  }
  .base-map .region.highlight {
    fill: var(--ck-map-highlight, color-mix(in srgb, var(--_ck-primary) 18%, var(--_ck-surface)));
  }
  .base-map .inset {
    fill: none;
    stroke: var(--_ck-border);
    stroke-width: 1;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  @media (forced-colors: active) {
    .base-map .region {
      fill: Canvas;
      stroke: CanvasText;
    }
    .base-map .region.highlight {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 2;
    }
    .base-map .inset {
      stroke: GrayText;
    }
  }
`;

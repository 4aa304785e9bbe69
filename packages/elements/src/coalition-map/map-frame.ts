/** The pieces around the map: the map / list switch, the zoom and move buttons, the notes below. */
import { html, nothing, type TemplateResult } from 'lit';
import { insetNames } from './base-map.js';
import { ATTRIBUTION } from './geo/france-regions.js';
import { icon, type IconName } from './icons.js';
import type { MapMessages } from './messages.js';
import { PAN_STEP, ZOOM_STEP, type MapViewController } from './view.js';

export type CoalitionMapView = 'map' | 'list';

export function renderViews(
  m: MapMessages,
  mode: CoalitionMapView,
  setMode: (mode: CoalitionMapView) => void,
): TemplateResult {
  const button = (to: CoalitionMapView, label: string) =>
    html`<button
      type="button"
      class="button view"
      aria-pressed=${String(mode === to)}
      @click=${() => setMode(to)}
    >
      ${label}
    </button>`;
  return html`<div class="views" part="views" role="group" aria-label=${m.views}>
    ${button('map', m.showMap)} ${button('list', m.showList)}
  </div>`;
}

/**
 * Zoom and move buttons. At a limit, Zoomer or Dézoomer is `aria-disabled`, not `disabled`: a
 * keyboard visitor pressing it keeps focus there (a disabled button drops it to the page).
 */
export function renderControls(m: MapMessages, view: MapViewController): TemplateResult {
  const control = (label: string, glyph: IconName, action: () => void, disabled = false) =>
    html`<button
      type="button"
      class="button control"
      aria-label=${label}
      title=${label}
      aria-disabled=${String(disabled)}
      @click=${action}
    >
      ${icon(glyph)}
    </button>`;
  return html`<div class="controls" part="controls" role="group" aria-label=${m.controls}>
    ${control(m.zoomIn, 'zoomIn', () => view.zoomBy(ZOOM_STEP), !view.canZoomIn)}
    ${control(m.zoomOut, 'zoomOut', () => view.zoomBy(1 / ZOOM_STEP), !view.canZoomOut)}
    ${control(m.panNorth, 'north', () => view.panBy(0, -PAN_STEP))}
    ${control(m.panWest, 'west', () => view.panBy(-PAN_STEP, 0))}
    ${control(m.panEast, 'east', () => view.panBy(PAN_STEP, 0))}
    ${control(m.panSouth, 'south', () => view.panBy(0, PAN_STEP))}
    ${control(m.reset, 'reset', () => view.reset())}
  </div>`;
}

/** The hint, the insets, the coalitions left off the map (`unplaced`), the base map's credit. */
export function renderMapNotes(
  m: MapMessages,
  lang: 'fr' | 'en',
  unplaced: number,
): TemplateResult {
  return html`<div class="muted note" part="note" id="ck-map-hint">
      <p>${m.mapHint}</p>
      <p>${m.insets(insetNames(lang))}</p>
      ${unplaced > 0 ? html`<p>${m.mapNote(unplaced)}</p>` : nothing}
    </div>
    <p class="attribution muted" part="attribution">
      <a href=${ATTRIBUTION.url} rel="noopener noreferrer">${ATTRIBUTION[lang]}</a>
    </p>`;
}

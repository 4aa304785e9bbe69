import { css } from 'lit';
import { filterFormStyles } from '../shared/list/list.styles.js';
import { baseMapStyles } from './base-map.js';
import { markerStyles } from './markers.js';

/**
 * Layout of the coalition map (its filter form has the list widgets' rules). Fluid down to
 * 320 px; sizes in em or px from :host.
 */
const layoutStyles = css`
  .layout {
    display: grid;
    gap: var(--_ck-gap);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .view[aria-pressed='true'] {
    background: var(--_ck-primary);
    color: var(--_ck-on-primary);
    font-weight: 700;
  }
  /* A stacking context: what follows the map paints above it (zoomed land and marks overflow
     the frame, clipped; tools that ignore the clip then still see the text on top). */
  .map-frame {
    position: relative;
    z-index: 0;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    overflow: hidden;
    background: var(--_ck-bg);
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 1000 / 800;
    touch-action: none;
    user-select: none;
  }
  svg.map:focus-visible {
    outline: 3px solid var(--_ck-focus);
    outline-offset: -3px;
  }
  .controls {
    position: absolute;
    top: 0.5em;
    right: 0.5em;
    display: grid;
    grid-template-columns: repeat(2, auto);
    gap: 0.25em;
  }
  /* On a phone, seven buttons over the map would hide a quarter of it: one row below it. */
  @container (max-width: 30em) {
    .controls {
      position: static;
      grid-template-columns: repeat(7, auto);
      justify-content: center;
      padding: 0.25em;
    }
  }
  .control {
    display: inline-grid;
    place-items: center;
    min-width: 2.25em;
    min-height: 2.25em;
    padding: 0;
    font-size: 1.1em;
    line-height: 1;
  }
  .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .control[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .map-frame ~ * {
    position: relative;
    z-index: 1;
  }
  .note,
  .attribution,
  .note p {
    margin: 0;
    font-size: 0.875em;
  }
  .note p {
    font-size: 1em;
  }
  .muted {
    color: var(--_ck-muted);
  }
  .skeleton-map {
    aspect-ratio: 1000 / 800;
  }
  .empty:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .view[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;

export const coalitionMapStyles = [filterFormStyles, layoutStyles, baseMapStyles, markerStyles];

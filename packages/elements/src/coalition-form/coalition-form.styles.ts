/** Styles of `<ck-coalition-form>` beyond the shared form styles: sections and the small map. */
import { css } from 'lit';

export const coalitionFormStyles = css`
  .declaration > * + * {
    margin-block-start: var(--_ck-gap);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .section > legend {
    margin-block-end: 0.25em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .section > * + * {
    margin-block-start: var(--_ck-gap);
  }
  .map {
    max-width: 28em;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
    cursor: crosshair;
  }
  .map:focus-visible {
    outline: 3px solid var(--_ck-focus);
    outline-offset: 2px;
  }
  .map svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .region {
    fill: var(--_ck-surface);
    stroke: var(--_ck-border);
    stroke-width: 1.5;
  }
  .region.chosen {
    fill: color-mix(in srgb, var(--_ck-primary) 25%, var(--_ck-surface));
  }
  .inset {
    fill: none;
    stroke: var(--_ck-border);
    stroke-dasharray: 4 4;
  }
  .cursor {
    visibility: hidden;
    fill: none;
    stroke: var(--_ck-text);
    stroke-width: 3;
  }
  .map:focus .cursor {
    visibility: visible;
  }
  .marker {
    fill: var(--_ck-primary);
    stroke: var(--_ck-bg);
    stroke-width: 3;
  }
  [part~='map-chosen'] {
    margin: 0.25em 0;
  }
  @media (forced-colors: active) {
    .region {
      fill: Canvas;
      stroke: CanvasText;
    }
    .region.chosen,
    .marker {
      fill: Highlight;
    }
    .cursor {
      stroke: CanvasText;
    }
  }
`;

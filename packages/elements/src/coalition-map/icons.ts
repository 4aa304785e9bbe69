/** Icons of the map's buttons (16 × 16, stroked in the text colour; forced colours follow). */
import { svg, type SVGTemplateResult } from 'lit';

const PATHS = {
  zoomIn: 'M8 3v10M3 8h10',
  zoomOut: 'M3 8h10',
  north: 'M8 13V3M4 7l4-4 4 4',
  south: 'M8 3v10M4 9l4 4 4-4',
  west: 'M13 8H3M7 4 3 8l4 4',
  east: 'M3 8h10M9 4l4 4-4 4',
  reset: 'M3 8a5 5 0 1 0 1.5-3.5M3 2.5v3h3',
} as const;

export type IconName = keyof typeof PATHS;

export const icon = (name: IconName): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d=${PATHS[name]}></path></svg>`;

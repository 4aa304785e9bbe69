/**
 * Brand colours from collective.json become the widgets' default accent. They are set as
 * private custom properties on the host with `style.setProperty` (allowed under a strict
 * `style-src`, unlike `style=` attributes); a partner's `--ck-*` value always wins because
 * the private property is only the fallback of the public one.
 * A colour that would fail WCAG AA (4.5:1 for text on white, white on it for buttons) is
 * refused with a console warning, and the safe default stays.
 */
import type { Brand } from '@coalition-kit/sdk';

/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.x definition). */
export function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Is `colour` usable as text on white and as a background under white text (AA, 4.5:1)? */
export const isReadableOnWhite = (colour: string) =>
  HEX.test(colour) && contrast(colour, '#ffffff') >= 4.5;

const BRAND_PROPERTIES = { primary: '--_ck-brand-primary', accent: '--_ck-brand-accent' } as const;

/** Sets (or clears) the brand defaults on `host`. Returns the colours it refused. */
export function applyBrand(host: HTMLElement, brand: Brand | undefined): string[] {
  const refused: string[] = [];
  for (const [key, property] of Object.entries(BRAND_PROPERTIES) as [keyof Brand, string][]) {
    const colour = brand?.[key];
    if (colour && isReadableOnWhite(colour)) {
      host.style.setProperty(property, colour);
    } else {
      host.style.removeProperty(property);
      if (colour) refused.push(colour);
    }
  }
  if (refused.length) {
    console.warn(
      `Coalition Kit: brand colour ${refused.join(', ')} has a contrast below 4.5:1 with white; the default colour is used instead.`,
    );
  }
  return refused;
}

/** Pairs that must keep 4.5:1: [foreground, background] private properties, and the public one a partner sets. */
const PAIRS: [fg: string, bg: string, publicProperty: string][] = [
  ['--_ck-text', '--_ck-bg', '--ck-color-text'],
  ['--_ck-muted', '--_ck-bg', '--ck-color-muted'],
  ['--_ck-primary', '--_ck-bg', '--ck-color-primary'],
  ['--_ck-on-primary', '--_ck-primary', '--ck-color-on-primary'],
  ['--_ck-danger', '--_ck-bg', '--ck-color-danger'],
];

let canvas: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as `#rrggbb`, or null (transparent, unknown, no canvas). */
function toHex(value: string): string | null {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas || !value.trim()) return null;
  canvas.fillStyle = '#000001'; // a sentinel: an invalid value leaves it unchanged
  canvas.fillStyle = value.trim();
  const hex = String(canvas.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(hex) && hex !== '#000001' ? hex : null;
}

const warnedColours = new Set<string>();

/**
 * A partner's `--ck-color-*` that makes text unreadable (below 4.5:1) is set aside
 * (`initial` on the host makes `var()` use its fallback: brand colour, then our default),
 * with a console warning. Returns the public properties it reset.
 */
export function guardContrast(host: HTMLElement): string[] {
  const reset: string[] = [];
  for (const [fg, bg, publicProperty] of PAIRS) {
    const style = getComputedStyle(host);
    const a = toHex(style.getPropertyValue(fg));
    const b = toHex(style.getPropertyValue(bg));
    if (!a || !b || contrast(a, b) >= 4.5) continue;
    if (!style.getPropertyValue(publicProperty).trim()) continue; // our own defaults: nothing to undo
    host.style.setProperty(publicProperty, 'initial');
    reset.push(publicProperty);
    const key = `${publicProperty}:${a}/${b}`;
    if (!warnedColours.has(key)) {
      warnedColours.add(key);
      console.warn(
        `Coalition Kit: ${publicProperty} gives a contrast of ${contrast(a, b).toFixed(2)}:1 (${a} on ${b}), below 4.5:1; the default colour is used instead.`,
      );
    }
  }
  return reset;
}

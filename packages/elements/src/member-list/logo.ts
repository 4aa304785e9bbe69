/**
 * A member's logo in a fixed box (nothing moves when it arrives): a lazy `<img>` that sends
 * no referrer, or the member's initials when there is no logo, it may not be loaded (another
 * host, see `shared/image-url.ts`) or it fails to load. Never inline SVG: an `<img>` runs no
 * script, whatever the file holds.
 */
import { html, type TemplateResult } from 'lit';

/** Words that do not make initials: "Ville de Lille" → "VL", "L’ADEME Hauts-de-France" → "AH". */
const SMALL = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'en',
  'of',
  'the',
  'and',
]);

export function initials(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const kept = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return (kept.length ? kept : words)
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

export interface LogoOptions {
  name: string;
  /** An allowed URL (`feedImage`), or `null`. */
  src: string | null;
  /** Text alternative of the image. */
  alt: string;
  onError: () => void;
}

export function renderLogo(o: LogoOptions): TemplateResult {
  return html`<span class="logo" part="logo">
    ${
      o.src
        ? html`<img
            src=${o.src}
            alt=${o.alt}
            width="64"
            height="64"
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            @error=${o.onError}
          />`
        : html`<span class="initials" part="initials" aria-hidden="true">${initials(o.name)}</span>`
    }
  </span>`;
}

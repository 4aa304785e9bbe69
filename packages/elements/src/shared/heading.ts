/**
 * Headings at a level the partner chooses (`heading-level`), so the widget fits the page's
 * outline. A switch of literal tags: no `unsafeStatic`, nothing built from strings.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps to 1–6; anything unreadable gives `fallback`. */
export const headingLevel = (value: unknown, fallback = 2): number => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
};

/** A heading that can take focus from code (`tabindex="-1"`), e.g. after "show more". */
export function heading(
  level: number,
  part: string,
  content: unknown,
  idValue?: string,
): TemplateResult {
  const id = ifDefined(idValue);
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${id} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id} tabindex="-1">${content}</h6>`;
  }
}

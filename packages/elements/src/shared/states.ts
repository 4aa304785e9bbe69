/**
 * The four states every widget shows, around its own content: loading (the light-DOM
 * fallback and a skeleton), error (a sentence, a hint, a retry button, the fallback), empty
 * and populated (the widget's content), with a polite live region present from the first
 * render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadState } from './data.js';
import type { Lang } from './i18n.js';

export interface StatesView {
  state: LoadState;
  lang: Lang;
  /** Text of the polite live region. */
  announcement: string;
  skeleton: () => TemplateResult;
  content: () => TemplateResult | typeof nothing;
  error: ErrorView;
}

export interface ErrorView {
  /** "L’agenda n’a pas pu être chargé." */
  sentence: string;
  hint: string;
  /** Label of the retry button; none when retrying cannot help (no feed at all). */
  retry: string | undefined;
  onRetry: () => void;
}

/** The error sentence, its hint and the retry button (also where a widget's piece failed to load). */
export function renderError(e: ErrorView): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p><strong>${e.sentence}</strong></p>
    <p>${e.hint}</p>
    ${
      e.retry === undefined
        ? nothing
        : html`<button type="button" class="button" part="retry-button" @click=${e.onRetry}>
            ${e.retry}
          </button>`
    }
  </div>`;
}

export function renderStates(v: StatesView): TemplateResult {
  const { state } = v;
  return html`<div
    part="base"
    class="base state-${state}"
    lang=${v.lang}
    aria-busy=${state === 'loading' ? 'true' : 'false'}
  >
    ${
      state === 'loading'
        ? html`<div part="fallback"><slot></slot></div>
            ${v.skeleton()}`
        : nothing
    }
    ${
      state === 'error'
        ? html`${renderError(v.error)}
            <div part="fallback"><slot></slot></div>`
        : nothing
    }
    ${state === 'empty' || state === 'populated' ? v.content() : nothing}
    <div role="status" aria-live="polite" class="visually-hidden" part="status-region">
      ${v.announcement}
    </div>
  </div>`;
}

/**
 * Styles every widget shares. Public `--ck-*` properties are read once into private
 * `--_ck-*` ones (partner value → collective brand → default). Sizes are px or em from
 * :host, never rem: partner pages change the root font size.
 */
import { css } from 'lit';

/** Dark palette, for `theme="dark"` and for `theme="auto"` when the visitor prefers dark. */
const darkTokens = css`
  --_ck-primary: var(--ck-color-primary, #8fd6a4);
  --_ck-accent: var(--ck-color-accent, #ffb783);
  --_ck-text: var(--ck-color-text, #f1f1f1);
  --_ck-muted: var(--ck-color-muted, #c4c4c4);
  --_ck-bg: var(--ck-color-background, #161a17);
  --_ck-surface: var(--ck-color-surface, #232a25);
  --_ck-border: var(--ck-color-border, #9a9a9a);
  --_ck-danger: var(--ck-color-danger, #ffb4ab);
  --_ck-on-primary: var(--ck-color-on-primary, #0b1f10);
  --_ck-focus: var(--ck-color-focus, #a8c7fa);
`;

/**
 * Partner pages set inherited text properties on body; reset them all on :host and
 * declare spacing only here, so a visitor's text-spacing override on the host still reaches in.
 */
export const hostStyles = css`
  :host {
    --_ck-primary: var(--ck-color-primary, var(--_ck-brand-primary, #1b6b3a));
    --_ck-accent: var(--ck-color-accent, var(--_ck-brand-accent, #8a3b00));
    --_ck-text: var(--ck-color-text, #1c1c1c);
    --_ck-muted: var(--ck-color-muted, #545454);
    --_ck-bg: var(--ck-color-background, #ffffff);
    --_ck-surface: var(--ck-color-surface, #f3f5f3);
    --_ck-border: var(--ck-color-border, #767676);
    --_ck-danger: var(--ck-color-danger, #b00020);
    --_ck-on-primary: var(--ck-color-on-primary, #ffffff);
    --_ck-focus: var(--ck-color-focus, #0b57d0);
    --_ck-radius: var(--ck-radius, 6px);
    --_ck-gap: var(--ck-gap, 1em);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    container-type: inline-size;
    color: var(--_ck-text);
    background: var(--_ck-bg);
    font-family: var(--ck-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--ck-font-size, 16px);
    font-style: normal;
    font-weight: 400;
    line-height: var(--ck-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    direction: ltr;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    min-width: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_ck-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_ck-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5em;
    min-width: 24px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_ck-primary);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
    color: var(--_ck-primary);
    cursor: pointer;
    text-align: center;
  }
  .button.primary {
    background: var(--_ck-primary);
    color: var(--_ck-on-primary);
  }
  .button:hover {
    text-decoration: underline;
  }
  .skeleton {
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .skeleton-block {
    height: 12em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: ck-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes ck-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .error {
    border-inline-start: 4px solid var(--_ck-danger);
    padding: 0.75em 1em;
    background: var(--_ck-surface);
  }
  .error p {
    margin: 0 0 0.5em;
  }
  @media (forced-colors: active) {
    .button,
    .button.primary {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .skeleton {
      border: 1px solid CanvasText;
    }
    .error {
      border: 1px solid CanvasText;
    }
  }
`;

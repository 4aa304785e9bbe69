/** Styles of `<ck-pledge-form>`: px/em only, spacing inherited from :host. */
import { css } from 'lit';

export const pledgeFormStyles = css`
  .campaign > * + * {
    margin-block-start: var(--_ck-gap);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  [part~='description'] {
    margin-block-end: 0;
  }
  .counter {
    padding: 0.75em 1em;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .count {
    margin: 0;
  }
  .count strong {
    font-size: 1.2em;
  }
  progress {
    display: block;
    width: 100%;
    height: 1em;
    margin-block: 0.5em;
    accent-color: var(--_ck-primary);
  }
  .recent-label {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  [part~='recent'] {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .share a {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.15em;
  }
  @media (forced-colors: active) {
    .counter {
      border: 1px solid CanvasText;
    }
  }
`;

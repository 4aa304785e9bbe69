/** Styles of every form widget: fields, choices, errors, boxes of the sending states. px/em only. */
import { css } from 'lit';

export const formStyles = css`
  form > * + *,
  .plain > * + * {
    margin-block-start: var(--_ck-gap);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .group legend {
    padding: 0;
  }
  .field label,
  .group legend {
    display: block;
    font-weight: 600;
  }
  .marker {
    font-weight: 400;
  }
  .hint {
    margin: 0.15em 0 0.35em;
    color: var(--_ck-muted);
  }
  .hint.indent {
    margin-block-start: 0;
    padding-inline-start: 2em;
  }
  input[type='text'],
  input[type='email'],
  input[type='url'],
  select,
  textarea {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: 2.5em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
    background: var(--_ck-bg);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_ck-danger);
    border-width: 2px;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin-block: 0.35em;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_ck-primary);
  }
  .choice label {
    min-width: 0;
  }
  .field-error {
    margin: 0.2em 0;
    color: var(--_ck-danger);
    font-weight: 600;
  }
  .summary,
  .form-error,
  .pending.failed {
    border-inline-start: 4px solid var(--_ck-danger);
  }
  .summary {
    padding: 0.75em 1em;
    background: var(--_ck-surface);
  }
  .summary p,
  .summary ul {
    margin: 0;
  }
  .summary ul {
    padding-inline-start: 1.25em;
    margin-block-start: 0.35em;
  }
  .summary a {
    color: var(--_ck-danger);
  }
  .box {
    margin: 0;
    padding: 0.75em 1em;
    border-radius: var(--_ck-radius);
    background: var(--_ck-surface);
  }
  .box p {
    margin: 0 0 0.5em;
  }
  .box p:last-child {
    margin-block-end: 0;
  }
  .pending,
  .progress {
    border-inline-start: 4px solid var(--_ck-accent);
  }
  .notice {
    padding: 0.75em 1em;
    border: 1px solid var(--_ck-border);
    border-radius: var(--_ck-radius);
  }
  .notice p,
  .notice ul {
    margin: 0;
  }
  .notice ul {
    padding-inline-start: 1.25em;
    margin-block: 0.35em;
  }
  .thanks {
    border-inline-start: 4px solid var(--_ck-primary);
  }
  .thanks [part~='thanks-title'] {
    margin: 0 0 0.35em;
    font-size: 1.2em;
  }
  /* Fixed, not absolute: off-screen without widening the scroll of a right-to-left page. */
  .hp {
    position: fixed;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  [hidden] {
    display: none !important;
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  @media (forced-colors: active) {
    .summary,
    .form-error,
    .pending,
    .progress,
    .thanks {
      border: 1px solid CanvasText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;

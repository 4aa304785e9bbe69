/**
 * The list of errors a checked submit shows above the form (loaded once the visitor has
 * started, with `send.ts`); each link puts the focus in its field's control.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldParts } from './field-parts.js';

/** A summary link: focus in its control (in the link's own root: the widget's shadow root). */
function focusControl(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  root.getElementById(id)?.focus();
}

export function renderErrorSummary<F extends string>(
  f: FieldParts<F>,
): TemplateResult | typeof nothing {
  if (f.errors.size === 0) return nothing;
  const m = f.m;
  return html`<div class="summary" part="error-summary" role="alert" tabindex="-1">
    <p><strong>${m.summary(f.errors.size)}</strong></p>
    <ul>
      ${[...f.errors].map(
        ([field, message]) =>
          html`<li>
            <a
              href="#${f.controlId(field)}"
              @click=${(e: Event) => focusControl(e, f.controlId(field))}
              >${m.fieldError(f.spec.labels[field], message)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

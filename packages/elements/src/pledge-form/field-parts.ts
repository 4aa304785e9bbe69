/**
 * Pieces of the form's fields: labels marked "obligatoire"/"facultatif", the message next to
 * an invalid field and its wiring (`aria-invalid`, `aria-describedby`), the error summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { controlId, type Field } from './fields.js';
import type { PledgeMessages } from './messages.js';

type TextField = 'name' | 'email' | 'organisation' | 'postalCode';

export interface TextFieldOptions {
  type: string;
  autocomplete: string;
  required: boolean;
  hint?: string;
  maxlength?: number;
  hidden?: boolean;
}

export class FieldParts {
  constructor(
    readonly m: PledgeMessages,
    readonly errors: ReadonlyMap<Field, string>,
  ) {}

  /** The ids that describe a control: its hint, then its error when it has one. */
  describedBy(field: Field, hint?: string): string | typeof nothing {
    const ids = [hint, this.errors.has(field) ? `${field}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  invalid(field: Field): 'true' | typeof nothing {
    return this.errors.has(field) ? 'true' : nothing;
  }

  error(field: Field): TemplateResult | typeof nothing {
    const message = this.errors.get(field);
    return message
      ? html`<p class="field-error" id="${field}-error" part="field-error">${message}</p>`
      : nothing;
  }

  required(): TemplateResult {
    return html` <span class="marker">(${this.m.required})</span>`;
  }

  optional(): TemplateResult {
    return html` <span class="marker">(${this.m.optional})</span>`;
  }

  textField(field: TextField, o: TextFieldOptions): TemplateResult {
    const hintId = o.hint ? `${field}-hint` : undefined;
    return html`<div class="field" ?hidden=${o.hidden ?? false}>
      <label for=${field}>${this.m[field]}${o.required ? this.required() : this.optional()}</label>
      ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing} ${this.error(field)}
      <input
        id=${field}
        name=${field}
        type=${o.type}
        autocomplete=${o.autocomplete}
        maxlength=${o.maxlength ?? nothing}
        ?required=${o.required}
        aria-invalid=${this.invalid(field)}
        aria-describedby=${this.describedBy(field, hintId)}
      />
    </div>`;
  }

  /** The list of errors; each link puts the focus in its field (`onLink`). */
  summary(onLink: (event: Event, field: Field) => void): TemplateResult | typeof nothing {
    if (this.errors.size === 0) return nothing;
    const m = this.m;
    const labels: Record<Field, string> = {
      commitments: m.commitments,
      pledgerKind: m.kind,
      organisation: m.organisation,
      name: m.name,
      email: m.email,
      postalCode: m.postalCode,
      message: m.message,
      public: m.public,
      consent: m.consent,
    };
    return html`<div class="summary" part="error-summary" role="alert" tabindex="-1">
      <p><strong>${m.summary(this.errors.size)}</strong></p>
      <ul>
        ${[...this.errors].map(
          ([field, message]) =>
            html`<li>
              <a href="#${controlId(field)}" @click=${(e: Event) => onLink(e, field)}
                >${m.fieldError(labels[field], message)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }
}

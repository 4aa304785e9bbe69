/**
 * Pieces of a form's fields: labels marked "obligatoire"/"facultatif", the message next to
 * an invalid field and its wiring (`aria-invalid`, `aria-describedby`), the consent box
 * (the error summary, shown only once a submit was checked, is in `error-summary.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormMessages } from './messages.js';

export interface TextFieldOptions {
  type: string;
  autocomplete: string;
  required: boolean;
  hint?: string;
  maxlength?: number;
  hidden?: boolean;
  /** A `<textarea>` of this many rows instead of an `<input>`. */
  rows?: number;
  /** The control's id when it is not the field's name (several fields of one kind). */
  id?: string;
}

export interface ChoiceGroupOptions {
  type: 'checkbox' | 'radio';
  required: boolean;
  /** The boxes' ids: `${idPrefix}-0`, `${idPrefix}-1`… */
  idPrefix: string;
  choices: readonly { value: string; label: string; checked?: boolean }[];
  /** A hint under the legend (its id: `${field}-hint`). */
  hint?: string;
  /** Mark the boxes `aria-invalid` when the field has an error. */
  markInvalid?: boolean;
}

export interface FieldSpec<F extends string> {
  /** The label of each field, as the summary names it. */
  labels: Record<F, string>;
  /** The id of the control a summary link focuses (the first box of a group). */
  controlId?: (field: F) => string;
}

export class FieldParts<F extends string> {
  constructor(
    readonly m: FormMessages,
    readonly errors: ReadonlyMap<F, string>,
    readonly spec: FieldSpec<F>,
  ) {}

  controlId(field: F): string {
    return this.spec.controlId?.(field) ?? field;
  }

  /** The ids that describe a control: its hint, then its error when it has one. */
  describedBy(field: F, hint?: string): string | typeof nothing {
    const ids = [hint, this.errors.has(field) ? `${field}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  invalid(field: F): 'true' | typeof nothing {
    return this.errors.has(field) ? 'true' : nothing;
  }

  error(field: F): TemplateResult | typeof nothing {
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

  /** A labelled text input (or textarea), with its hint and error wired to it. */
  textField(field: F, o: TextFieldOptions): TemplateResult {
    const id = o.id ?? field;
    const hintId = o.hint ? `${id}-hint` : undefined;
    const common = {
      invalid: this.invalid(field),
      describedBy: this.describedBy(field, hintId),
    };
    return html`<div class="field" ?hidden=${o.hidden ?? false}>
      <label for=${id}
        >${this.spec.labels[field]}${o.required ? this.required() : this.optional()}</label
      >
      ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing} ${this.error(field)}
      ${
        o.rows
          ? html`<textarea
              id=${id}
              name=${field}
              rows=${o.rows}
              maxlength=${o.maxlength ?? nothing}
              ?required=${o.required}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedBy}
            ></textarea>`
          : html`<input
              id=${id}
              name=${field}
              type=${o.type}
              autocomplete=${o.autocomplete}
              maxlength=${o.maxlength ?? nothing}
              ?required=${o.required}
              aria-invalid=${common.invalid}
              aria-describedby=${common.describedBy}
            />`
      }
    </div>`;
  }

  /** A group of checkboxes or radios under a legend, with its hint and error wired to each box. */
  choiceGroup(field: F, o: ChoiceGroupOptions): TemplateResult {
    const hintId = o.hint ? `${field}-hint` : undefined;
    const describedBy = this.describedBy(field, hintId);
    const invalid = o.markInvalid ? this.invalid(field) : nothing;
    return html`<fieldset class="group">
      <legend>${this.spec.labels[field]}${o.required ? this.required() : this.optional()}</legend>
      ${o.hint ? html`<p class="hint" id=${hintId!}>${o.hint}</p>` : nothing} ${this.error(field)}
      ${o.choices.map(
        (c, i) =>
          html`<div class="choice">
            <input
              type=${o.type}
              id="${o.idPrefix}-${i}"
              name=${field}
              .value=${c.value}
              ?checked=${c.checked ?? false}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            />
            <label for="${o.idPrefix}-${i}">${c.label}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  /** The consent box, unticked, described by the notice (`#notice`) and its error. */
  consent(field: F): TemplateResult {
    return html`${this.error(field)}
      <div class="choice">
        <input
          type="checkbox"
          id=${field}
          name=${field}
          required
          aria-invalid=${this.invalid(field)}
          aria-describedby=${this.describedBy(field, 'notice')}
        />
        <label for=${field}>${this.spec.labels[field]}${this.required()}</label>
      </div>`;
  }
}

/**
 * A visitor's filter form, drawn from a description of its fields: a search box, choice
 * lists (one with fewer than two options is left out) and dates. Changing a field never
 * moves focus; the widget says in its live region how many items match. Clearing them moves
 * focus from the clear button, which goes, to the first field.
 */
import { html, nothing, type TemplateResult } from 'lit';

export type FilterField<N extends string> =
  | { kind: 'search'; name: N; label: string }
  | { kind: 'date'; name: N; label: string }
  /** `options` as `[value, label]`; the first choice, `''`, is `all`. */
  | { kind: 'select'; name: N; label: string; options: readonly (readonly [string, string])[] };

export interface FilterFormOptions<N extends string> {
  /** The form's accessible name ("Filtrer les événements"). */
  label: string;
  /** The fields in order; `false` / `undefined` entries (hidden by a preset) are skipped. */
  fields: readonly (FilterField<N> | false | undefined)[];
  values: Readonly<Record<N, string>>;
  /** Label of a choice list's empty choice ("Tous"). */
  all: string;
  /** Label of the button that clears every field, shown while one has a value (not blank). */
  reset: string;
  onChange: (name: N, value: string) => void;
  onReset: () => void;
}

export function renderFilterForm<N extends string>(o: FilterFormOptions<N>): TemplateResult {
  const v = o.values;
  const changed = (e: Event) => {
    const control = e.target as HTMLInputElement | HTMLSelectElement;
    o.onChange(control.name as N, control.value);
  };
  const field = (f: FilterField<N>) => {
    const id = `ck-filter-${f.name}`;
    switch (f.kind) {
      case 'search':
        return html`<div class="field search">
          <label for=${id}>${f.label}</label>
          <input
            id=${id}
            type="search"
            name=${f.name}
            .value=${v[f.name]}
            @input=${changed}
            autocomplete="off"
          />
        </div>`;
      case 'date':
        return html`<div class="field date">
          <label for=${id}>${f.label}</label>
          <input id=${id} type="date" name=${f.name} .value=${v[f.name]} @change=${changed} />
        </div>`;
      case 'select':
        return f.options.length < 2
          ? nothing
          : html`<div class="field">
              <label for=${id}>${f.label}</label>
              <select id=${id} name=${f.name} @change=${changed}>
                <option value="" ?selected=${!v[f.name]}>${o.all}</option>
                ${f.options.map(([value, text]) => html`<option value=${value} ?selected=${v[f.name] === value}>${text}</option>`)}
              </select>
            </div>`;
    }
  };
  const shown = o.fields.filter((f): f is FilterField<N> => Boolean(f));
  // The button goes with the values it clears: focus stays in the form, on its first field.
  const reset = (e: Event) => {
    ((e.currentTarget as HTMLButtonElement).form?.elements[0] as HTMLElement).focus();
    o.onReset();
  };
  return html`<form
    class="filters"
    part="filters"
    role="search"
    aria-label=${o.label}
    @submit=${(e: Event) => e.preventDefault()}
  >
    ${shown.map(field)}
    ${
      Object.values<string>(v).some((x) => x.trim())
        ? html`<button type="button" class="button reset" @click=${reset}>${o.reset}</button>`
        : nothing
    }
  </form>`;
}

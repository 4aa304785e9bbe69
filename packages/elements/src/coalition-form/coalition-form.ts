import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  COALITION_SCOPES,
  type CoalitionDeclarationInput,
  type CollectiveResult,
} from '@coalition-kit/sdk';
import { REGIONS } from '../coalition-map/geo/france-regions.js';
import { CkElement, type LoadSummary } from '../shared/ck-element.js';
import { FieldParts } from '../shared/form/field-parts.js';
import { formStyles } from '../shared/form/form.styles.js';
import { renderFormFrame } from '../shared/form/form-frame.js';
import type { SubmitPhase } from '../shared/form/pending-view.js';
import { SubmissionController } from '../shared/form/submission.js';
import { heading } from '../shared/heading.js';
import { LocalizeController } from '../shared/localize.js';
import { coalitionFormStyles } from './coalition-form.styles.js';
import { CkCoalitionDeclaredEvent } from './declared-event.js';
import { FIELDS, fieldSpec, type Field } from './field-list.js';
import { loadStarted, started } from './first-use.js';
import { t, type CoalitionFormMessages } from './messages.js';
import { renderNotice } from './notice.js';
import { PlacePicker, regionName } from './place-picker.js';

/**
 * The declaration of a new local coalition: what it is, its territory and its point on a
 * small map (mouse or keyboard; a commune typed instead), its members and actions, one or two
 * contact people (never published) and its public channels. Posted once, with one
 * `Idempotency-Key` kept across retries and the offline wait; the server keeps it pending
 * until a coordinator approves it. Native controls, errors linked to fields, a short notice
 * beside an unticked consent box, a honeypot and a minimum fill time; no cookie, no storage.
 *
 * @summary The declaration of a local coalition, moderated before publication.
 * @tag ck-coalition-form
 * @slot - Fallback shown while loading and on error (e.g. a link to the call for coalitions).
 * @csspart base - The widget's box.
 * @csspart title - The form's title.
 * @csspart intro - The sentence under the title.
 * @csspart skeleton - The placeholder while loading.
 * @csspart fallback - The box of the fallback slot.
 * @csspart form - The form.
 * @csspart error-summary - The list of errors shown on an invalid submit.
 * @csspart field-error - The message next to an invalid field.
 * @csspart form-error - The server's refusal when it names no field.
 * @csspart map - The small map where the point is placed.
 * @csspart map-chosen - The sentence that says where the point is.
 * @csspart remove-point-button - Removes the placed point.
 * @csspart notice - The privacy notice.
 * @csspart submit-button - The submit button.
 * @csspart sending - The message while the declaration is on its way.
 * @csspart pending - The message of a declaration waiting to be sent (offline, server failure).
 * @csspart retry-send-button - Sends the waiting declaration again.
 * @csspart thanks - The confirmation after the server recorded the declaration.
 * @csspart thanks-title - The heading of the confirmation.
 * @csspart error - The error state.
 * @csspart retry-button - Loads the form again (error state).
 * @csspart status-region - The polite live region.
 * @cssprop --ck-color-primary - Buttons, links, the placed point.
 * @cssprop --ck-color-danger - Error messages and invalid fields.
 * @cssprop --ck-color-focus - Focus ring.
 * @cssprop --ck-font-family - Font of the widget.
 * @cssprop --ck-font-size - Base size (16px).
 * @cssprop --ck-radius - Corner radius of boxes and fields.
 * @fires ck-load - The collective (its themes) was loaded.
 * @fires ck-error - The feed could not be loaded.
 * @fires ck-coalition-declared - The server recorded a declaration (`{id, status}`), once each.
 * @cssstate loading - Loading the collective.
 * @cssstate populated - The form is shown.
 * @cssstate error - The feed could not be loaded.
 */
export class CkCoalitionForm extends CkElement<CollectiveResult> {
  static override styles = [...CkElement.styles, formStyles, coalitionFormStyles];

  /** The collective every widget shares: its name and themes. */
  protected readonly data = this.loadData({
    args: () => [] as const,
    load: async (_client, _args, { collective }) => collective,
    summary: (): LoadSummary => ({
      counts: { themes: this.collective?.themes.length ?? 0 },
      issues: [],
      empty: false,
      announcement: this.#t.m().loaded,
    }),
  });
  readonly #t = new LocalizeController(this, t);
  readonly #picker = new PlacePicker(this, {
    announce: (text) => (this.announcement = text),
    lang: () => this.resolvedLang,
    onChange: (place) => {
      // A region the last point chose goes with it (a point at sea, or removed); one the
      // visitor chose in the list stays.
      if (place?.region) this.region = place.region.name;
      else if (this.#regionByPoint) this.region = '';
      this.#regionByPoint = Boolean(place?.region);
      this.#submission.touch('geo');
      this.#submission.recheck('geo');
    },
    unavailable: () => this.#submission.unavailable(),
  });
  readonly #submission = new SubmissionController<CoalitionDeclarationInput, Field>(this, {
    fields: FIELDS,
    fieldOf: (path) => started().fieldOf(path),
    alsoLoad: loadStarted,
    post: (client, declaration, options) => client.declareCoalition(declaration, options),
    check: (client, declaration, lang) =>
      started().wordedForForm(client.checkDeclaration(declaration, { lang }), t[lang]),
    read: (answers) => started().readDeclaration(answers, this.#picker.place),
    client: () => this.activeClient,
    lang: () => this.resolvedLang,
    messages: () => this.#t.m(),
    announce: (text) => (this.announcement = text),
    focus: this.focusAfterRender,
    minFillTime: () => this.minFillTime,
    onRecorded: (receipt) =>
      this.dispatchEvent(new CkCoalitionDeclaredEvent({ id: receipt.id, status: receipt.status })),
  });

  /** `updateComplete` includes the check and the placing under way (their code loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.#submission.settled, this.#picker.settled]);
    return super.getUpdateComplete();
  }

  /** The region chosen in the list, or the one under the placed point. */
  @state() private region = '';
  /** `region` is the placed point's (not the visitor's choice in the list). */
  #regionByPoint = false;

  /** Level of the form's title (1–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Minimum time (ms) between showing the form and sending it: faster submits wait. */
  @property({ attribute: false }) minFillTime = 2000;

  /** Where the visitor is: editing, sending, offline (waiting), failed (waiting), success. */
  get submitPhase(): SubmitPhase {
    return this.#submission.phase;
  }

  protected override errorSentence(): string {
    return this.#t.m().error;
  }

  protected renderContent(collective: CollectiveResult): TemplateResult {
    const m = this.#t.m();
    const level = this.headingLevel;
    return html`<section class="declaration" aria-labelledby="title">
      ${heading(level, 'title', m.title, 'title')}
      <p part="intro">${m.intro}</p>
      ${
        this.#submission.phase === 'success'
          ? html`<div class="box thanks" part="thanks">
              ${heading(Math.min(level + 1, 6), 'thanks-title', m.thanks)}
              <p>${m.pending}</p>
            </div>`
          : this.#renderForm(m, collective)
      }
    </section>`;
  }

  #renderForm(m: CoalitionFormMessages, collective: CollectiveResult): TemplateResult {
    const sub = this.#submission;
    const f = new FieldParts(m, sub.errors, fieldSpec(m));
    const lang = this.resolvedLang;
    const text = (
      field: Field,
      o: {
        required?: boolean;
        hint?: string;
        rows?: number;
        max?: number;
        type?: string;
        autocomplete?: string;
      },
    ) =>
      f.textField(field, {
        type: o.type ?? 'text',
        autocomplete: o.autocomplete ?? 'off',
        required: o.required ?? false,
        hint: o.hint,
        rows: o.rows,
        maxlength: o.max ?? 200,
      });
    const fields = html`<fieldset class="section">
        <legend>${m.sectionCoalition}</legend>
        ${text('name', { required: true })}
        ${text('objective', { required: true, hint: m.objectiveHint, rows: 4, max: 5000 })}
        ${f.choiceGroup('scope', {
          type: 'radio',
          required: true,
          idPrefix: 'scope',
          markInvalid: true,
          choices: COALITION_SCOPES.map((scope) => ({ value: scope, label: m.scopes[scope] })),
        })}
        ${
          collective.themes.length
            ? f.choiceGroup('themes', {
                type: 'checkbox',
                required: false,
                idPrefix: 'theme',
                choices: collective.themes.map((t) => ({ value: t.id, label: t.label })),
              })
            : nothing
        }
      </fieldset>
      <fieldset class="section">
        <legend>${m.sectionTerritory}</legend>
        <div class="field">
          <label for="region">${m.region}${f.optional()}</label>
          ${f.error('region')}
          <select
            id="region"
            name="region"
            aria-invalid=${f.invalid('region')}
            aria-describedby=${f.describedBy('region')}
          >
            <option value="" ?selected=${!this.region}>${m.regionNone}</option>
            ${REGIONS.map(
              (r) =>
                html`<option .value=${r.name} ?selected=${this.region === r.name}>
                  ${regionName(r, lang)}
                </option>`,
            )}
          </select>
        </div>
        ${text('locality', { hint: m.localityHint, autocomplete: 'address-level2' })}
        <div class="field">
          <p class="label" id="geo-label"><strong>${m.geo}</strong>${f.optional()}</p>
          ${f.error('geo')} ${this.#picker.render(m, sub.errors.has('geo') ? 'geo-error' : '')}
        </div>
      </fieldset>
      <fieldset class="section">
        <legend>${m.sectionMembers}</legend>
        ${text('members', { hint: m.membersHint, rows: 4, max: 20000 })}
        ${text('operatingMode', { hint: m.operatingModeHint, rows: 3, max: 5000 })}
        ${text('actions', { hint: m.actionsHint, rows: 3, max: 20000 })}
      </fieldset>
      <fieldset class="section">
        <legend>${m.sectionContacts}</legend>
        <p class="hint" id="contacts-hint">${m.contactsHint}</p>
        ${([1, 2] as const).map(
          (n) =>
            html`<fieldset class="group">
              <legend>${m.contact(n)}${n === 1 ? f.required() : f.optional()}</legend>
              ${text(`contact${n}Name`, { required: n === 1, autocomplete: n === 1 ? 'name' : 'off' })}
              ${text(`contact${n}Email`, {
                required: n === 1,
                type: 'email',
                hint: m.emailHint,
                max: 254,
                autocomplete: n === 1 ? 'email' : 'off',
              })}
              ${text(`contact${n}Organisation`, { autocomplete: n === 1 ? 'organization' : 'off' })}
            </fieldset>`,
        )}
      </fieldset>
      <fieldset class="section">
        <legend>${m.sectionPublic}</legend>
        <p class="hint">${m.publicHint}</p>
        ${text('publicUrl', { type: 'url', hint: m.publicUrlHint, max: 2048 })}
        ${text('publicEmail', { type: 'email', hint: m.emailHint, max: 254 })}
      </fieldset>`;
    return renderFormFrame({
      label: m.formLabel,
      submission: sub,
      parts: f,
      onInput: (target) => {
        if (target.name === 'region') [this.region, this.#regionByPoint] = [target.value, false];
      },
      fields,
      notice: renderNotice(m, collective.name),
    });
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Campaign, CampaignStats, PledgeInput, PledgerKind } from '@coalition-kit/sdk';
import { CkElement, type LoadSummary } from '../shared/ck-element.js';
import { formStyles } from '../shared/form/form.styles.js';
import { renderFormFrame } from '../shared/form/form-frame.js';
import { SubmissionController } from '../shared/form/submission.js';
import { heading } from '../shared/heading.js';
import { LocalizeController } from '../shared/localize.js';
import { campaignStatus } from './campaign-status.js';
import { renderCounter } from './counter.js';
import { pledgeFieldParts } from './field-parts.js';
import { FIELDS, readPledge, type Field } from './fields.js';
import { t, type PledgeMessages } from './messages.js';
import { renderNotice } from './notice.js';
import { renderClosed, renderThanks, type PledgePhase } from './outcome-views.js';
import { pledgeFormStyles } from './pledge-form.styles.js';
import { CkPledgeSubmittedEvent } from './submitted-event.js';

export type { PledgePhase };

/** What the form loads: the campaign (undefined: the feed does not have it) and its counter. */
interface PledgeData {
  id: string;
  campaign: Campaign | undefined;
  /** The counter is a bonus: a feed without stats still takes pledges. */
  stats: CampaignStats | undefined;
}

/**
 * The call for commitments of a campaign: its counter and goal, and a form to pledge that
 * never loses nor duplicates a pledge (one `Idempotency-Key`, retries, offline replay).
 * Native controls in a real form, errors linked to fields, a short privacy notice beside an
 * unticked consent box, a honeypot and a minimum fill time; no cookie, no storage.
 *
 * @summary The call for commitments, with its counter, consent and safe submission.
 * @tag ck-pledge-form
 * @slot - Fallback shown while loading and on error (e.g. a link to the call on the collective's site).
 * @csspart base - The widget's box.
 * @csspart title - The campaign's title.
 * @csspart description - The campaign's description.
 * @csspart skeleton - The placeholder while loading.
 * @csspart fallback - The box of the fallback slot.
 * @csspart counter - The counter: total, goal, this site's count, recent pledgers.
 * @csspart count - The sentence of the total and the goal.
 * @csspart progress - The progress bar towards the goal.
 * @csspart partner-count - This site's own count (attribute `partner`).
 * @csspart recent - The list of recent public pledgers.
 * @csspart form - The form.
 * @csspart error-summary - The list of errors shown on an invalid submit.
 * @csspart field-error - The message next to an invalid field.
 * @csspart form-error - The server's refusal when it names no field.
 * @csspart notice - The privacy notice.
 * @csspart privacy-link - The link to the campaign's privacy policy.
 * @csspart submit-button - The submit button.
 * @csspart sending - The message while the pledge is on its way.
 * @csspart pending - The message of a pledge waiting to be sent (offline, server failure).
 * @csspart retry-send-button - Sends the waiting pledge again.
 * @csspart thanks - The thanks after the server recorded the pledge.
 * @csspart thanks-title - The heading of the thanks.
 * @csspart check-inbox - In the thanks, when the campaign confirms by e-mail: check your inbox.
 * @csspart share - The share links.
 * @csspart closed - The message of a campaign not open yet or closed.
 * @csspart unknown - The message of a campaign the feed does not have.
 * @csspart error - The error state.
 * @csspart retry-button - Loads the campaign again (error state).
 * @csspart status-region - The polite live region.
 * @cssprop --ck-color-primary - Buttons, links, progress bar.
 * @cssprop --ck-color-danger - Error messages and invalid fields.
 * @cssprop --ck-color-focus - Focus ring.
 * @cssprop --ck-font-family - Font of the widget.
 * @cssprop --ck-font-size - Base size (16px).
 * @cssprop --ck-radius - Corner radius of boxes and fields.
 * @fires ck-load - The campaign and its counter were loaded.
 * @fires ck-error - The feed could not be loaded.
 * @fires ck-pledge-submitted - The server recorded a pledge (`{id, campaign}`), once per pledge.
 * @cssstate loading - Loading the campaign.
 * @cssstate populated - The campaign is shown.
 * @cssstate empty - The campaign is unknown.
 * @cssstate error - The feed could not be loaded.
 */
export class CkPledgeForm extends CkElement<PledgeData> {
  static override styles = [...CkElement.styles, formStyles, pledgeFormStyles];

  /** The campaign from the collective every widget shares, and its counter. */
  protected readonly data = this.loadData({
    args: () => [this.campaign ?? ''] as const,
    load: async (client, [id], { call, collective }): Promise<PledgeData> => {
      const campaign = (await collective).campaigns.find((c) => c.id === id);
      const stats = campaign
        ? await client.stats(campaign.id, call).catch((error: unknown) => {
            if (call.signal.aborted) throw error;
            return undefined;
          })
        : undefined;
      return { id, campaign, stats };
    },
    summary: ({ id, campaign, stats }): LoadSummary => {
      if (this.#loadedFor !== id) this.#submission.reset();
      this.#loadedFor = id;
      this.freshStats = undefined;
      const m = this.#t.m();
      return campaign
        ? {
            counts: { pledges: stats?.total ?? 0 },
            issues: [],
            empty: false,
            announcement: m.loaded(campaign.title),
          }
        : { counts: { campaigns: 0 }, issues: [], empty: true, announcement: m.unknown(id) };
    },
  });
  readonly #t = new LocalizeController(this, t);
  readonly #submission = new SubmissionController<PledgeInput, Field>(this, {
    fields: FIELDS,
    post: (client, pledge, options) => client.submitPledge(pledge, options),
    check: (client, pledge, lang) => client.checkPledge(pledge, { lang }),
    read: (answers) => readPledge(answers, this.#campaign!),
    client: () => (this.#campaign ? this.activeClient : undefined),
    lang: () => this.resolvedLang,
    // A campaign that confirms by e-mail: the pledge counts once confirmed, so say "check your inbox".
    messages: () => {
      const m = this.#t.m();
      return this.#campaign?.confirmation === 'email'
        ? { ...m, announcedRecorded: m.announcedCheckInbox }
        : m;
    },
    announce: (text) => (this.announcement = text),
    focus: this.focusAfterRender,
    minFillTime: () => this.minFillTime,
    onRecorded: (receipt, pledge) => {
      this.dispatchEvent(new CkPledgeSubmittedEvent({ id: receipt.id, campaign: pledge.campaign }));
      // The SDK forgot the cached counter: this asks the server for the new one.
      this.activeClient?.stats(pledge.campaign, { lang: this.resolvedLang }).then(
        (stats) => (this.freshStats = stats),
        () => undefined,
      );
    },
  });

  /** `updateComplete` includes the check under way (the validation loads on first use). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#submission.settled;
    return super.getUpdateComplete();
  }
  #loadedFor: string | undefined;

  /** The counter asked again after a pledge. */
  @state() private freshStats: CampaignStats | undefined;
  @state() private kind: PledgerKind = 'citizen';

  /** The campaign's id in the collective (`appel-engagements`). */
  @property({ reflect: true }) campaign: string | undefined;

  /** Show this site's own count beside the total, when the stats offer it. */
  @property({ type: Boolean, reflect: true }) partner = false;

  /** Level of the campaign's title (1–6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Minimum time (ms) between showing the form and sending it: faster submits wait. */
  @property({ attribute: false }) minFillTime = 2000;

  /** Where the visitor is: editing, sending, offline (waiting), failed (waiting), success. */
  get pledgePhase(): PledgePhase {
    return this.#submission.phase;
  }

  protected override errorSentence(): string {
    return this.#t.m().error;
  }

  get #campaign(): Campaign | undefined {
    return this.data.value?.campaign;
  }

  protected renderContent({ campaign, stats: loadedStats }: PledgeData): TemplateResult {
    const m = this.#t.m();
    const stats = this.freshStats ?? loadedStats;
    if (!campaign) {
      return html`<div class="box" part="unknown">
        <p><strong>${m.unknown(this.campaign ?? '')}</strong></p>
        <p>${m.unknownHint}</p>
      </div>`;
    }
    const status = campaignStatus(campaign);
    const partnerCount = this.partner ? stats?.byPartner?.[location.origin] : undefined;
    return html`<section class="campaign" aria-labelledby="title">
      ${heading(this.headingLevel, 'title', campaign.title, 'title')}
      <p part="description">${campaign.description}</p>
      ${
        stats
          ? renderCounter(stats, {
              lang: this.resolvedLang,
              goal: campaign.goal,
              partnerCount,
            })
          : nothing
      }
      ${
        status !== 'open'
          ? renderClosed(
              m,
              campaign,
              status,
              this.resolvedLang,
              this.collective?.timeZone ?? 'Europe/Paris',
            )
          : this.#submission.phase === 'success'
            ? renderThanks(m, campaign, this.headingLevel)
            : this.#renderForm(m, campaign)
      }
    </section>`;
  }

  #renderForm(m: PledgeMessages, campaign: Campaign): TemplateResult {
    const bothKinds = campaign.pledgerKinds.length > 1;
    const organisation = bothKinds
      ? this.kind === 'organisation'
      : campaign.pledgerKinds[0] === 'organisation';
    const f = pledgeFieldParts(m, this.#submission.errors);
    const fields = html`${f.choiceGroup('commitments', {
        type: 'checkbox',
        required: true,
        idPrefix: 'commitment',
        hint: m.commitmentsHint,
        markInvalid: true,
        choices: campaign.commitments.map((c) => ({ value: c.id, label: c.label })),
      })}
      ${
        bothKinds
          ? f.choiceGroup('pledgerKind', {
              type: 'radio',
              required: true,
              idPrefix: 'kind',
              choices: campaign.pledgerKinds.map((kind) => ({
                value: kind,
                label: kind === 'citizen' ? m.citizen : m.organisationKind,
                checked: this.kind === kind,
              })),
            })
          : nothing
      }
      ${f.textField('organisation', {
        type: 'text',
        autocomplete: 'organization',
        required: true,
        maxlength: 200,
        hidden: !organisation,
      })}
      ${f.textField('name', { type: 'text', autocomplete: 'name', required: true, maxlength: 100 })}
      ${f.textField('email', {
        type: 'email',
        autocomplete: 'email',
        required: true,
        hint: m.emailHint,
        maxlength: 254,
      })}
      ${f.textField('postalCode', {
        type: 'text',
        autocomplete: 'postal-code',
        required: false,
        hint: m.postalCodeHint,
        maxlength: 10,
      })}
      ${f.textField('message', {
        type: 'text',
        autocomplete: 'off',
        required: false,
        hint: m.messageHint,
        maxlength: 1000,
        rows: 3,
      })}
      <div class="choice">
        <input type="checkbox" id="public" name="public" aria-describedby="public-hint" />
        <label for="public">${m.public}${f.optional()}</label>
      </div>
      <p class="hint indent" id="public-hint">${m.publicHint}</p>`;
    return renderFormFrame({
      label: m.formLabel,
      submission: this.#submission,
      parts: f,
      onInput: (target) => {
        if (target.name === 'pledgerKind') this.kind = target.value as PledgerKind;
      },
      fields,
      notice: renderNotice(m, this.collective?.name ?? '', campaign),
    });
  }
}

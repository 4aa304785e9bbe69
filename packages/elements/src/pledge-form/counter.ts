/** The counter of a call for commitments: total, goal as a labelled progress bar, recent public pledgers. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CampaignStats } from '@coalition-kit/sdk';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { t } from './messages.js';

export interface CounterOptions {
  lang: Lang;
  goal: number | undefined;
  /** This site's own count (`byPartner[location.origin]`), when asked for and offered. */
  partnerCount: number | undefined;
}

export function renderCounter(stats: CampaignStats, o: CounterOptions): TemplateResult {
  const m = t[o.lang];
  const n = (value: number) => formatNumber(value, o.lang);
  return html`<div class="counter" part="counter">
    <p id="counter-label" class="count" part="count">
      <strong>${m.pledges(n(stats.total), stats.total)}</strong>
      ${o.goal ? html` <span>${m.goal(n(o.goal))}</span>` : nothing}
      ${
        o.partnerCount !== undefined
          ? html` <span part="partner-count">(${m.partner(n(o.partnerCount))})</span>`
          : nothing
      }
    </p>
    ${
      o.goal
        ? html`<progress
            part="progress"
            max=${o.goal}
            .value=${Math.min(stats.total, o.goal)}
            aria-label=${`${m.progress} : ${n(stats.total)} / ${n(o.goal)}`}
          ></progress>`
        : nothing
    }
    ${
      stats.recent.length
        ? html`<p id="recent-label" class="recent-label">${m.recent}</p>
            <ul part="recent" aria-labelledby="recent-label">
              ${stats.recent.map(
                (r) =>
                  html`<li>
                    ${r.name}${
                      r.organisation && r.organisation !== r.name
                        ? html` (${r.organisation})`
                        : nothing
                    }${r.locality ? html`, ${r.locality}` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}

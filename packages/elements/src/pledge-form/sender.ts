/** The pledge form's sender: the shared `SubmissionSender` posting to `{feed}/pledges`. */
import type { PledgeInput } from '@coalition-kit/sdk';
import { SubmissionSender } from '../shared/form/sender.js';

export { MAX_WAIT_MS, type SendOutcome } from '../shared/form/sender.js';

export class PledgeSender extends SubmissionSender<PledgeInput> {
  constructor(now?: () => number) {
    super((client, pledge, options) => client.submitPledge(pledge, options), now);
  }
}

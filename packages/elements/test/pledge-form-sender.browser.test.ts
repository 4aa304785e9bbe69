import { expect } from '@open-wc/testing';
import { createClient, type PledgeInput } from '@coalition-kit/sdk';
import { MAX_WAIT_MS, PledgeSender } from '../src/pledge-form/sender.js';
import { attempts, pledgeFeed, setMode } from './helpers/pledge-form.js';

const pledge: PledgeInput = {
  campaign: 'appel',
  pledgerKind: 'citizen',
  name: 'Camille Martin',
  email: 'camille@example.org',
  commitments: ['energie'],
  public: false,
  consent: true,
};

/** A sender on a fixture feed, with a clock the test moves. */
function setup(mode: string) {
  const feed = pledgeFeed(mode);
  const client = createClient({ feed, retryDelay: 5 });
  const clock = { now: 1_000_000 };
  const sender = new PledgeSender(() => clock.now);
  return { feed, client, clock, sender };
}

const keysOf = async (feed: string) => (await attempts(feed)).map((a) => a.key);

describe('PledgeSender: one key per pledge', () => {
  it('keeps the key across offline waits, and takes a new one after a success', async () => {
    const { feed, client, sender } = setup('down');
    expect((await sender.send(client, pledge)).kind).to.equal('offline');
    const first = sender.key;
    expect(sender.pending).to.deep.equal(pledge);
    await setMode(feed, 'ok');
    const done = await sender.send(client, sender.pending!);
    expect(done.kind).to.equal('recorded');
    expect(new Set(await keysOf(feed))).to.deep.equal(new Set([first]));
    expect([sender.key, sender.pending]).to.deep.equal([undefined, undefined]);
    await sender.send(client, { ...pledge, email: 'autre@example.org' });
    expect((await keysOf(feed)).at(-1)).to.not.equal(first);
  });

  it('after a definitive refusal: the same key if unchanged, a new one once edited', async () => {
    const { feed, client, sender } = setup('refuse');
    expect((await sender.send(client, pledge)).kind).to.equal('refused');
    await sender.send(client, pledge);
    sender.edited();
    await sender.send(client, { ...pledge, email: 'autre@example.org' });
    const [a, b, c] = await keysOf(feed);
    expect(a).to.equal(b);
    expect(c).to.not.equal(a);
  });

  it('a pledge waiting more than 24 hours is dropped, never sent late', async () => {
    const { client, clock, sender } = setup('down');
    await sender.send(client, pledge);
    clock.now += MAX_WAIT_MS - 1;
    expect(sender.pending).to.deep.equal(pledge);
    clock.now += 2;
    expect(sender.pending).to.equal(undefined);
    expect(sender.key).to.equal(undefined);
  });
});

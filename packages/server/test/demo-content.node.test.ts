import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  COALITION_SCOPES,
  COALITION_STATUSES,
  Coalition,
  EVENT_FORMATS,
  EVENT_STATUSES,
  Event,
  MEMBER_KINDS,
  Member,
  compareFeedDates,
  parseCollective,
  parseListDocument,
} from '../../sdk/src/index.js';
import { demoContent } from '../src/demo/content/index.js';

const SUMMER = new Date('2026-07-10T08:00:00Z');
const WINTER = new Date('2027-01-15T16:30:00Z');

/** The offset of Europe/Paris at an instant, computed independently of the demo clock. */
function parisOffset(instant: number): string {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Paris',
    timeZoneName: 'longOffset',
  })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const unique = (ids: string[]) => new Set(ids).size === ids.length;

for (const now of [SUMMER, WINTER]) {
  describe(`demo content at ${now.toISOString()}`, () => {
    const content = demoContent(now);
    const { collective, events, members, coalitions } = content;

    it('validates every document with the SDK, with zero issues', () => {
      const c = parseCollective(collective);
      assert.deepEqual(c.issues, []);
      assert.equal(c.collective.id, 'dynamique-climat-hdf');
      assert.equal(c.collective.timeZone, 'Europe/Paris');
      assert.equal(c.collective.campaigns.length, 1);
      for (const [schema, doc] of [
        [Event, events],
        [Member, members],
        [Coalition, coalitions],
      ] as const) {
        const result = parseListDocument(schema as typeof Event, doc);
        assert.deepEqual(result.issues, []);
        assert.equal(result.items.length, doc.items.length);
        assert.equal(doc.version, 1);
      }
      // The output equals the input: no defaults were needed, no field was dropped.
      assert.deepEqual(parseListDocument(Event, events).items, events.items);
    });

    it('is rich enough to show every state', () => {
      assert.ok(events.items.length >= 35, `${events.items.length} events`);
      assert.ok(members.items.length >= 20, `${members.items.length} members`);
      assert.ok(coalitions.items.length >= 10, `${coalitions.items.length} coalitions`);
      assert.ok(collective.themes.length >= 10);
    });

    it('stamps generatedAt with now, with its Paris offset', () => {
      for (const doc of [events, members, coalitions]) {
        assert.equal(Date.parse(doc.generatedAt), Math.floor(now.getTime() / 1000) * 1000);
        assert.ok(doc.generatedAt.endsWith(parisOffset(now.getTime())), doc.generatedAt);
      }
    });

    it('has unique ids in every list', () => {
      for (const list of [
        events.items,
        members.items,
        coalitions.items,
        collective.themes,
        collective.campaigns,
        collective.campaigns[0]!.commitments,
      ]) {
        assert.ok(unique(list.map((x) => x.id)));
      }
    });

    it('resolves every reference', () => {
      const memberIds = new Set(members.items.map((m) => m.id));
      const coalitionIds = new Set(coalitions.items.map((k) => k.id));
      const themeIds = new Set(collective.themes.map((t) => t.id));
      const themed = [
        ...events.items,
        ...members.items,
        ...coalitions.items,
        ...collective.campaigns[0]!.commitments,
      ];
      for (const item of themed) {
        for (const t of item.themes ?? []) assert.ok(themeIds.has(t), `theme ${t}`);
      }
      for (const e of events.items) {
        assert.ok(e.organizer && memberIds.has(e.organizer), `${e.id} organizer ${e.organizer}`);
      }
      for (const k of coalitions.items) {
        for (const m of k.members ?? []) assert.ok(memberIds.has(m), `${k.id} member ${m}`);
      }
      for (const m of members.items) {
        for (const k of m.coalitions ?? []) {
          assert.ok(coalitionIds.has(k), `${m.id} coalition ${k}`);
          const coalition = coalitions.items.find((x) => x.id === k)!;
          assert.ok(coalition.members?.includes(m.id), `${k} lists ${m.id}`);
        }
      }
    });

    it('uses every format, kind, scope and status', () => {
      assert.deepEqual(
        new Set(events.items.map((e) => e.format)),
        new Set(EVENT_FORMATS),
        'event formats',
      );
      assert.deepEqual(new Set(events.items.map((e) => e.status)), new Set(EVENT_STATUSES));
      assert.deepEqual(new Set(members.items.map((m) => m.kind)), new Set(MEMBER_KINDS));
      assert.deepEqual(new Set(coalitions.items.map((k) => k.scope)), new Set(COALITION_SCOPES));
      assert.deepEqual(new Set(coalitions.items.map((k) => k.status)), new Set(COALITION_STATUSES));
      const statuses = events.items.map((e) => e.status);
      assert.ok(statuses.filter((s) => s === 'scheduled').length > events.items.length / 2);
    });

    it('has upcoming and past events relative to now, online, all-day and multi-day ones', () => {
      const nowIso = now.toISOString();
      const ended = (e: Event) => compareFeedDates(e.endDate ?? e.startDate, nowIso) < 0;
      const upcoming = events.items.filter((e) => compareFeedDates(e.startDate, nowIso) > 0);
      const soon = upcoming.filter(
        (e) => Date.parse(e.startDate) - now.getTime() < 90 * 86_400_000,
      );
      const past = events.items.filter(ended);
      assert.ok(soon.length >= 25, `${soon.length} events in the next 90 days`);
      assert.ok(past.length >= 6 && past.length <= 10, `${past.length} past events`);
      assert.ok(
        events.items.some((e) => !ended(e) && compareFeedDates(e.startDate, nowIso) <= 0),
        'under way',
      );
      assert.ok(events.items.filter((e) => e.online).length >= 5, 'online');
      assert.ok(
        events.items.some((e) => e.online && e.location),
        'hybrid',
      );
      const allDay = events.items.filter((e) => e.startDate.length === 10);
      assert.ok(allDay.length >= 4, 'all-day');
      assert.ok(
        allDay.some((e) => e.endDate && e.endDate !== e.startDate),
        'multi-day',
      );
    });

    it('writes timed dates in Europe/Paris with the offset of their date, across a DST change', () => {
      const offsets = new Set<string>();
      for (const e of events.items) {
        for (const date of [e.startDate, e.endDate]) {
          if (!date || date.length === 10) continue;
          assert.match(date, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
          assert.equal(date.slice(-6), parisOffset(Date.parse(date)), `${e.id} ${date}`);
          offsets.add(date.slice(-6));
        }
        if (e.endDate) assert.ok(compareFeedDates(e.endDate, e.startDate) >= 0, e.id);
      }
      assert.deepEqual([...offsets].sort(), ['+01:00', '+02:00']);
      const across = events.items.filter(
        (e) => e.endDate && e.endDate.length > 10 && e.startDate.slice(-6) !== e.endDate.slice(-6),
      );
      assert.equal(across.length, 1, 'one event spans a DST change');
    });

    it('opens the campaign before now and closes it after', () => {
      const campaign = collective.campaigns.find((c) => c.id === 'appel-engagements')!;
      assert.equal(campaign.goal, 500);
      assert.deepEqual(campaign.pledgerKinds, ['citizen', 'organisation']);
      assert.equal(campaign.retentionMonths, 24);
      assert.ok(Date.parse(campaign.opensAt!) < now.getTime());
      assert.ok(Date.parse(campaign.closesAt!) > now.getTime() + 150 * 86_400_000);
    });

    it('dates coalition actions consistently with their status', () => {
      const today = content.events.generatedAt.slice(0, 10);
      for (const k of coalitions.items) {
        for (const a of k.actions ?? []) {
          assert.ok(a.date, `${k.id} ${a.title}`);
          assert.equal(a.status === 'done', a.date < today, `${k.id} ${a.title}`);
        }
      }
    });

    it('contains no email address, phone number or non-example URL', () => {
      const json = JSON.stringify(content);
      assert.doesNotMatch(json, /[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i, 'email');
      assert.doesNotMatch(json, /mailto:|tel:/i);
      assert.doesNotMatch(json, /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/, 'French phone number');
      assert.doesNotMatch(
        json,
        /\+\d{1,3}[\s.-]?\d{2,}[\s.-]?\d{2,}[\s.-]?\d{2,}/,
        'international phone',
      );
      const urls = json.match(/https?:\/\/[^"]+/g) ?? [];
      assert.ok(urls.length > 50);
      for (const url of urls) assert.ok(url.startsWith('https://example.org/'), url);
      for (const k of coalitions.items) assert.equal(k.contact?.email, undefined);
    });
  });
}

it('is deterministic for a given now', () => {
  assert.deepEqual(demoContent(WINTER), demoContent(new Date(WINTER)));
});

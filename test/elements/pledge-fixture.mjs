// A scriptable pledge feed for <ck-pledge-form>'s browser tests, served over real HTTP.
//   GET  /__pledge/<mode>~<run>/v1/collective.json          the collective and its campaigns
//   GET  /__pledge/<mode>~<run>/v1/campaigns/<id>/stats.json the counter (grows with each pledge)
//   POST /__pledge/<mode>~<run>/v1/pledges                   answered as <mode> says:
//        ok        201 {id, status}; the same Idempotency-Key again replays the first answer
//        503once   503 (Retry-After: 0) on the first attempt, then as ok
//        drop-once the socket is destroyed on the first attempt, then as ok
//        down      the socket is destroyed until POST /__pledge/_mode?feed=<mode>~<run>&mode=ok
//        fail      503 until the mode changes (as for down)
//        hold      waits until POST /__pledge/_release?feed=<mode>~<run>, then as ok
//        refuse    400 naming the email field
//        refuse-mixed 422 naming a field of the declaration and a path that is no field
//   POST /__pledge/<mode>~<run>/v1/coalitions               a coalition declaration, the same
//        modes; answers {id, status: 'pending'} (for <ck-coalition-form>)
//   GET  /__pledge/_log?feed=<mode>~<run>                    every POST attempt: [{key, body}]
// Each `<mode>~<run>` has its own state, so tests never share counters.
const ORIGIN_PLACEHOLDER = '__origin__';

export const pledgeCollective = {
  version: 1,
  id: 'dynamique-climat',
  name: 'Dynamique Climat Hauts-de-France',
  timeZone: 'Europe/Paris',
  brand: { primary: '#0b6e4f', accent: '#9c4a00' },
  // For <ck-coalition-form>: a theme label that is markup must show as text.
  themes: [
    { id: 'energie', label: 'Énergie' },
    { id: 'hostile', label: '<img src=x onerror="window.__ckPwned=1"><b>Mobilité</b>' },
  ],
  campaigns: [
    {
      id: 'appel',
      title: 'Appel à engagements citoyens',
      description: 'Engagez-vous pour le climat : chaque engagement rejoint le compteur commun.',
      goal: 2000,
      opensAt: '2020-01-01T09:00:00+01:00',
      closesAt: '2099-12-31',
      commitments: [
        { id: 'energie', label: 'Je réduis ma consommation d’énergie' },
        { id: 'velo', label: 'Je privilégie le vélo et les transports en commun' },
        { id: 'climate-tour', label: 'Je participe à un Climate Tour' },
      ],
      pledgerKinds: ['citizen', 'organisation'],
      privacyUrl: 'https://climat.example.org/confidentialite',
      retentionMonths: 24,
    },
    {
      id: 'citoyens',
      title: 'Engagements des habitants',
      description: 'Un appel réservé aux habitants.',
      commitments: [{ id: 'sobriete', label: 'Je pratique la sobriété' }],
      pledgerKinds: ['citizen'],
      privacyUrl: 'https://climat.example.org/confidentialite',
      retentionMonths: 12,
    },
    {
      id: 'confirme',
      title: 'Appel confirmé par e-mail',
      description: 'Chaque engagement compte une fois confirmé par le lien envoyé par e-mail.',
      confirmation: 'email',
      commitments: [
        { id: 'energie', label: 'Je réduis ma consommation d’énergie' },
        { id: 'velo', label: 'Je privilégie le vélo et les transports en commun' },
        { id: 'climate-tour', label: 'Je participe à un Climate Tour' },
      ],
      pledgerKinds: ['citizen'],
      privacyUrl: 'https://climat.example.org/confidentialite',
      retentionMonths: 12,
    },
    {
      id: 'futur',
      title: 'Appel de 2099',
      description: 'Pas encore ouvert.',
      opensAt: '2099-03-14T09:00:00+01:00',
      commitments: [{ id: 'a', label: 'Un engagement' }],
      pledgerKinds: ['citizen'],
      privacyUrl: 'https://climat.example.org/confidentialite',
      retentionMonths: 12,
    },
    {
      id: 'clos',
      title: 'Appel de 2020',
      description: 'Terminé.',
      opensAt: '2020-01-01',
      closesAt: '2020-06-30',
      commitments: [{ id: 'a', label: 'Un engagement' }],
      pledgerKinds: ['citizen'],
      privacyUrl: 'https://climat.example.org/confidentialite',
      retentionMonths: 12,
    },
  ],
};

const baseStats = {
  appel: {
    total: 1234,
    byCommitment: { energie: 800, velo: 300, 'climate-tour': 134 },
    byPartner: { [ORIGIN_PLACEHOLDER]: 12, 'https://autre.example': 40 },
    recent: [
      { name: 'Camille Martin', locality: 'Lille', at: '2026-11-20T10:00:00+01:00' },
      {
        name: 'Ateliers du Vélo',
        organisation: 'Ateliers du Vélo',
        at: '2026-11-19T10:00:00+01:00',
      },
    ],
  },
};

/** State of one `<mode>~<run>` feed. */
const runs = new Map();
function run(feed) {
  let r = runs.get(feed);
  if (!r) {
    r = { attempts: [], answers: new Map(), mode: feed.split('~')[0], held: [], failedOnce: false };
    runs.set(feed, r);
  }
  return r;
}

const readBody = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
  });

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  // The test server rewrites cache-control to a year for everything; `Vary: *` keeps the
  // browser from reusing a counter that has moved since.
  ctx.set('vary', '*');
  ctx.body = JSON.stringify(body);
}

function stats(feed, campaign, origin) {
  const base = baseStats[campaign] ?? { total: 0, byCommitment: {}, recent: [] };
  const added = run(feed).answers.size;
  const byPartner =
    base.byPartner &&
    Object.fromEntries(
      Object.entries(base.byPartner).map(([k, v]) =>
        k === ORIGIN_PLACEHOLDER ? [origin, v + added] : [k, v],
      ),
    );
  return {
    version: 1,
    campaign,
    ...base,
    total: base.total + added,
    ...(byPartner && { byPartner }),
  };
}

async function answerSubmission(ctx, feed, doc) {
  const r = run(feed);
  const key = ctx.get('idempotency-key');
  const text = await readBody(ctx.req);
  r.attempts.push({ key, body: JSON.parse(text || 'null') });
  const first = !r.failedOnce;
  if (r.mode === 'down' || (r.mode === 'drop-once' && first)) {
    r.failedOnce = true;
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (r.mode === '503once' && first) {
    r.failedOnce = true;
    ctx.set('retry-after', '0');
    return json(ctx, 503, { message: 'indisponible' });
  }
  if (r.mode === 'fail') {
    ctx.set('retry-after', '0');
    return json(ctx, 503, { message: 'indisponible' });
  }
  if (r.mode === 'refuse') {
    return json(ctx, 400, {
      message: 'Champs invalides',
      errors: [{ path: ['email'], message: 'Cette adresse est refusée par le serveur' }],
    });
  }
  if (r.mode === 'refuse-mixed') {
    return json(ctx, 422, {
      message: 'Champs invalides',
      errors: [
        { path: ['name'], message: 'Ce nom est déjà pris par une autre coalition' },
        { path: ['contacts'], message: 'Une personne contact de cette organisation suffit' },
      ],
    });
  }
  if (r.mode === 'hold') await new Promise((resolve) => r.held.push(resolve));
  let answer = r.answers.get(key);
  if (!answer) {
    answer =
      doc === 'coalitions'
        ? { id: `coalition-${r.answers.size + 1}`, status: 'pending' }
        : { id: `p-${r.answers.size + 1}`, status: 'recorded' };
    r.answers.set(key, answer);
  }
  json(ctx, 201, answer);
}

export function pledgeFixtureMiddleware() {
  return async function pledgeFixture(ctx, next) {
    if (!ctx.path.startsWith('/__pledge/')) return next();
    const feedParam = String(ctx.query.feed ?? '');
    if (ctx.path === '/__pledge/_log') return json(ctx, 200, run(feedParam).attempts);
    if (ctx.path === '/__pledge/_mode') {
      run(feedParam).mode = String(ctx.query.mode);
      return json(ctx, 200, {});
    }
    if (ctx.path === '/__pledge/_release') {
      for (const release of run(feedParam).held.splice(0)) release();
      return json(ctx, 200, {});
    }
    const match = /^\/__pledge\/([\w-]+~[\w-]+)\/v1\/(.+)$/.exec(ctx.path);
    if (!match) return json(ctx, 404, { message: 'not found' });
    const [, feed, doc] = match;
    if (doc === 'collective.json') return json(ctx, 200, pledgeCollective);
    const statsMatch = /^campaigns\/([\w-]+)\/stats\.json$/.exec(doc);
    if (statsMatch) return json(ctx, 200, stats(feed, statsMatch[1], ctx.origin));
    if ((doc === 'pledges' || doc === 'coalitions') && ctx.method === 'POST')
      return answerSubmission(ctx, feed, doc);
    return json(ctx, 404, { message: 'not found' });
  };
}

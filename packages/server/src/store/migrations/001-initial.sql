-- The collective document (one row), and the items of the list documents. Items keep their
-- feed JSON in `doc`; columns beside it hold what queries filter on.
CREATE TABLE collective (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  published boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  published boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Declared coalitions wait as `pending` until a coordinator approves them; `private` holds
-- the contact persons, which are never published.
CREATE TABLE coalitions (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  status text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved')),
  private jsonb,
  origin text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A pledge with its proof of consent: when, which notice version, from which page (Origin).
CREATE TABLE pledges (
  id text PRIMARY KEY,
  campaign text NOT NULL,
  pledger_kind text NOT NULL,
  name text NOT NULL,
  email text NOT NULL,
  organisation text,
  postal_code text,
  commitments jsonb NOT NULL,
  message text,
  public boolean NOT NULL,
  consent_at timestamptz NOT NULL,
  notice_version text NOT NULL,
  origin text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pledges_by_campaign ON pledges (campaign, created_at);
-- One pledge per address and campaign: a second one answers the first.
CREATE UNIQUE INDEX pledges_one_per_email ON pledges (campaign, lower(email));

-- Answers to submissions, kept by Idempotency-Key so that a replay gets the first answer.
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  fingerprint text NOT NULL,
  status integer NOT NULL,
  body jsonb NOT NULL,
  subject_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

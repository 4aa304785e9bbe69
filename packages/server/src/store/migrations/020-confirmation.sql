-- E-mail confirmation (double opt-in). A pledge to a campaign with `confirmation: "email"`
-- waits as `pending` and is not counted until its owner follows the link sent by e-mail;
-- a pledge to a campaign without it is `confirmed` at once (every existing row is).
ALTER TABLE pledges ADD COLUMN status text NOT NULL DEFAULT 'confirmed'
  CHECK (status IN ('pending', 'confirmed'));
ALTER TABLE pledges ADD COLUMN confirmed_at timestamptz;
-- The language of the pledge's messages and pages (the POST's Accept-Language).
ALTER TABLE pledges ADD COLUMN lang text NOT NULL DEFAULT 'fr';
CREATE INDEX pledges_pending ON pledges (created_at) WHERE status = 'pending';

-- The links of the messages: only the SHA-256 of each token (32 random bytes) is kept.
-- `confirm` expires and serves once; `withdraw` and `view` live as long as the pledge.
CREATE TABLE pledge_links (
  token_hash text PRIMARY KEY,
  pledge_id text NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('confirm', 'withdraw', 'view')),
  expires_at timestamptz,
  used_at timestamptz
);
CREATE INDEX pledge_links_by_pledge ON pledge_links (pledge_id);

-- Messages to send, written in the transaction of the pledge, so a crash after COMMIT loses
-- none. One row per accepted submission (its receipt id is the row's id and the Message-ID).
-- A row is claimed (`sending`, claimed_at) before the SMTP dialogue and marked `sent` once
-- the SMTP server accepted it; the body, which holds the links, is then emptied.
CREATE TABLE mail_outbox (
  id text PRIMARY KEY,
  pledge_id text NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
  recipient text NOT NULL,
  subject text NOT NULL,
  text_body text,
  html_body text,
  -- The withdraw link, for the List-Unsubscribe header (emptied with the body).
  unsubscribe_url text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_at timestamptz NOT NULL DEFAULT now(),
  claimed_at timestamptz,
  sent_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_at) WHERE status IN ('pending', 'sending');

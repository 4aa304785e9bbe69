-- The messages of one pledge in the last 24 hours, counted at each new submission (the cap
-- on messages to one address: store/confirmation.ts).
CREATE INDEX mail_outbox_pledge ON mail_outbox (pledge_id, created_at);

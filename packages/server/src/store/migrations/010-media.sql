-- Copies of the images that feed documents name (members' and the collective's logo,
-- events' image), fetched once at import and served from the feed's own host. Keyed by the
-- SHA-256 of the bytes, so the same image imported twice is stored once.
CREATE TABLE media (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  type text NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  bytes bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

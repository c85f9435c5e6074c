-- Transactional outbox: events committed with the data they describe, moved to the queue by the relay.
-- job_id is the deterministic queue job id (idempotent adds); sent_at is set once the queue holds the job
-- (durable driver) or once the job is settled (in-process driver).

CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY,
  topic       TEXT NOT NULL,
  job_id      TEXT NOT NULL UNIQUE,
  payload     TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  sent_at     INTEGER,
  attempts    INTEGER NOT NULL DEFAULT 0,
  last_error  TEXT
);
CREATE INDEX outbox_unsent ON outbox(id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at ON outbox(sent_at) WHERE sent_at IS NOT NULL;

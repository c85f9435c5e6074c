-- Residents, their channel identities, sessions, aspirations, the inbound journal, the reply outbox and the audit log.

CREATE TABLE residents (
  id            INTEGER PRIMARY KEY,
  name          TEXT,
  rw            INTEGER,
  rt            INTEGER,
  lang          TEXT NOT NULL DEFAULT 'id',
  consent       TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending', 'given', 'refused')),
  consent_at    INTEGER,
  opted_out     INTEGER NOT NULL DEFAULT 0,
  registered_at INTEGER,
  deleted_at    INTEGER,
  created_at    INTEGER NOT NULL
);

CREATE TABLE identities (
  channel        TEXT NOT NULL,
  address        TEXT NOT NULL,
  resident_id    INTEGER NOT NULL REFERENCES residents(id),
  display_name   TEXT,
  unreachable_at INTEGER,
  last_seen_at   INTEGER,
  PRIMARY KEY (channel, address)
);
CREATE INDEX identities_resident ON identities(resident_id);

CREATE TABLE sessions (
  resident_id INTEGER PRIMARY KEY REFERENCES residents(id),
  state       TEXT NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE aspirations (
  id            INTEGER PRIMARY KEY,
  ticket        TEXT NOT NULL UNIQUE,
  resident_id   INTEGER REFERENCES residents(id),
  rw            INTEGER NOT NULL,
  rt            INTEGER NOT NULL,
  category      TEXT NOT NULL,
  tridaya       TEXT NOT NULL,
  description   TEXT NOT NULL,
  location_text TEXT,
  lat           REAL,
  lon           REAL,
  photo_path    TEXT,
  status        TEXT NOT NULL DEFAULT 'diterima',
  status_reason TEXT,
  channel       TEXT,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX aspirations_resident ON aspirations(resident_id, created_at);
CREATE INDEX aspirations_rw ON aspirations(rw, category);

CREATE TABLE aspiration_status_history (
  id             INTEGER PRIMARY KEY,
  aspiration_id  INTEGER NOT NULL REFERENCES aspirations(id),
  status         TEXT NOT NULL,
  reason         TEXT,
  actor          TEXT,
  at             INTEGER NOT NULL
);
CREATE INDEX aspiration_status_history_asp ON aspiration_status_history(aspiration_id, at);

-- Every inbound message is journaled here before it is confirmed to the platform.
-- (channel, message_id) deduplicates redeliveries; payload is cleared once processed.
CREATE TABLE inbound (
  channel      TEXT NOT NULL,
  message_id   TEXT NOT NULL,
  address      TEXT NOT NULL,
  payload      TEXT,
  received_at  INTEGER NOT NULL,
  processed_at INTEGER,
  PRIMARY KEY (channel, message_id)
);
CREATE INDEX inbound_pending ON inbound(received_at) WHERE processed_at IS NULL;

-- Replies and notifications decided by the bot, committed with the session change and sent from here.
CREATE TABLE outbound (
  id                  INTEGER PRIMARY KEY,
  channel             TEXT NOT NULL,
  address             TEXT NOT NULL,
  kind                TEXT NOT NULL DEFAULT 'reply',
  payload             TEXT NOT NULL,
  status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts            INTEGER NOT NULL DEFAULT 0,
  next_attempt_at     INTEGER NOT NULL DEFAULT 0,
  last_error          TEXT,
  platform_message_id TEXT,
  created_at          INTEGER NOT NULL,
  sent_at             INTEGER
);
CREATE INDEX outbound_pending ON outbound(channel, address, id) WHERE status = 'pending';

CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY,
  at       INTEGER NOT NULL,
  actor    TEXT NOT NULL,
  action   TEXT NOT NULL,
  subject  TEXT,
  detail   TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);

-- WhatsApp (Baileys) state: auth creds and Signal keys, messages the bot sent (for getMessage),
-- groups already told to write directly, the shared send pacing gate, and one-time identity link codes.

-- One row: the Baileys AuthenticationCreds, serialised with BufferJSON.
CREATE TABLE wa_creds (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  value      TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);

-- Signal keys by (type, id): pre-key, session, sender-key, app-state-sync-key, lid-mapping, ...
CREATE TABLE wa_keys (
  type  TEXT NOT NULL,
  id    TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (type, id)
) WITHOUT ROWID;

-- Messages the bot sent, so Baileys can re-encrypt them when a recipient asks for a retry.
CREATE TABLE wa_sent_messages (
  id         TEXT PRIMARY KEY,
  remote_jid TEXT NOT NULL,
  message    TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX wa_sent_messages_created ON wa_sent_messages(created_at);

-- Groups that were already told (once) to message the bot directly.
CREATE TABLE wa_groups_notified (
  jid         TEXT PRIMARY KEY,
  notified_at INTEGER NOT NULL
);

-- Pacing for messages the bot sends on its own initiative (notifications, broadcasts), shared by every process
-- using this database: one row with the earliest time the next paced send may go, plus a log for the hourly cap.
CREATE TABLE wa_pacing (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  next_at     INTEGER NOT NULL
);
CREATE TABLE wa_paced_sends (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL
);
CREATE INDEX wa_paced_sends_at ON wa_paced_sends(at);

-- One-time codes that link a second channel identity (Telegram <-> WhatsApp) to a resident (/tautkan).
CREATE TABLE identity_link_codes (
  code        TEXT PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  channel     TEXT NOT NULL,
  address     TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  used_at     INTEGER
);
CREATE INDEX identity_link_codes_resident ON identity_link_codes(resident_id);

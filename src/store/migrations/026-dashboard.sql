-- The LPMK dashboard's password-less sign-in (issue 13): one-time links sent by /dasbor, and browser sessions.
-- Both tokens are stored only as SHA-256 hashes: a copy of the database opens no dashboard.

CREATE TABLE web_signin_tokens (
  token_hash  TEXT PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  -- The chat identity that asked: LPMK_ADMINS grants are per channel:address, so the session keeps it.
  channel     TEXT NOT NULL,
  address     TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  used_at     INTEGER
);
CREATE INDEX web_signin_tokens_resident ON web_signin_tokens(resident_id);

CREATE TABLE web_sessions (
  id_hash     TEXT PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  channel     TEXT NOT NULL,
  address     TEXT NOT NULL,
  -- Language chosen in the dashboard (?lang=en or the toggle); NULL = the resident's chat language.
  lang        TEXT,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  ended_at    INTEGER
);
CREATE INDEX web_sessions_resident ON web_sessions(resident_id) WHERE ended_at IS NULL;

-- The dashboard's Usulan table (100,000 rows must stay fast): newest first, by status, by RW and RT.
CREATE INDEX aspirations_created ON aspirations(created_at);
CREATE INDEX aspirations_status ON aspirations(status, rw);
CREATE INDEX aspirations_rw_rt ON aspirations(rw, rt);

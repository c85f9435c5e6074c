-- One-time role invites (issue 10): only the SHA-256 of the code is kept. An invite is used once (used_at/used_by),
-- expires at expires_at, and may be "held" for a person who opened it before registering (held_by), so the
-- registration can continue to it. Wrong codes are counted per person for the /kode lockout.

CREATE TABLE invites (
  id          INTEGER PRIMARY KEY,
  code_hash   TEXT NOT NULL UNIQUE,
  role        TEXT NOT NULL CHECK (role IN ('admin', 'pengurus_lpmk', 'ketua_rw', 'ketua_rt', 'ketua_pokmas', 'kader')),
  rw          INTEGER,
  rt          INTEGER,
  pokmas_id   INTEGER REFERENCES pokmas(id),
  created_by  TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  held_by     INTEGER REFERENCES residents(id),
  used_at     INTEGER,
  used_by     INTEGER REFERENCES residents(id)
);
CREATE INDEX invites_held_by ON invites(held_by) WHERE held_by IS NOT NULL;

CREATE TABLE invite_failures (
  id          INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  at          INTEGER NOT NULL
);
CREATE INDEX invite_failures_resident ON invite_failures(resident_id, at);

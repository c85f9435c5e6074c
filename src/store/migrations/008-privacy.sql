-- Privacy (issue 7): /tautkan failures counted per channel address (a keyed hash, never the address itself) and
-- per live code (every failure anywhere counts against each code that could have been guessed).

CREATE TABLE identity_link_failures (
  address_key TEXT NOT NULL,
  at          INTEGER NOT NULL
);
CREATE INDEX identity_link_failures_key ON identity_link_failures(address_key, at);
CREATE INDEX identity_link_failures_at ON identity_link_failures(at);

ALTER TABLE identity_link_codes ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;

-- Photos stored for a draft that was not (yet) submitted, so `hapus data` can remove them from disk; a row goes
-- when its aspiration is created (the photo then belongs to the aspiration).
CREATE TABLE draft_photos (
  path        TEXT PRIMARY KEY,
  resident_id INTEGER NOT NULL,
  stored_at   INTEGER NOT NULL
);
CREATE INDEX draft_photos_resident ON draft_photos(resident_id);

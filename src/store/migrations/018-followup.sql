-- The follow-up after the Musrenbang (issue 11): the channel an approved proposal is funded through, the actor's
-- detail on each status change, and the "is it fixed?" questions asked once per person after `selesai`.

-- funding_channel: rkpd | apbd-kelurahan | swadaya | csr | dana-pusat, set when a proposal is `disetujui`.
ALTER TABLE aspirations ADD COLUMN funding_channel TEXT;
-- channel of a `disetujui` change; forced = 1 when an admin overrode the transition rules.
ALTER TABLE aspiration_status_history ADD COLUMN funding_channel TEXT;
ALTER TABLE aspiration_status_history ADD COLUMN forced INTEGER NOT NULL DEFAULT 0;

-- One question per (aspiration, resident) and completion: asked once when due (asked_at), never again.
-- answer: sudah | belum | sebagian; NULL while unanswered (a non-answer is never asked again).
CREATE TABLE followup_asks (
  id            INTEGER PRIMARY KEY,
  aspiration_id INTEGER NOT NULL REFERENCES aspirations(id),
  resident_id   INTEGER REFERENCES residents(id),
  completed_at  INTEGER NOT NULL,
  due_at        INTEGER NOT NULL,
  asked_at      INTEGER,
  answered_at   INTEGER,
  answer        TEXT CHECK (answer IN ('sudah', 'belum', 'sebagian')),
  comment       TEXT,
  photo_path    TEXT,
  UNIQUE (aspiration_id, resident_id, completed_at)
);
CREATE INDEX followup_asks_due ON followup_asks(due_at) WHERE asked_at IS NULL;

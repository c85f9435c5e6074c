-- LPMK broadcasts (issue 12): a broadcast, one row per recipient (its delivery record and RSVP), and its reminders.
CREATE TABLE broadcasts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('undangan', 'sosialisasi')),
  sender_resident_id INTEGER REFERENCES residents(id),
  -- the audience as chosen ({ type, rws?, rw?, rt? }), JSON
  audience TEXT NOT NULL,
  -- the content ({ title, at, place, agenda } or { text, link, photo }), JSON
  content TEXT NOT NULL,
  -- for an undangan: when the meeting starts (epoch ms)
  meeting_at INTEGER,
  created_at INTEGER NOT NULL,
  -- set when every recipient has an outbound row (the fan-out is done)
  fanned_out_at INTEGER,
  -- set when no recipient is still queued; the sender's short report is queued in the same transaction
  finished_at INTEGER
);

CREATE TABLE broadcast_recipients (
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
  resident_id INTEGER NOT NULL,
  rw INTEGER,
  rt INTEGER,
  channel TEXT,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
  -- 'berhenti' (opted out) or 'unreachable' (no working identity) for skipped and failed rows
  reason TEXT,
  outbound_id INTEGER,
  rsvp TEXT CHECK (rsvp IN ('hadir', 'tidak', 'mungkin')),
  rsvp_at INTEGER,
  PRIMARY KEY (broadcast_id, resident_id)
);
CREATE INDEX broadcast_recipients_queued ON broadcast_recipients (broadcast_id, status);

CREATE TABLE broadcast_reminders (
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
  label TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  fired_at INTEGER,
  PRIMARY KEY (broadcast_id, label)
);
CREATE INDEX broadcast_reminders_due ON broadcast_reminders (fired_at, due_at);

-- Broadcast timing and control (issue 12): sending at a set time, repeating on a schedule, cancel, pause, reschedule.
-- A repeating broadcast: the composed message and its rule; each iteration becomes its own broadcasts row.
CREATE TABLE broadcast_schedules (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('undangan', 'sosialisasi')),
  sender_resident_id INTEGER REFERENCES residents(id),
  audience TEXT NOT NULL,
  content TEXT NOT NULL,
  -- { type: 'weekly' | 'monthly-nth' | 'monthly-date', weekday?, nth?, day?, hour, minute }, JSON
  rule TEXT NOT NULL,
  -- the cron pattern the queue's job scheduler runs, read in tz
  pattern TEXT NOT NULL,
  tz TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  stopped_at INTEGER
);

-- When to fan out (NULL: at once); an iteration of a schedule has its moment here.
ALTER TABLE broadcasts ADD COLUMN send_at INTEGER;
ALTER TABLE broadcasts ADD COLUMN schedule_id INTEGER REFERENCES broadcast_schedules(id);
-- 'active', 'paused' (nothing more is handed to delivery) or 'cancelled' (before it started, or a meeting called off)
ALTER TABLE broadcasts ADD COLUMN state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'cancelled'));
ALTER TABLE broadcasts ADD COLUMN cancelled_at INTEGER;
CREATE UNIQUE INDEX broadcasts_occurrence ON broadcasts (schedule_id, send_at) WHERE schedule_id IS NOT NULL;

-- A paused recipient's outbound row, taken back from delivery (status 'failed', last_error 'paused'); on resume it is
-- kept if its send completed meanwhile, otherwise the recipient gets a fresh row.
ALTER TABLE broadcast_recipients ADD COLUMN held_outbound_id INTEGER;

-- The meeting time a reminder was made for: a reminder fires only while it is still the meeting's time.
ALTER TABLE broadcast_reminders ADD COLUMN for_meeting_at INTEGER;
UPDATE broadcast_reminders SET for_meeting_at = (SELECT meeting_at FROM broadcasts b WHERE b.id = broadcast_reminders.broadcast_id);

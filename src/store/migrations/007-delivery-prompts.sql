-- Delivery: a proactive prompt (duplicate hint, later RSVPs) moves the resident's session only once it has been
-- delivered, and only if the session did not change meanwhile. The offer (session to enter, state it applies to,
-- text to send instead when it no longer applies) travels with the outbound row.
ALTER TABLE outbound ADD COLUMN offer TEXT;

-- Edited messages are not processed; each chat is told so once. The chat is kept as a hash, not its address.
CREATE TABLE edit_notices (
  chat_hash  TEXT PRIMARY KEY,
  told_at    INTEGER NOT NULL
);

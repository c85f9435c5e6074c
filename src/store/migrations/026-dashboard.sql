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

-- One row per usulan: an aspiration outside any cluster, or its cluster's representative (what the exports and the
-- chat's bulk /usulan count). Kept by triggers on every change of cluster membership or representative, so the
-- Usulan table and the Ringkasan count proposals from a partial index instead of joining 100,000 rows per page.
ALTER TABLE aspirations ADD COLUMN proposal INTEGER NOT NULL DEFAULT 1;

UPDATE aspirations SET proposal = NOT EXISTS (
  SELECT 1 FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
   WHERE m.aspiration_id = aspirations.id AND c.representative_aspiration_id <> aspirations.id);

CREATE TRIGGER aspirations_proposal_member_in AFTER INSERT ON cluster_members BEGIN
  UPDATE aspirations SET proposal = (SELECT representative_aspiration_id = NEW.aspiration_id FROM clusters WHERE id = NEW.cluster_id)
   WHERE id = NEW.aspiration_id;
END;

CREATE TRIGGER aspirations_proposal_member_out AFTER DELETE ON cluster_members BEGIN
  UPDATE aspirations SET proposal = 1 WHERE id = OLD.aspiration_id;
END;

CREATE TRIGGER aspirations_proposal_member_moved AFTER UPDATE OF cluster_id, aspiration_id ON cluster_members BEGIN
  UPDATE aspirations SET proposal = 1 WHERE id = OLD.aspiration_id;
  UPDATE aspirations SET proposal = (SELECT representative_aspiration_id = NEW.aspiration_id FROM clusters WHERE id = NEW.cluster_id)
   WHERE id = NEW.aspiration_id;
END;

CREATE TRIGGER aspirations_proposal_representative AFTER UPDATE OF representative_aspiration_id ON clusters BEGIN
  UPDATE aspirations SET proposal = (id = NEW.representative_aspiration_id)
   WHERE id IN (SELECT aspiration_id FROM cluster_members WHERE cluster_id = NEW.id);
END;

CREATE INDEX aspirations_proposals_created ON aspirations(created_at) WHERE proposal = 1;
CREATE INDEX aspirations_proposals_rw ON aspirations(rw, status) WHERE proposal = 1;

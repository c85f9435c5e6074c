-- Issue 13: clusters edited by the LPMK (merge two, split one aspiration out), each with its reason, so both
-- directions stay traceable ("digabung ke ASP-…" on one side, "gabungan dari …" on the other).
-- Tickets are kept as text and aspirations by id: a merged cluster row is deleted (its members and supporters move),
-- and SQLite may reuse a deleted cluster's id, so cluster ids here are for reference only.
-- kind: 'merge' = every member of the source cluster moved into the target cluster;
--       'split' = one aspiration left its cluster and became a cluster of its own.
-- from_*: the source cluster (merge) or the cluster left (split), by its representative at the time.
-- to_*:   the target cluster (merge) or the new cluster (split: the aspiration split out).
-- actor: as the audit log names actors (`resident:12`, `admin-cli`); hapus data replaces it with the pseudonym.
CREATE TABLE cluster_edits (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  from_cluster_id    INTEGER NOT NULL,
  from_aspiration_id INTEGER NOT NULL REFERENCES aspirations(id),
  from_ticket        TEXT NOT NULL,
  to_cluster_id      INTEGER NOT NULL,
  to_aspiration_id   INTEGER NOT NULL REFERENCES aspirations(id),
  to_ticket          TEXT NOT NULL,
  reason             TEXT NOT NULL,
  actor              TEXT NOT NULL,
  at                 INTEGER NOT NULL
);
CREATE INDEX cluster_edits_from ON cluster_edits(from_aspiration_id);
CREATE INDEX cluster_edits_to ON cluster_edits(to_aspiration_id);
CREATE INDEX cluster_edits_at ON cluster_edits(at DESC, id DESC);

-- The aspirations an edit moved (all members of a merged cluster, or the one split out).
CREATE TABLE cluster_edit_members (
  edit_id       INTEGER NOT NULL REFERENCES cluster_edits(id),
  aspiration_id INTEGER NOT NULL REFERENCES aspirations(id),
  PRIMARY KEY (edit_id, aspiration_id)
);
CREATE INDEX cluster_edit_members_aspiration ON cluster_edit_members(aspiration_id);

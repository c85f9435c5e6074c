-- RW aggregator: clusters of likely-duplicate aspirations (same RW and category), their members and supporters,
-- the normalised features of each ingested aspiration and an FTS5 index over them for candidate search.

CREATE TABLE clusters (
  id                           INTEGER PRIMARY KEY,
  rw                           INTEGER NOT NULL,
  category                     TEXT NOT NULL,
  tridaya                      TEXT NOT NULL,
  representative_aspiration_id INTEGER NOT NULL REFERENCES aspirations(id),
  -- Distinct residents who raised or joined the cluster (count of cluster_supporters rows).
  supporters                   INTEGER NOT NULL DEFAULT 0,
  -- Aspirations in the cluster (count of cluster_members rows).
  members                      INTEGER NOT NULL DEFAULT 0,
  created_at                   INTEGER NOT NULL,
  updated_at                   INTEGER NOT NULL
);
CREATE INDEX clusters_rw_supporters ON clusters(rw, supporters DESC, id);
CREATE INDEX clusters_rw_category ON clusters(rw, category);

-- Each ingested aspiration belongs to exactly one cluster (this row is what makes ingest idempotent).
-- state: 'auto' = put there by the similarity score; 'merged' = the resident confirmed joining as a supporter;
-- 'own' = first of its cluster, or split out by the resident ("my proposal is different").
CREATE TABLE cluster_members (
  cluster_id    INTEGER NOT NULL REFERENCES clusters(id),
  aspiration_id INTEGER NOT NULL UNIQUE REFERENCES aspirations(id),
  state         TEXT NOT NULL DEFAULT 'own' CHECK (state IN ('own', 'auto', 'merged')),
  score         REAL,
  joined_at     INTEGER NOT NULL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);

-- resident_id is NULL for an aspiration whose author deleted their personal data (it still counts once).
CREATE TABLE cluster_supporters (
  cluster_id    INTEGER NOT NULL REFERENCES clusters(id),
  resident_id   INTEGER REFERENCES residents(id),
  aspiration_id INTEGER REFERENCES aspirations(id),
  via           TEXT NOT NULL CHECK (via IN ('aspiration', 'dukung')),
  at            INTEGER NOT NULL,
  UNIQUE (cluster_id, resident_id)
);
CREATE INDEX cluster_supporters_resident ON cluster_supporters(resident_id);

-- Normalised features of every ingested aspiration (JSON of content stems and place keys).
CREATE TABLE aggregator_docs (
  aspiration_id INTEGER PRIMARY KEY REFERENCES aspirations(id),
  rw            INTEGER NOT NULL,
  rt            INTEGER NOT NULL,
  category      TEXT NOT NULL,
  features      TEXT NOT NULL
);

-- rowid = aspiration id; scope = one token for (RW, category) so MATCH filters by it through the index.
CREATE VIRTUAL TABLE aggregator_fts USING fts5(scope, body, tokenize = 'unicode61');

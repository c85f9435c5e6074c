-- The planning cycle and the rembug results (issue 10), shared by the rembug flows (which write results) and the
-- cycle, recap and follow-up code (which read them).

-- A planning cycle ("Musrenbang 2027"). At most one is open at a time.
CREATE TABLE cycles (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  opened_at  INTEGER NOT NULL,
  opened_by  TEXT,
  closed_at  INTEGER,
  closed_by  TEXT
);
CREATE UNIQUE INDEX cycles_one_open ON cycles((1)) WHERE closed_at IS NULL;

-- cycle_id: the cycle open when the aspiration was sent (NULL = none was open: it belongs to the next one).
-- origin: 'warga' (sent by a resident) or 'rembug' (raised at a meeting and added by the head).
-- carried_from: the cycle a not-accommodated proposal came from ("usulan tahun lalu"); NULL for a new one.
-- confidential: 1 = rahasia, seen by LPMK admins only.
ALTER TABLE aspirations ADD COLUMN cycle_id INTEGER REFERENCES cycles(id);
ALTER TABLE aspirations ADD COLUMN origin TEXT NOT NULL DEFAULT 'warga' CHECK (origin IN ('warga', 'rembug'));
ALTER TABLE aspirations ADD COLUMN carried_from INTEGER REFERENCES cycles(id);
ALTER TABLE aspirations ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
CREATE INDEX aspirations_cycle ON aspirations(cycle_id, rw, rt);

-- One rembug result per (cycle, level, area or group) and version. A draft is kept across days; a confirmed
-- result is locked; reopening (LPMK) marks it 'superseded' and starts version + 1 as a draft, so history stays.
CREATE TABLE rembug_results (
  id                  INTEGER PRIMARY KEY,
  cycle_id            INTEGER REFERENCES cycles(id),
  level               TEXT NOT NULL CHECK (level IN ('rt', 'rw', 'pokmas')),
  rw                  INTEGER,
  rt                  INTEGER,
  pokmas_id           INTEGER REFERENCES pokmas(id),
  version             INTEGER NOT NULL DEFAULT 1,
  state               TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'confirmed', 'superseded')),
  attendance_total    INTEGER,
  attendance_women    INTEGER,
  attendance_youth    INTEGER,
  attendance_elderly  INTEGER,
  attendance_disabled INTEGER,
  attendance_photo    TEXT,
  created_by          TEXT,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  confirmed_by        TEXT,
  confirmed_at        INTEGER
);
CREATE UNIQUE INDEX rembug_results_current
  ON rembug_results(IFNULL(cycle_id, 0), level, IFNULL(rw, 0), IFNULL(rt, 0), IFNULL(pokmas_id, 0))
  WHERE state <> 'superseded';

-- The ordered priority list of a result. An item is an aspiration (a resident's, or one raised at the meeting with
-- its own ticket) and, for warga aspirations, the cluster it stands for.
-- source: 'aspirasi' (from residents), 'rembug' (raised at the meeting), 'carry-over' (last cycle), 'rt-list'
-- (an RW list item taken from RT lists, see rembug_item_sources).
CREATE TABLE rembug_items (
  id            INTEGER PRIMARY KEY,
  result_id     INTEGER NOT NULL REFERENCES rembug_results(id),
  rank          INTEGER NOT NULL,
  aspiration_id INTEGER REFERENCES aspirations(id),
  cluster_id    INTEGER REFERENCES clusters(id),
  source        TEXT NOT NULL CHECK (source IN ('aspirasi', 'rembug', 'carry-over', 'rt-list')),
  funding       TEXT CHECK (funding IN ('swadaya', 'apbd', 'csr', 'pusat', 'lainnya')),
  volume        REAL,
  unit          TEXT,
  cost          INTEGER,
  swadaya       TEXT,
  UNIQUE (result_id, rank)
);
CREATE INDEX rembug_items_aspiration ON rembug_items(aspiration_id);

-- Provenance of an RW list item: the RT list items it was made from (several when RTs shared one proposal).
CREATE TABLE rembug_item_sources (
  rw_item_id INTEGER NOT NULL REFERENCES rembug_items(id),
  rt_item_id INTEGER NOT NULL REFERENCES rembug_items(id),
  PRIMARY KEY (rw_item_id, rt_item_id)
);

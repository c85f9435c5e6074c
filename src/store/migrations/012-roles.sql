-- Roles held by a person (the resident record, so every linked channel carries them), scoped where the role is:
-- ketua_rt to one RT of one RW, ketua_rw and an RW kader to one RW, ketua_pokmas to one group. A grant ends by
-- revocation (revoked_at), never by deletion, so the history of who held what stays auditable.

CREATE TABLE pokmas (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  rw         INTEGER,
  created_by TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE role_grants (
  id          INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  role        TEXT NOT NULL CHECK (role IN ('admin', 'pengurus_lpmk', 'ketua_rw', 'ketua_rt', 'ketua_pokmas', 'kader')),
  rw          INTEGER,
  rt          INTEGER,
  pokmas_id   INTEGER REFERENCES pokmas(id),
  granted_by  TEXT,
  granted_at  INTEGER NOT NULL,
  revoked_at  INTEGER,
  revoked_by  TEXT,
  CHECK (role <> 'ketua_rt' OR (rw IS NOT NULL AND rt IS NOT NULL)),
  CHECK (role <> 'ketua_rw' OR rw IS NOT NULL),
  CHECK (role <> 'ketua_pokmas' OR pokmas_id IS NOT NULL)
);
CREATE INDEX role_grants_resident ON role_grants(resident_id) WHERE revoked_at IS NULL;
-- One head at a time per RT, per RW and per group; a new head's grant revokes the old one first.
CREATE UNIQUE INDEX role_grants_one_rt_head ON role_grants(rw, rt) WHERE role = 'ketua_rt' AND revoked_at IS NULL;
CREATE UNIQUE INDEX role_grants_one_rw_head ON role_grants(rw) WHERE role = 'ketua_rw' AND revoked_at IS NULL;
CREATE UNIQUE INDEX role_grants_one_pokmas_head ON role_grants(pokmas_id) WHERE role = 'ketua_pokmas' AND revoked_at IS NULL;

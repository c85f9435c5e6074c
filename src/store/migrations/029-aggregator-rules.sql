-- Which duplicate-detection rules (lexicon files + normaliser version) the stored features and search rows were
-- computed with. At start-up a different fingerprint means the rules changed (an upgrade, or a volunteer's new
-- local word): every stored aspiration is re-normalised then, as `npm run admin -- reindex` does.
CREATE TABLE aggregator_rules (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  fingerprint TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);

-- Issue 9: the proposal a resident chose at the summary step ("Ya, salah satunya sama"). The aggregator's ingest
-- joins exactly that cluster instead of scoring candidates; NULL = let the similarity rule decide.
ALTER TABLE aspirations ADD COLUMN preferred_cluster_id INTEGER REFERENCES clusters(id);
-- The proposals the resident was shown and said were not the same ("Tidak ada yang sama"), a JSON array of cluster
-- ids: the automatic rule does not put the aspiration into any of them (nor hint it) afterwards.
ALTER TABLE aspirations ADD COLUMN declined_cluster_ids TEXT;

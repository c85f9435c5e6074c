## Admin command `npm run admin -- reindex`: the aggregator's normalised text and search index recomputed.

# $docs (Number) - aspirations recomputed, $changed (Number) - those whose normalised form changed
reindex-done = Aggregator index recomputed for { $docs } aspirations ({ $changed } changed). Proposal clusters were not changed.

# $missing (Number) - aspirations that had not reached the aggregator, $ingested (Number) - those aggregated now
reingest-done = { $missing } aspirations had not reached the aggregator; { $ingested } of them are now grouped by RW.

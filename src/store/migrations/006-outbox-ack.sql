-- Acknowledgement at the consumer: an outbox row is done when its consumer has applied the job (delivered_at,
-- written in the consumer's own transaction), not when the queue accepted it (sent_at). The relay re-publishes
-- rows that were sent but not acknowledged in time (a queue that lost its data, a job that failed for good on
-- retryable errors). failed_at marks a job its consumer refused for good (bad payload, record gone): never re-sent.

ALTER TABLE outbox ADD COLUMN delivered_at INTEGER;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
ALTER TABLE outbox ADD COLUMN redeliveries INTEGER NOT NULL DEFAULT 0;

-- Rows sent before this migration: acknowledged where the aggregator already holds the aspiration. The rest were
-- lost by the queue (or are still in it) and are re-published by the relay; consumers are idempotent.
UPDATE outbox SET delivered_at = sent_at
 WHERE sent_at IS NOT NULL AND topic = 'aspiration.created'
   AND json_extract(payload, '$.aspirationId') IN (SELECT aspiration_id FROM cluster_members);

DROP INDEX outbox_sent_at;
CREATE INDEX outbox_unacked ON outbox(sent_at) WHERE sent_at IS NOT NULL AND delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_done_at ON outbox(delivered_at) WHERE delivered_at IS NOT NULL;

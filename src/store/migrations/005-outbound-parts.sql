-- Resumable multi-part sends: how many platform messages of an outbound row (parts of a long text, the text
-- before a document) the recipient already has, so a retry sends only the parts that are still missing.

ALTER TABLE outbound ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;

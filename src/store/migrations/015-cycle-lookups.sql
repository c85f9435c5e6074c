-- Lookups of the planning cycle and the rembug consumer (issue 10): the confirmed results of a cycle and RW (read for
-- every confirmation: a cluster shared by two RTs), and the status history rows a result wrote (its idempotency).
CREATE INDEX rembug_results_cycle_rw ON rembug_results(cycle_id, rw, state);
CREATE INDEX aspiration_status_history_actor ON aspiration_status_history(aspiration_id, actor);

-- The rembug consumer wrote English notes ("rank 1 (rembug rt RW 3 RT 2)", "not chosen (rembug rt)") as the reason
-- of its status history rows, which the dashboard and /usulan show in Bahasa Indonesia. The status says what
-- happened and rembug_ranks holds the rank (shown in the reader's language), so these rows keep no reason.
UPDATE aspiration_status_history SET reason = NULL
 WHERE actor LIKE 'rembug:%' AND status IN ('masuk-prioritas', 'belum-diprioritaskan');

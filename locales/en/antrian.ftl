## Admin view of the queue: `npm run admin -- antrian`.

# $driver (String) - "bullmq" or "in-process"
antrian-title = Job queue ({ $driver })
# $queue (String), $waiting, $active, $delayed, $completed, $failed (Number)
antrian-queue-counts = { $queue }: waiting { $waiting }, running { $active }, waiting to retry { $delayed }, completed { $completed }, failed { $failed }
antrian-in-process = In-process queue (REDIS_URL is not set): job counts live only inside the running bot process. Only the outbox is visible from here.
# $unsent (Number)
antrian-outbox = Outbox: { $unsent } events not yet queued
# $since (Date)
antrian-outbox-oldest = Oldest since { DATETIME($since, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }
# $error (String)
antrian-outbox-error = Last error: { $error }
# $count (Number)
antrian-unacked = Queued, not yet acknowledged by a worker: { $count } events
# $id (String) - job id; $minutes (Number) - age since the event was recorded; $queuedMinutes (Number) - since last queued; $redeliveries (Number)
antrian-unacked-item = - { $id }: { $minutes } min old, queued { $queuedMinutes } min ago, re-sent { $redeliveries } times
# $count (Number)
antrian-outbox-refused = Refused by a worker for good (not re-sent): { $count } events
antrian-failed-title = Failed jobs (newest first):
antrian-failed-none = No failed jobs.
# $queue, $id, $name, $reason (String), $attempts (Number), $at (Date)
antrian-failed-item = - { $queue } / { $id } ({ $name }), tried { $attempts } times, { DATETIME($at, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }: { $reason }

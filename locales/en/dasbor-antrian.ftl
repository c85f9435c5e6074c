## Dashboard page 9: Antrian (Bull Board, admins only).
dasbor-antrian-title = Queues
dasbor-antrian-no-redis = This server uses the in-process queue (no REDIS_URL), so there is no queue board to show. Job counts and the outbox backlog are shown by the command: npm run admin -- antrian

/** Queue names, job payload schemas (zod) and the outbox topics that map onto them. */
import { z } from "zod";

/** Logical queue names. */
export const QUEUES = {
  aggregate: "aggregate",
  rembug: "rembug",
  broadcast: "broadcast",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const aspirationCreatedSchema = z.object({
  aspirationId: z.number().int().positive(),
  rw: z.number().int().positive(),
});
export type AspirationCreated = z.infer<typeof aspirationCreatedSchema>;

/** A rembug result was confirmed (written by the rembug flow in the confirming transaction). */
export const rembugConfirmedSchema = z.object({
  resultId: z.number().int().positive(),
});
export type RembugConfirmed = z.infer<typeof rembugConfirmedSchema>;
export const broadcastCreatedSchema = z.object({
  broadcastId: z.number().int().positive(),
  /** A broadcast sent at a set time: its fan-out job waits until then. */
  sendAt: z.number().int().optional(),
});
export type BroadcastCreated = z.infer<typeof broadcastCreatedSchema>;

/** The job a repeating broadcast's job scheduler adds on the broadcast queue at each iteration (not an outbox topic). */
export const BROADCAST_OCCURRENCE_JOB = "broadcast-occurrence";
export const broadcastOccurrenceSchema = z.object({ scheduleId: z.number().int().positive() });
export type BroadcastOccurrence = z.infer<typeof broadcastOccurrenceSchema>;

export interface TopicDef<P> {
  queue: QueueName;
  /** BullMQ job name. */
  jobName: string;
  schema: z.ZodType<P>;
  /** Deterministic job id: the same event always yields the same id (no ":" allowed). */
  jobId(p: P): string;
  /** Ordering key: events with the same key are consumed in commit order (first attempts). */
  key?(p: P): string;
  /** Run the job no earlier than this moment (epoch ms). */
  runAt?(p: P): number | undefined;
  attempts?: number;
  backoffMs?: number;
}

/** Outbox topics. The relay turns a row of topic T into a job on TOPICS[T].queue. */
export const TOPICS = {
  "aspiration.created": {
    queue: QUEUES.aggregate,
    jobName: "aspiration-created",
    schema: aspirationCreatedSchema,
    jobId: (p) => `aspiration-created-${p.aspirationId}`,
    // One RW at a time: the aggregator clusters within an RW, so keeping an RW's events in order keeps
    // cluster representatives deterministic.
    key: (p) => `rw-${p.rw}`,
    attempts: 8,
    backoffMs: 1000,
  } satisfies TopicDef<AspirationCreated>,
  "rembug.confirmed": {
    queue: QUEUES.rembug,
    jobName: "rembug-confirmed",
    schema: rembugConfirmedSchema,
    jobId: (p) => `rembug-confirmed-${p.resultId}`,
    // Results are applied in the order they were confirmed (a later RT list may read an earlier one).
    key: () => "rembug",
    attempts: 8,
    backoffMs: 1000,
  } satisfies TopicDef<RembugConfirmed>,
  // A confirmed broadcast: the broadcast worker writes one outbound row per recipient (src/broadcast/broadcaster.ts).
  "broadcast.created": {
    queue: QUEUES.broadcast,
    jobName: "broadcast-created",
    schema: broadcastCreatedSchema,
    jobId: (p) => `broadcast-created-${p.broadcastId}`,
    runAt: (p) => p.sendAt,
    attempts: 8,
    backoffMs: 1000,
  } satisfies TopicDef<BroadcastCreated>,
} as const;
export type TopicName = keyof typeof TOPICS;
export type TopicPayload<T extends TopicName> = z.infer<(typeof TOPICS)[T]["schema"]>;

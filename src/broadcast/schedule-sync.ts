/**
 * Keeps the queue's job schedulers in line with the repeating broadcasts in SQLite (the truth): one scheduler per
 * schedule not stopped, none for the others. Run at start-up (the in-process driver forgets its schedulers with the
 * process; BullMQ keeps them) and after a schedule was created or stopped.
 */
import type { Logger } from "../core/logger.js";
import { BROADCAST_OCCURRENCE_JOB, QUEUES } from "../queue/payloads.js";
import type { QueuePort } from "../queue/port.js";
import type { ScheduleRepo } from "./schedule-repo.js";

const PREFIX = "broadcast-schedule-";
export const schedulerIdOf = (scheduleId: number): string => `${PREFIX}${scheduleId}`;

export async function syncSchedules(queue: QueuePort, repo: ScheduleRepo, log: Logger): Promise<{ active: number; removed: number }> {
  const active = repo.activeSchedules();
  const ids = new Set<string>();
  for (const s of active) {
    const id = schedulerIdOf(s.id);
    ids.add(id);
    await queue.upsertScheduler(QUEUES.broadcast, id, { pattern: s.pattern, tz: s.tz }, { name: BROADCAST_OCCURRENCE_JOB, payload: { scheduleId: s.id }, attempts: 8, backoffMs: 1000 });
  }
  let removed = 0;
  for (const s of await queue.schedulers(QUEUES.broadcast)) {
    if (s.id.startsWith(PREFIX) && !ids.has(s.id) && (await queue.removeScheduler(QUEUES.broadcast, s.id))) removed++;
  }
  if (removed) log.info({ removed }, "stopped broadcast schedules removed from the queue");
  return { active: active.length, removed };
}

/**
 * A Telegram harness with its dashboard for the page tests of Klaster, Unduh, Siaran, Peran & audit and Antrian:
 * an admin, a resident of RW 01, and sign-in as any of them (tests/support/dashboard.ts does the signing in).
 */
import { register } from "../channels/contract/channel-contract.js";
import { makeTelegramHarness, replyOf, type TelegramHarness } from "../support/telegram-harness.js";
import { csrfOf, dashboardOf, signIn, signInToken } from "../support/dashboard.js";
import type { WebServer } from "../../src/web/start-web.js";
import type { RoleGrant } from "../../src/core/roles.js";

export const ADMIN = "9300";
export const START = Date.UTC(2027, 2, 1, 2, 0, 0);

export interface PagesFixture {
  h: TelegramHarness;
  web: WebServer;
  clock: { now: number };
  idOf(user: string): number;
  /** Register `user` (RW 01 / RT 02) and give them `grant`. */
  person(user: string, name: string, grant?: RoleGrant): Promise<number>;
  /** A signed-in cookie jar (with a CSRF cookie) and the token of its forms. */
  session(user: string): Promise<{ jar: Record<string, string>; csrf: string }>;
  /** An aspiration of `user`'s, clustered by the aggregator. */
  aspiration(user: string, o: { ticket: string; rw?: number; rt?: number; category?: string; text: string; location?: string; confidential?: boolean }): number;
  /** Texts the fake Bot API delivered to `user`. */
  textsTo(user: string): string[];
  close(): Promise<void>;
}

export async function pagesFixture(env: Record<string, string> = {}): Promise<PagesFixture> {
  const clock = { now: START };
  const h = await makeTelegramHarness({ clock, env: { LPMK_ADMINS: `telegram:${ADMIN}`, ...env } });
  const web = await dashboardOf(h, () => clock.now);
  const idOf = (user: string) => h.store.residents.findByIdentity("telegram", user)!.id;
  return {
    h,
    web,
    clock,
    idOf,
    async person(user, name, grant) {
      await register(h, user, name);
      if (grant) h.store.roles.grant(idOf(user), grant, "test", clock.now);
      return idOf(user);
    },
    async session(user) {
      const jar = await signIn(web.server, await signInToken(h, user));
      const csrf = await csrfOf(web.server, jar);
      return { jar, csrf };
    },
    aspiration(user, o) {
      const a = h.store.aspirations.create(
        {
          ticket: o.ticket,
          residentId: idOf(user),
          rw: o.rw ?? 1,
          rt: o.rt ?? 2,
          channel: "telegram",
          category: (o.category ?? "drainase") as never,
          description: o.text,
          locationText: o.location ?? null,
          lat: null,
          lon: null,
          photoPath: null,
        },
        clock.now,
      );
      if (o.confidential) h.store.db.prepare(`UPDATE aspirations SET confidential = 1 WHERE id = ?`).run(a.id);
      h.app.aggregator.ingest(a.id);
      return a.id;
    },
    textsTo: (user) => h.server.messagesTo(Number(user)).map(replyOf).map((r) => r.text),
    async close() {
      await web.stop();
      await h.close();
    },
  };
}

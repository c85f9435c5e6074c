/**
 * The one refusal of a privileged action: the same words everywhere (locale key `access-denied`, which the engine
 * also says when a flow's or command's `roles` keep someone out), and the same `access.denied` audit row, which the
 * host also logs. A flow that refuses inside its own checks (scope, a step only admins may take) returns this.
 */
import type { TArgs } from "../i18n/fluent.js";
import type { Transition } from "./types.js";

export const ACCESS_DENIED_KEY = "access-denied";
export const ACCESS_DENIED_ACTION = "access.denied";

export interface AccessDenial {
  /** What was asked for, for the audit log: "flow:rekap", "ticket:ASP-7K3Q". */
  subject: string;
  detail?: unknown;
  /** A locale key said after the refusal: what this person may do instead (e.g. `rekap-own-rw-only`). */
  hint?: { key: string; args?: TArgs };
}

/**
 * Refuse, audit, and end the flow.
 *
 * @example
 * if (!mayAct(grants, ["ketua_rw"], { rw })) return accessDenied(c, { subject: "flow:rekap", detail: { rw }, hint: { key: "rekap-own-rw-only", args: { rw: "03" } } });
 */
export function accessDenied(c: { t: (key: string, args?: TArgs) => string }, d: AccessDenial): Transition {
  const text = [c.t(ACCESS_DENIED_KEY), ...(d.hint ? [c.t(d.hint.key, d.hint.args)] : [])].join("\n");
  return {
    say: [{ text }],
    effects: [{ type: "audit", action: ACCESS_DENIED_ACTION, subject: d.subject, ...(d.detail !== undefined ? { detail: d.detail } : {}) }],
    end: {},
  };
}

/** Why a move is refused, in plain words: shared by /usulan in chat and the admin import. */
import type { MoveError } from "./move.js";

type T = (key: string, args?: Record<string, string | number>) => string;

export function refusalText(t: T, ticket: string, e: MoveError): string {
  switch (e.code) {
    case "unknown-ticket":
      return t("usulan-unknown-ticket", { ticket: e.ticket });
    case "force-not-allowed":
      return t("usulan-force-admin-only");
    case "same":
      return t("usulan-refused-same", { ticket, status: t(`status-${e.status}`) });
    case "not-allowed":
      return t("usulan-refused-order", {
        ticket,
        from: t(`status-${e.from}`),
        to: t(`status-${e.to}`),
        allowed: e.allowed.map((s) => t(`status-${s}`)).join(", "),
      });
    case "needs-reason":
      return t("usulan-needs-reason");
    case "needs-channel":
      return t("usulan-needs-channel");
  }
}

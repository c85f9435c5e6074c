/** The language to answer a resident in when the engine did not pick one (effect handlers that write their own replies). */
import type { Lang } from "../core/domain.js";
import type { Store } from "../store/index.js";

/** Fallback when the resident is unknown (e.g. deleted meanwhile). */
export const FALLBACK_LANG: Lang = "id";

/**
 * The resident's saved language, or Indonesian when there is no such resident.
 *
 * @example
 * const lang = residentLang(ctx.store, ctx.residentId);
 */
export function residentLang(store: Pick<Store, "residents">, residentId: number): Lang {
  return store.residents.get(residentId)?.lang ?? FALLBACK_LANG;
}

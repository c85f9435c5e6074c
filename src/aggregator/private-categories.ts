/** Categories whose texts are never shown to other residents ("Dukung usulan" list, duplicate hint). */
import type { Category } from "../core/domain.js";

/**
 * Reports about security and public order often name or point at a neighbour, and the author may be known to them
 * (UU 27/2022). Their words stay with the LPMK: they count in /rekap and the exports, never in what residents see.
 */
export const PRIVATE_CATEGORIES: readonly Category[] = ["keamanan"];

export function isPrivateCategory(category: string): boolean {
  return (PRIVATE_CATEGORIES as readonly string[]).includes(category);
}

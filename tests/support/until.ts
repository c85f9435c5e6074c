/** Wait until `pred` holds, polling every `stepMs`; throws "timed out waiting for <what>" after `ms`. */
export async function until(pred: () => boolean, what: string, ms = 30_000, stepMs = 10): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

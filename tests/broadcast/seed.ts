/** Registered residents written straight into the store (set-up only; the flows themselves are tested elsewhere). */
import type { ChannelName } from "../../src/core/messages.js";
import type { Store } from "../../src/store/index.js";

export interface SeededResident {
  id: number;
  address: string;
  rw: number;
  rt: number;
}

/** `n` consenting, registered residents on `channel`, spread over `rws` (RT 1-2), addresses from `address(i)`. */
export function seedResidents(store: Store, channel: ChannelName, n: number, o: { rws: number[]; address: (i: number) => string; now: number }): SeededResident[] {
  const out: SeededResident[] = [];
  store.tx(() => {
    for (let i = 0; i < n; i++) {
      const address = o.address(i);
      const rw = o.rws[i % o.rws.length]!;
      const rt = 1 + (i % 2);
      const r = store.residents.resolve(channel, address, { lang: i % 10 === 5 ? "en" : "id", now: o.now });
      store.residents.update(r.id, { name: `Warga ${i}`, rw, rt, consent: "given", registered: true }, o.now);
      store.residents.rememberAddress(r.id, channel, address, o.now);
      out.push({ id: r.id, address, rw, rt });
    }
  });
  return out;
}

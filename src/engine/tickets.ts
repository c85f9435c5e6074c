/** Ticket numbers like ASP-7K3Q: short, unambiguous when read aloud or typed (no 0/O, 1/I/L, U). */

export const TICKET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Generate a ticket not yet taken. Grows from 4 to more characters only if the space gets crowded. */
export function newTicket(prefix: string, taken: (t: string) => boolean, random: () => number): string {
  for (let attempt = 0; attempt < 64; attempt++) {
    const len = 4 + Math.floor(attempt / 16);
    let code = "";
    for (let i = 0; i < len; i++) code += TICKET_ALPHABET[Math.floor(random() * TICKET_ALPHABET.length)];
    const ticket = `${prefix}-${code}`;
    if (!taken(ticket)) return ticket;
  }
  throw new Error("could not find a free ticket number");
}

/** Read a ticket typed by a person: "asp 7k3q", "ASP-7K3Q", "ASP7K3Q" or just "7k3q". Returns null if it cannot be one. */
export function parseTicket(prefix: string, input: string): string | null {
  const s = input.toUpperCase().replace(/[\s._-]+/g, "");
  const body = s.startsWith(prefix) ? s.slice(prefix.length) : s;
  return /^[A-Z0-9]{4,6}$/.test(body) ? `${prefix}-${body}` : null;
}

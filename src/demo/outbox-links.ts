/** One message of GET /dev/outbox.json, as far as the demo reads it. */
export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  sentAt?: string;
}

/** "Name <address>" or a bare address; compared in lower case, as the API stores emails. */
export function recipientAddress(to: string): string {
  return (/<([^>]+)>/.exec(to)?.[1] ?? to).trim().toLowerCase();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The personal rater link of each of `addresses` found in the outbox: the first link of the form
 * `${publicUrl}/r/<token>` in the newest message to that address. Messages of earlier runs and
 * of other people are ignored.
 */
export function raterLinksFromOutbox(messages: readonly OutboxMessage[], publicUrl: string, addresses: readonly string[]): Map<string, string> {
  const wanted = new Set(addresses.map((address) => address.toLowerCase()));
  const link = new RegExp(`${escapeRegExp(publicUrl)}/r/[A-Za-z0-9_-]+`);
  const newestFirst = [...messages].sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''));
  const links = new Map<string, string>();
  for (const message of newestFirst) {
    const address = recipientAddress(message.to);
    if (!wanted.has(address) || links.has(address)) continue;
    const found = link.exec(message.text)?.[0];
    if (found) links.set(address, found);
  }
  return links;
}

/** The token is the last path segment of a rater link. */
export function tokenOfLink(link: string): string {
  return link.slice(link.lastIndexOf('/') + 1);
}

/** The newest one-time sign-in link (`${publicUrl}/a/<token>`) mailed to `address`, or null. */
export function signInLinkFromOutbox(messages: readonly OutboxMessage[], publicUrl: string, address: string): string | null {
  const link = new RegExp(`${escapeRegExp(publicUrl)}/a/[A-Za-z0-9_-]+`);
  const newestFirst = [...messages].sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''));
  for (const message of newestFirst) {
    if (recipientAddress(message.to) !== address.toLowerCase()) continue;
    const found = link.exec(message.text)?.[0];
    if (found) return found;
  }
  return null;
}

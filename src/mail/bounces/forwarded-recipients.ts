/**
 * Where a relay that forwards a bounce by HTTP leaves the address it was delivered to: the
 * envelope recipient, in the order relays record it, then the To header the reporting server
 * addressed the report to (the envelope sender of the mail that bounced).
 */
const RECIPIENT_HEADERS = ['delivered-to', 'x-original-to', 'envelope-to', 'to'];
const ADDRESS = /[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+/g;
/** Headers are short; a message whose header block is not found in this many bytes names no recipient. */
const HEADER_BYTES = 64 * 1024;

/** The addresses of the message's recipient headers, in that order. */
export function recipientsOfForwardedBounce(message: Buffer): string[] {
  const head = message.subarray(0, HEADER_BYTES).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  // Unfolded: a line that starts with white space continues the header before it.
  const lines = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const fields = lines.flatMap((line) => {
    const colon = line.indexOf(':');
    return colon > 0 ? [{ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) }] : [];
  });
  return RECIPIENT_HEADERS.flatMap((name) => fields.filter((field) => field.name === name).flatMap((field) => field.value.match(ADDRESS) ?? []));
}

/**
 * What a delivery status notification (RFC 3464) says of the mail it reports on. Only a failure
 * the reporting server calls final, `Action: failed` with a 5.x.x status, makes the address
 * refused; a delay, a 4.x.x status (even one given up on) or a success changes nothing.
 */
export type BounceVerdict =
  { kind: 'permanent'; reason: string } | { kind: 'transient'; status: string } | { kind: 'not-a-failure' } | { kind: 'unreadable'; problem: string };

/** As many characters of the reason as markRefused keeps. */
const REASON_LENGTH = 500;
const STATUS = /^([245])\.\d{1,3}\.\d{1,3}\b/;

type FieldGroup = Map<string, string>;

/**
 * The body of a message/delivery-status part: groups of header-like fields separated by blank
 * lines, the first about the message, each next one about a recipient. Field names are folded to
 * lower case; a line starting with white space continues the field before it.
 */
export function deliveryStatusGroups(body: string): FieldGroup[] {
  const groups: FieldGroup[] = [];
  let group: FieldGroup = new Map();
  let last: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (group.size > 0) groups.push(group);
      group = new Map();
      last = null;
    } else if (/^[ \t]/.test(line) && last !== null) {
      group.set(last, `${group.get(last) ?? ''} ${line.trim()}`);
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      // A repeated field keeps its first value, as RFC 3464 allows each field once per group.
      if (!group.has(last)) group.set(last, line.slice(colon + 1).trim());
    }
  }
  if (group.size > 0) groups.push(group);
  return groups;
}

/** "smtp; 550 5.1.1 <x@y>: User unknown" without its type, on one line, without control characters. */
function diagnosticText(value: string | undefined): string {
  if (!value) return '';
  const withoutType = /^[A-Za-z0-9-]+\s*;/.test(value) ? value.slice(value.indexOf(';') + 1) : value;
  return (
    withoutType
      // eslint-disable-next-line no-control-regex -- control characters must not reach the coach's page
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The verdict of a message/delivery-status body on the (single) recipient of an invitation. */
export function verdictOfDeliveryStatus(body: string): BounceVerdict {
  const recipients = deliveryStatusGroups(body).filter((group) => group.has('action'));
  if (recipients.length === 0) return { kind: 'unreadable', problem: 'no recipient with an Action field' };
  const read = recipients.map((group) => ({
    action: (group.get('action') ?? '').toLowerCase().split(/[\s(;]/)[0],
    status: STATUS.exec(group.get('status') ?? '')?.[0] ?? null,
    diagnostic: diagnosticText(group.get('diagnostic-code')),
  }));
  if (read.some((recipient) => ['delivered', 'relayed', 'expanded'].includes(recipient.action))) return { kind: 'not-a-failure' };
  const permanent = read.find((recipient) => recipient.action === 'failed' && recipient.status?.startsWith('5.'));
  if (permanent?.status) return { kind: 'permanent', reason: (permanent.diagnostic || `Status ${permanent.status}`).slice(0, REASON_LENGTH) };
  const transient = read.find((recipient) => (recipient.action === 'delayed' || recipient.action === 'failed') && recipient.status?.startsWith('4.'));
  if (transient?.status) return { kind: 'transient', status: transient.status };
  if (read.some((recipient) => recipient.action === 'delayed')) return { kind: 'transient', status: 'unknown' };
  return { kind: 'unreadable', problem: `no status this reader knows (Action: ${read[0].action || 'empty'}, Status: ${read[0].status ?? 'missing'})` };
}

/** The bounce address of the configuration, split at its "@". */
export interface BounceAddress {
  local: string;
  domain: string;
}

/** `bounces@coach.example` and tag `abc` make `bounces+abc@coach.example`. */
export function verpAddressOf(bounce: BounceAddress, tag: string): string {
  return `${bounce.local}+${tag}@${bounce.domain}`;
}

/**
 * The tag of a recipient address when it is a VERP address of the bounce address, else null.
 * Case is ignored throughout: relays may fold the local part, and the tag is base32.
 */
export function tagOfVerpAddress(bounce: BounceAddress, address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== bounce.domain.toLowerCase()) return null;
  const local = address.slice(0, at);
  const prefix = `${bounce.local}+`;
  if (local.length <= prefix.length || local.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return null;
  return local.slice(prefix.length);
}

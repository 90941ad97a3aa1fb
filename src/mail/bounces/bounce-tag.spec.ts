import { randomUUID } from 'node:crypto';
import { BOUNCE_TAG_LENGTH, bounceTagOf, deliveryOfTag, readBounceTag } from './bounce-tag';
import { tagOfVerpAddress, verpAddressOf } from './verp-address';

const SECRET = 'a-server-secret-of-at-least-thirty-two-characters';
const delivery = { invitationId: '3f0c2a4e-9b1d-4c6e-8f7a-1b2c3d4e5f60', tokenNonce: 'nonce-of-the-first-delivery' };

describe('bounce tags', () => {
  it('are read back as the invitation they were made for, and as its delivery', () => {
    const tag = bounceTagOf(SECRET, delivery);
    expect(tag).toMatch(/^[a-z2-7]+$/);
    expect(tag).toHaveLength(BOUNCE_TAG_LENGTH);
    const read = readBounceTag(SECRET, tag);
    expect(read?.invitationId).toBe(delivery.invitationId);
    expect(deliveryOfTag(SECRET, read!, delivery.tokenNonce)).toBe('invitation');
    // A relay that folds the local part to upper case changes nothing.
    expect(readBounceTag(SECRET, tag.toUpperCase())?.invitationId).toBe(delivery.invitationId);
  });

  it('tell an older delivery of the same invitation, once the coach corrected the address, from the current one', () => {
    const older = readBounceTag(SECRET, bounceTagOf(SECRET, delivery));
    expect(older?.invitationId).toBe(delivery.invitationId);
    expect(deliveryOfTag(SECRET, older!, 'nonce-after-the-correction')).toBeNull();
  });

  it("tell a reminder's delivery from the invitation's, so that a reminder's bounce can be left unshown", () => {
    const reminder = readBounceTag(SECRET, bounceTagOf(SECRET, { ...delivery, reminder: true }));
    expect(reminder?.invitationId).toBe(delivery.invitationId);
    expect(deliveryOfTag(SECRET, reminder!, delivery.tokenNonce)).toBe('reminder');
    expect(deliveryOfTag(SECRET, reminder!, 'nonce-after-the-correction')).toBeNull();
    expect(bounceTagOf(SECRET, { ...delivery, reminder: true })).not.toBe(bounceTagOf(SECRET, delivery));
    expect(bounceTagOf(SECRET, { ...delivery, reminder: false })).toBe(bounceTagOf(SECRET, delivery));
  });

  it('hold neither the invitation id nor anything of the rater, and differ between invitations', () => {
    const tag = bounceTagOf(SECRET, delivery);
    expect(tag).not.toContain(delivery.invitationId.replace(/-/g, '').slice(0, 8));
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const tags = new Set(ids.map((invitationId) => bounceTagOf(SECRET, { invitationId, tokenNonce: delivery.tokenNonce })));
    expect(tags.size).toBe(50);
    for (const invitationId of ids) expect(readBounceTag(SECRET, bounceTagOf(SECRET, { invitationId, tokenNonce: 'n' }))?.invitationId).toBe(invitationId);
  });

  it('are refused when any character is changed, when cut or lengthened, or when made under another secret', () => {
    const tag = bounceTagOf(SECRET, delivery);
    for (let index = 0; index < tag.length - 1; index += 1) {
      const changed = tag.slice(0, index) + (tag[index] === 'a' ? 'b' : 'a') + tag.slice(index + 1);
      expect(readBounceTag(SECRET, changed)).toBeNull();
    }
    expect(readBounceTag(SECRET, tag.slice(1))).toBeNull();
    expect(readBounceTag(SECRET, `${tag}a`)).toBeNull();
    expect(readBounceTag(SECRET, `${tag.slice(0, -1)}!`)).toBeNull();
    expect(readBounceTag(SECRET, '')).toBeNull();
    expect(readBounceTag('another-secret-of-at-least-thirty-two-characters', tag)).toBeNull();
    expect(readBounceTag(SECRET, bounceTagOf('another-secret-of-at-least-thirty-two-characters', delivery))).toBeNull();
  });
});

describe('VERP addresses', () => {
  const bounce = { local: 'bounces', domain: 'coach.example' };

  it('carry the tag after a "+" of the bounce address, within the 64 characters of a local part', () => {
    const tag = bounceTagOf(SECRET, delivery);
    const address = verpAddressOf(bounce, tag);
    expect(address).toBe(`bounces+${tag}@coach.example`);
    expect(address.slice(0, address.indexOf('@')).length).toBeLessThanOrEqual(64);
    expect(tagOfVerpAddress(bounce, address)).toBe(tag);
    expect(tagOfVerpAddress(bounce, address.toUpperCase())).toBe(tag.toUpperCase());
  });

  it('are not found in other addresses of the domain, or in the same address at another domain', () => {
    for (const other of [
      'bounces@coach.example',
      'bounces+@coach.example',
      'postmaster@coach.example',
      'bouncesx+abc@coach.example',
      'bounces+abc@evil.example',
      'bounces+abc',
    ]) {
      expect(tagOfVerpAddress(bounce, other)).toBeNull();
    }
  });
});

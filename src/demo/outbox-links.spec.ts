import { raterLinksFromOutbox, recipientAddress, signInLinkFromOutbox, tokenOfLink } from './outbox-links';

const message = (to: string, text: string, sentAt = '2026-11-24T10:00:00.000Z') => ({ to, subject: 'Your feedback on Alex Morgan', text, sentAt });

describe('raterLinksFromOutbox', () => {
  const base = 'http://localhost:3000';

  it('finds each wanted rater link, whatever the form of the recipient', () => {
    const links = raterLinksFromOutbox(
      [
        message('Priya Shah <priya.shah+ab12@example.com>', `Dear Priya,\n\nGive your feedback here:\n${base}/r/abcDEF123_-x\n\nThis link is personal.`),
        message('alex.morgan+ab12@example.com', `Here: ${base}/r/selfToken.`),
      ],
      base,
      ['priya.shah+ab12@example.com', 'Alex.Morgan+ab12@example.com'],
    );
    expect(links).toEqual(
      new Map([
        ['priya.shah+ab12@example.com', `${base}/r/abcDEF123_-x`],
        ['alex.morgan+ab12@example.com', `${base}/r/selfToken`],
      ]),
    );
  });

  it('ignores other recipients, links to other hosts, and older mail to the same address', () => {
    const links = raterLinksFromOutbox(
      [
        message('Someone <someone@example.com>', `${base}/r/notMine`),
        message('Priya <priya@example.com>', `${base}/r/old`, '2026-11-24T09:00:00.000Z'),
        message('Priya <priya@example.com>', `${base}/r/new`, '2026-11-24T11:00:00.000Z'),
        message('Ben <ben@example.com>', 'http://elsewhere.example/r/other'),
      ],
      base,
      ['priya@example.com', 'ben@example.com'],
    );
    expect(links).toEqual(new Map([['priya@example.com', `${base}/r/new`]]));
  });
});

describe('recipientAddress and tokenOfLink', () => {
  it('read the address and the token', () => {
    expect(recipientAddress('Tom Becker <Tom.Becker+x@Example.com>')).toBe('tom.becker+x@example.com');
    expect(tokenOfLink('http://localhost:3000/r/abc_DEF-1')).toBe('abc_DEF-1');
  });
});

describe('signInLinkFromOutbox', () => {
  const publicUrl = 'http://localhost:3000';
  it('finds the newest sign-in link to the address, ignoring rater links and other people', () => {
    const messages = [
      { to: 'Alex <alex@x.org>', subject: 'a', text: `Sign in: ${publicUrl}/a/OLDTOKEN`, sentAt: '2026-01-01T10:00:00Z' },
      { to: 'alex@x.org', subject: 'b', text: `Sign in: ${publicUrl}/a/NEWTOKEN`, sentAt: '2026-01-01T11:00:00Z' },
      { to: 'alex@x.org', subject: 'c', text: `Rate: ${publicUrl}/r/RATERTOKEN`, sentAt: '2026-01-01T12:00:00Z' },
      { to: 'sam@x.org', subject: 'd', text: `Sign in: ${publicUrl}/a/SAMTOKEN`, sentAt: '2026-01-01T13:00:00Z' },
    ];
    expect(signInLinkFromOutbox(messages, publicUrl, 'ALEX@x.org')).toBe(`${publicUrl}/a/NEWTOKEN`);
    expect(signInLinkFromOutbox(messages, publicUrl, 'kim@x.org')).toBeNull();
  });
});

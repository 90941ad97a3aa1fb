import { invitationMail, thankYouMail } from './invitation-mail';

const base = {
  raterName: 'Sam <Lee>',
  leaderName: 'Alex Morgan',
  coachName: 'Robin R&D',
  surveyTitle: 'Leadership 360 for {{leader}}',
  group: { label: 'Peers', anonymous: true, minResponses: 3 },
};

describe('rater mail', () => {
  it('says the deadline in words, in UTC, in both parts', () => {
    const mail = invitationMail({ ...base, closesAt: new Date('2026-12-18T17:00:00Z'), reminder: false, link: 'https://f360.example/r/abc' });
    expect(mail.text).toContain('Please answer by Friday 18 December 2026 at 17:00 UTC.');
    expect(mail.html).toContain('Please answer by <strong>Friday 18 December 2026 at 17:00 UTC</strong>.');
  });

  it('escapes names in the HTML part only, and keeps the plain part as typed', () => {
    const mail = invitationMail({ ...base, closesAt: null, reminder: false, link: 'https://f360.example/r/abc' });
    expect(mail.html).toContain('Dear Sam &lt;Lee&gt;,');
    expect(mail.html).toContain('Robin R&amp;D');
    expect(mail.text).toContain('Dear Sam <Lee>,');
    expect(mail.text).toContain('Robin R&D is coaching Alex Morgan');
    expect(mail.text).not.toContain('Please answer by');
    expect(mail.subject).toBe('Your feedback on Alex Morgan: Leadership 360 for Alex Morgan');
  });

  it('shows the link as a button and as text to copy, and says who sees what', () => {
    const link = 'https://f360.example/r/abc';
    const anonymous = invitationMail({ ...base, closesAt: null, reminder: true, link });
    expect(anonymous.html.match(new RegExp(`href="${link}"`, 'g'))).toHaveLength(2);
    expect(anonymous.html).toContain('copy this address into your browser');
    expect(anonymous.text).toMatch(new RegExp(`^${link}$`, 'm'));
    expect(anonymous.text).toContain('at least 3 people of it have answered');
    expect(anonymous.subject).toBe('Reminder: your feedback on Alex Morgan');
    const boss = invitationMail({ ...base, group: { label: 'Manager', anonymous: false, minResponses: 1 }, closesAt: null, reminder: false, link });
    expect(boss.text).toContain('Your answers are not anonymous');
  });

  it('thanks without a link, and says why it comes at close', () => {
    const mail = thankYouMail(base);
    expect(mail.subject).toBe('Thank you for your feedback on Alex Morgan');
    expect(mail.text).not.toMatch(/https?:/);
    expect(mail.text).toContain('not even its timing tells when you answered');
    expect(mail.html).toContain('<table role="presentation"');
  });
});

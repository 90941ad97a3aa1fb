import { invitationMail, thankYouMail } from './invitation-mail';

const base = {
  language: 'en',
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

  describe('in French', () => {
    const french = {
      ...base,
      language: 'fr',
      surveyTitle: 'Feedback 360° sur le leadership de {{leader}}',
      group: { label: 'Pairs', anonymous: true, minResponses: 3 },
    };

    it('writes the subject, both parts, the deadline in French words and who sees what', () => {
      const link = 'https://f360.example/r/abc';
      const mail = invitationMail({ ...french, closesAt: new Date('2026-12-18T17:00:00Z'), reminder: false, link });
      expect(mail.subject).toBe('Votre avis sur Alex Morgan : Feedback 360° sur le leadership de Alex Morgan');
      expect(mail.text).toContain('Bonjour Sam <Lee>,');
      expect(mail.text).toContain('Merci de répondre avant le vendredi 18 décembre 2026 à 17 h 00 UTC.');
      expect(mail.html).toContain('Merci de répondre avant le <strong>vendredi 18 décembre 2026 à 17 h 00 UTC</strong>.');
      expect(mail.text).toContain('Vous faites partie du groupe « Pairs ».');
      expect(mail.text).toContain('Personne, pas même Robin R&D, ne voit qui a répondu');
      expect(mail.html).toContain('Personne, pas même Robin R&amp;D, ne voit qui a répondu');
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.html).toContain('>Donner mon avis</a>');
      expect(mail.html).toContain('Si le bouton ne fonctionne pas');
      expect(mail.html).toContain('Envoyé par feedback360 au nom de votre coach.');
      expect(mail.text).toMatch(new RegExp(`^${link}$`, 'm'));
      for (const part of [mail.text, mail.html]) expect(part).not.toMatch(/Dear|Please|anonymous|feedback on/);
    });

    it('reminds and thanks in French', () => {
      const reminder = invitationMail({ ...french, closesAt: null, reminder: true, link: 'https://f360.example/r/abc' });
      expect(reminder.subject).toBe('Rappel : votre avis sur Alex Morgan');
      expect(reminder.html).toContain('Petit rappel : votre avis sur <strong>Alex Morgan</strong> serait toujours le bienvenu.');
      expect(reminder.text).not.toContain('Merci de répondre avant');
      const thanks = thankYouMail(french);
      expect(thanks.subject).toBe('Merci pour votre avis sur Alex Morgan');
      expect(thanks.text).toContain('L’enquête est maintenant close');
      expect(thanks.text).toContain('pour que même son moment ne dise pas quand vous avez répondu');
      expect(thanks.html).toContain('<html lang="fr"');
      expect(thanks.text).not.toMatch(/https?:/);
    });
  });
});

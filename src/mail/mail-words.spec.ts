import { FORM_LANGUAGES } from '../responses/form-words';
import english from './words/en.json';
import { MAIL_LANGUAGES, mailLanguage, mailWords, sayHtml, sayPlain } from './mail-words';

const placeholders = (sentence: string): string[] => [...sentence.matchAll(/\{\*?\w+\}/g)].map((match) => match[0]).sort();

describe('mail words', () => {
  it('exist for every language a rater can be given, each sentence with the placeholders of the English one', () => {
    expect([...MAIL_LANGUAGES].sort()).toEqual([...FORM_LANGUAGES].sort());
    for (const language of MAIL_LANGUAGES) {
      const words: Record<string, string> = mailWords(language);
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [key, sentence] of Object.entries(english)) {
        expect({ language, key, placeholders: placeholders(words[key]) }).toEqual({ language, key, placeholders: placeholders(sentence) });
        if (language !== 'en') expect({ language, key, same: words[key] === sentence }).toEqual({ language, key, same: false });
      }
    }
  });

  it('are written in the rater’s language only when the survey is translated into it', () => {
    expect(mailLanguage('fr', ['en', 'fr'])).toBe('fr');
    expect(mailLanguage('fr', ['en'])).toBe('en');
    expect(mailLanguage(null, ['en', 'fr'])).toBe('en');
    expect(mailLanguage('en', ['en', 'fr'])).toBe('en');
    // A survey translated into a language the mail has no words for.
    expect(mailLanguage('de', ['de', 'en'])).toBe('en');
  });

  it('fill sentences, escaping the HTML part and putting {*value} in bold there only', () => {
    const sentence = 'Your feedback on {*leader}, by {coach} ({missing}).';
    expect(sayPlain(sentence, { leader: 'Sam <Lee>', coach: 'R&D' })).toBe('Your feedback on Sam <Lee>, by R&D ({missing}).');
    expect(sayHtml(sentence, { leader: 'Sam <Lee>', coach: 'R&D' })).toBe('Your feedback on <strong>Sam &lt;Lee&gt;</strong>, by R&amp;D ({missing}).');
    expect(sayHtml('Ce lien « {n} » <b>', { n: 3 })).toBe('Ce lien « 3 » &lt;b&gt;');
  });
});

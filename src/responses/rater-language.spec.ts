import { raterPageLanguage } from './rater-language';

const both = ['en', 'fr'];

describe('raterPageLanguage', () => {
  it('takes the language picked on the form first, posted or remembered for the link', () => {
    expect(raterPageLanguage({ offered: both, posted: 'en', remembered: 'fr', coachSet: 'fr', acceptLanguage: 'fr' })).toBe('en');
    expect(raterPageLanguage({ offered: both, remembered: 'en', coachSet: 'fr', acceptLanguage: 'fr' })).toBe('en');
  });

  it('then the language the coach set for the rater, before the browser’s', () => {
    expect(raterPageLanguage({ offered: both, coachSet: 'fr', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('fr');
    expect(raterPageLanguage({ offered: both, coachSet: 'fr', acceptLanguage: undefined })).toBe('fr');
  });

  it('then the browser’s, then English', () => {
    expect(raterPageLanguage({ offered: both, coachSet: null, acceptLanguage: 'fr-CH,fr;q=0.9' })).toBe('fr');
    expect(raterPageLanguage({ offered: both, coachSet: null, acceptLanguage: 'de' })).toBe('en');
    expect(raterPageLanguage({ offered: both, coachSet: null, acceptLanguage: undefined })).toBe('en');
  });

  it('skips any language the survey does not offer, wherever it comes from', () => {
    const englishOnly = ['en'];
    expect(raterPageLanguage({ offered: englishOnly, posted: 'fr', remembered: 'fr', coachSet: 'fr', acceptLanguage: 'fr' })).toBe('en');
    expect(raterPageLanguage({ offered: both, posted: 'xx', remembered: 'de', coachSet: 'fr', acceptLanguage: 'en' })).toBe('fr');
    expect(raterPageLanguage({ offered: both, posted: ['fr'], coachSet: null, acceptLanguage: 'en' })).toBe('en');
  });
});

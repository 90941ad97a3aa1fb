import { contractionsSpelledOut, unthemedLanguage, unthemedLanguageOf } from './comment-language';

describe('unthemedLanguageOf', () => {
  const sure = (language: string) => ({ language, reliable: true, scores: { [language]: 0.8, en: 0.55 } });

  it('names a language other than English that the detector is sure of', () => {
    expect(unthemedLanguageOf('Doit déléguer davantage.', sure('fr'))).toBe('fr');
    expect(unthemedLanguageOf('Gracias por todo, siempre escucha.', sure('es'))).toBe('es');
  });

  it('leaves English, and anything the detector is unsure of, to theming', () => {
    expect(unthemedLanguageOf('Needs to delegate more.', sure('en'))).toBeNull();
    expect(unthemedLanguageOf('Doit déléguer davantage.', { language: 'fr', reliable: false, scores: { fr: 0.8, en: 0.55 } })).toBeNull();
    expect(unthemedLanguageOf('Doit déléguer davantage.', { language: '', reliable: true, scores: {} })).toBeNull();
  });

  it('leaves to theming a text that reads almost as well as English, as short English remarks called Dutch do', () => {
    expect(unthemedLanguageOf('Open door, open ears.', { language: 'nl', reliable: true, scores: { nl: 0.774, en: 0.722 } })).toBeNull();
    expect(unthemedLanguageOf('Goed gedaan, ga zo door', { language: 'nl', reliable: true, scores: { nl: 0.834, en: 0.4 } })).toBe('nl');
    expect(unthemedLanguage("He's a legend.")).toBeNull();
  });

  it('calls no language on texts of fewer than three words, whatever the detector says', () => {
    for (const text of ['ok', 'N/A', 'Merci', 'Pas mal', 'Super énergie !', '+1 -- ?']) expect(unthemedLanguageOf(text, sure('fr'))).toBeNull();
    expect(unthemedLanguageOf('Pas de commentaire', sure('fr'))).toBe('fr');
  });

  it('reads a list of names as names, not as a language', () => {
    expect(unthemedLanguageOf('Jean-Pierre Martin', sure('fr'))).toBeNull();
    expect(unthemedLanguageOf('Marie, Paul et Élodie', sure('fr'))).toBe('fr');
    expect(unthemedLanguageOf('Marie, Paul, Élodie', sure('fr'))).toBeNull();
  });
});

describe('unthemedLanguage', () => {
  it('finds French in a short French comment and nothing in its English twin', () => {
    expect(unthemedLanguage('Perd parfois son calme en réunion.')).toBe('fr');
    expect(unthemedLanguage('Sometimes loses his temper in meetings.')).toBeNull();
  });

  it('calls no language on short or vague texts and names', () => {
    for (const text of ['ok', 'N/A', 'RAS', 'rien', 'Merci', 'Jean-Pierre Martin', 'No comment', 'cf. above']) expect(unthemedLanguage(text)).toBeNull();
  });

  it('reads English contractions as the words they stand for, and leaves French elisions as they are', () => {
    expect(unthemedLanguage("She's a laugh.")).toBeNull();
    expect(contractionsSpelledOut("She's a laugh; they're sure he won't, I can't, we'd've")).toBe(
      'She is a laugh; they are sure he will not, I can not, we would have',
    );
    expect(contractionsSpelledOut('Je n’ai rien à ajouter, l’équipe qu’il aime.')).toBe('Je n’ai rien à ajouter, l’équipe qu’il aime.');
    expect(unthemedLanguage("Je n'ai rien à ajouter, c'est très bien.")).toBe('fr');
  });

  it('goes by the language most of a mixed comment is written in', () => {
    expect(unthemedLanguage('He has a certain je ne sais quoi in meetings that people warm to.')).toBeNull();
    expect(unthemedLanguage('Elle gère bien le stakeholder management et les réunions de suivi.')).toBe('fr');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unthemedLanguage } from '../../src/theming/language/comment-language';
import { shippedExamples } from '../factories/theming';
import { HELD_OUT_SETS, heldOutSet } from './labelled-sets';

interface LanguageSamples {
  en: string[];
  fr: string[];
  ambiguous: string[];
  mixed: { en: string[]; fr: string[] };
}

const samples = JSON.parse(readFileSync(join(__dirname, 'language-samples.json'), 'utf8')) as LanguageSamples;

function languagesOf(texts: readonly string[]): (string | null)[] {
  return texts.map((text) => unthemedLanguage(text));
}

/**
 * A comment called foreign loses its themes, so the first promise is that English is never called
 * foreign: not the shipped examples, not the held-out sets, not short remarks. French is caught
 * from three words on (two-word remarks are left to theming by rule).
 */
describe('language of comments, measured', () => {
  it('calls no English comment foreign: every shipped example and held-out comment', () => {
    const english = [...shippedExamples(), ...HELD_OUT_SETS.flatMap((set) => heldOutSet(set.name))].map((example) => example.text);
    expect(english.length).toBeGreaterThan(1000);
    const called = languagesOf(english)
      .map((language, index) => [english[index], language])
      .filter(([, language]) => language !== null);
    expect(called).toEqual([]);
  });

  it('calls no short English remark foreign, and finds French in all the French ones of three words or more', () => {
    expect(languagesOf(samples.en).filter((language) => language !== null)).toEqual([]);
    const french = samples.fr.filter((text) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 3);
    expect(french.length).toBeGreaterThanOrEqual(samples.fr.length - 1);
    expect(languagesOf(french)).toEqual(french.map(() => 'fr'));
  });

  it('calls no language on short, vague texts and names', () => {
    expect(
      languagesOf(samples.ambiguous)
        .map((language, index) => [samples.ambiguous[index], language])
        .filter(([, language]) => language !== null),
    ).toEqual(
      // A whole French sentence, however empty, is French.
      [['Pas de commentaire', 'fr']],
    );
  });

  it('goes by the language most of a mixed comment is written in', () => {
    expect(languagesOf(samples.mixed.en)).toEqual(samples.mixed.en.map(() => null));
    expect(languagesOf(samples.mixed.fr)).toEqual(samples.mixed.fr.map(() => 'fr'));
  });
});

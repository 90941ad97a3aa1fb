import { join } from 'node:path';
import { ngramsLiteralAsJson, readNgrams } from './eld-ngrams';

const eldFolder = join(__dirname, '..', '..', '..', 'node_modules', 'eld');

describe("eld's n-gram tables read as JSON", () => {
  it('reads the small tables exactly as eld evaluates them', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const evaluated = (require(join(eldFolder, 'src', 'ngrams', 'small.js')) as { ngramsData: unknown }).ngramsData;
    expect(readNgrams(join(eldFolder, 'src', 'ngrams', 'small.js'))).toEqual(evaluated);
  });

  it('quotes bare keys, re-quotes single-quoted strings and undoes their escapes', () => {
    const source = `/* header */\nexport const ngramsData = {type:'S60',languages:{0:'am',11:'en'},ngrams:{' \\'s ':{11:52},'a"b':{0:1.5,11:-2},'\\x41\\u00e9':{0:3}}};\n`;
    expect(JSON.parse(ngramsLiteralAsJson(source))).toEqual({
      type: 'S60',
      languages: { 0: 'am', 11: 'en' },
      ngrams: { " 's ": { 11: 52 }, 'a"b': { 0: 1.5, 11: -2 }, Aé: { 0: 3 } },
    });
  });

  it('refuses a module that is not a plain literal rather than guess at it', () => {
    expect(() => ngramsLiteralAsJson('export const ngramsData = {type: compute()};')).toThrow(
      "'compute' at 7 of the literal is not part of a plain object literal",
    );
    expect(() => ngramsLiteralAsJson('export const ngramsData = {type: `S60`};')).toThrow('is not part of a plain object literal');
    expect(() => ngramsLiteralAsJson('export const other = {};')).toThrow('does not declare ngramsData');
  });
});

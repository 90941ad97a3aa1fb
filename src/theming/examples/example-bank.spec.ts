import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { SurveyValidationError } from '../../surveys/survey-validation.error';
import { ExampleBank, loadCommentExamples, validateExampleFiles } from './example-bank';

describe('example files of a surveys folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'f360-examples-'));
    mkdirSync(join(dir, 'examples'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, ...lines: string[]): string => {
    const path = join(dir, 'examples', name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const survey = surveyFactory();

  it('loads every file named after a survey, checked against that survey’s themes', () => {
    write('mini-360.comments.jsonl', '{"text": "Explains the why.", "themes": ["communication"], "sentiment": "positive"}');
    expect(loadCommentExamples(dir, [survey])).toEqual({
      examples: [{ text: 'Explains the why.', themes: ['communication'], sentiment: 'positive' }],
      issues: [],
    });
    expect(new ExampleBank([]).examples).toEqual([]);
  });

  it('stops the app with every problem: a file of no survey, a wrong name, a theme the survey lacks', () => {
    write('mini-360.comments.jsonl', '{"text": "Thinks ahead.", "themes": ["vision"], "sentiment": "positive"}');
    write('other.comments.jsonl', '{"text": "Fine.", "themes": [], "sentiment": "positive"}');
    write('notes.txt', 'anything');
    const messages = loadCommentExamples(dir, [survey]).issues.map((issue) => issue.message);
    expect(messages).toEqual([
      "'vision' is not a theme of this survey (communication, execution)",
      'is not an example file: name it <survey id>.comments.jsonl',
      "no survey has the id 'other': an example file is named after the survey its comments are labelled for",
    ]);
    expect(() => ExampleBank.load(dir, [survey])).toThrow(SurveyValidationError);
  });

  it('is empty for a folder without examples', () => {
    rmSync(join(dir, 'examples'), { recursive: true });
    expect(loadCommentExamples(dir, [survey])).toEqual({ examples: [], issues: [] });
  });

  it('checks named files against the valid surveys of the folder they lie in, as surveys:validate does', () => {
    copyFileSync(join(__dirname, '..', '..', '..', 'surveys', 'leadership-360.yaml'), join(dir, 'leadership-360.yaml'));
    const good = write('leadership-360.comments.jsonl', '{"text": "Keeps her head.", "themes": ["composure"], "sentiment": "positive"}');
    const bad = write('mini-360.comments.jsonl', '{"text": "Fine.", "themes": [], "sentiment": "positive"}');
    expect(validateExampleFiles([good])).toEqual([]);
    expect(validateExampleFiles([bad]).map((issue) => issue.message)).toEqual([
      "no survey has the id 'mini-360': an example file is named after the survey its comments are labelled for",
    ]);
  });
});
